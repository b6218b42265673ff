package org.aidcsim.cooling;

import java.util.List;
import java.util.Optional;

/**
 * Pumps that circulate a loop's fluid: their work becomes heat in the fluid, so it is passed on
 * with the heat. What they draw at part load follows their control law ({@link PumpControl}) on the
 * loop's system curve, whose design head is split into a viscous part (∝ flow) and an inertial part
 * (∝ flow²).
 */
public final class Pump implements PlantComponent {
    private static final List<PlantFigure> FIGURES = List.of(PlantFigure.PUMP_W);

    private final String name;
    private final PumpControl control;
    private final double designHeatW;
    private final double designPowerW;
    private final double viscousShare;
    private final double minFlowFraction;
    /** Kept: every step uses it. */
    private final double perDesignHeatW;
    /**
     * The control law as a cubic in the flow fraction q, power = c0 + c1·q + c2·q² + c3·q³ (W): every
     * law is one (see {@link #powerW}), so a step evaluates it without a branch on the law.
     */
    private final double c0;
    private final double c1;
    private final double c2;
    private final double c3;

    /**
     * @param name the component's name in its plant
     * @param control how the pump's speed is controlled
     * @param designHeatW heat the loop carries at design (W)
     * @param designPowerW electric power at design flow and head (W)
     * @param viscousShare share of the design head that is viscous (laminar, ∝ flow), in [0, 1]
     * @param minFlowFraction lowest flow as a fraction of design (minimum speed, or a bypass), in [0, 1]
     */
    public Pump(String name, PumpControl control, double designHeatW, double designPowerW, double viscousShare,
            double minFlowFraction) {
        if (!(designHeatW >= 0 && designPowerW >= 0 && viscousShare >= 0 && viscousShare <= 1 && minFlowFraction >= 0
                && minFlowFraction <= 1)) {
            throw new IllegalArgumentException("invalid pump " + name);
        }
        this.name = name;
        this.control = control;
        this.designHeatW = designHeatW;
        this.designPowerW = designPowerW;
        this.viscousShare = viscousShare;
        this.minFlowFraction = minFlowFraction;
        this.perDesignHeatW = designHeatW > 0 ? 1 / designHeatW : 0.0;
        // follows load: q·(viscous·q + inertial·q²); constant Δp: design·q; proportional: design·q(1+q)/2; constant speed: design
        this.c0 = control == PumpControl.CONSTANT_SPEED ? designPowerW : 0.0;
        this.c1 = switch (control) {
            case CONSTANT_PRESSURE -> designPowerW;
            case PROPORTIONAL_PRESSURE -> designPowerW / 2;
            default -> 0.0;
        };
        this.c2 = switch (control) {
            case FOLLOWS_LOAD -> designPowerW * viscousShare;
            case PROPORTIONAL_PRESSURE -> designPowerW / 2;
            default -> 0.0;
        };
        this.c3 = control == PumpControl.FOLLOWS_LOAD ? designPowerW * (1 - viscousShare) : 0.0;
    }

    /** A loop pump following the affinity laws (all of its head inertial), with {@code control}. */
    public static Pump of(String name, AffinityMover mover, PumpControl control) {
        return new Pump(name, control, mover.designHeatW(), mover.designPowerW(), 0.0, mover.minSpeedFraction());
    }

    /** The technology loop's pumps on their system curve, with {@code control}. */
    public static Pump of(String name, LoopPump pump, PumpControl control) {
        double headPa = pump.designHeadPa();
        return new Pump(name, control, pump.designHeatW(), pump.designPowerW(), headPa > 0 ? pump.viscousHeadPa() / headPa : 0.0,
                pump.minSpeedFraction());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return "pump";
    }

    public PumpControl law() {
        return control;
    }

    @Override
    public Optional<String> control() {
        return Optional.of(control.key());
    }

    public double designHeatW() {
        return designHeatW;
    }

    public double viscousShare() {
        return viscousShare;
    }

    public double minFlowFraction() {
        return minFlowFraction;
    }

    @Override
    public List<PlantFigure> figures() {
        return FIGURES;
    }

    /** Electric power (W) while the loop carries {@code heatW} (W); zero when the loop is idle. */
    public double powerW(double heatW) {
        if (heatW <= 0 || designHeatW <= 0) {
            return 0.0;
        }
        double share = heatW * perDesignHeatW;
        // not Math.max: its NaN and −0 rules cost on every step, and a finite heat gives neither
        double q = share > minFlowFraction ? share : minFlowFraction;
        return ((c3 * q + c2) * q + c1) * q + c0;
    }

    @Override
    public double step(double heatInW, Outdoor outdoor, double[] out, int at) {
        double pumpW = powerW(heatInW);
        out[at] = pumpW;
        return heatInW + pumpW;
    }

    @Override
    public double designHeatOutW(double designHeatInW) {
        return designHeatInW + designPowerW;
    }

    @Override
    public double designPowerW() {
        return designPowerW;
    }
}
