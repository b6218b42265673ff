package org.aidcsim.cooling;

import java.util.Optional;

/**
 * The whole cooling plant of a hall: an air path (CRAH fans on a chilled-water loop) that every
 * technology has, for the IT heat not captured by liquid, the power-chain losses in electrical
 * rooms and the white space, and misc loads; and for liquid technologies a liquid path.
 */
public final class CoolingPlant {
    private final CoolingTechnology technology;
    private final AffinityMover crahFans;
    private final HeatRejectionLoop chilledWater;
    private final LiquidPath liquid;

    /**
     * @param technology how IT heat leaves the racks
     * @param crahFans CRAH fans, sized on the air path's design heat
     * @param chilledWater chilled-water loop of the air path
     * @param liquid the liquid path; empty for air cooling
     */
    public CoolingPlant(CoolingTechnology technology, AffinityMover crahFans, HeatRejectionLoop chilledWater,
            Optional<LiquidPath> liquid) {
        if (technology.hasLiquidLoop() != liquid.isPresent()) {
            throw new IllegalArgumentException(technology + " needs " + (liquid.isPresent() ? "no" : "a") + " liquid path");
        }
        this.technology = technology;
        this.crahFans = crahFans;
        this.chilledWater = chilledWater;
        this.liquid = liquid.orElse(null);
    }

    public CoolingTechnology technology() {
        return technology;
    }

    public Optional<LiquidPath> liquid() {
        return Optional.ofNullable(liquid);
    }

    public HeatRejectionLoop chilledWater() {
        return chilledWater;
    }

    public AffinityMover crahFans() {
        return crahFans;
    }

    /** Share of IT heat captured by liquid, in [0, 1]; 0 for air cooling. */
    public double captureFraction() {
        return liquid == null ? 0.0 : liquid.captureFraction();
    }

    /**
     * One step. Fan work becomes heat in the air it moves, so the chilled-water coil removes the air
     * heat plus the CRAH fan power; likewise liquid pump work ends up in the facility water.
     *
     * @param itPowerW IT power, all of which becomes heat in the racks (W)
     * @param otherAirHeatW power-chain losses and misc loads released into cooled air (W)
     * @param otherLiquidHeatW power-chain losses released into the liquid loop (W); 0 without one
     * @param outdoorDryBulbC outdoor dry bulb (°C)
     * @param out receives every flow of this step
     */
    public void step(double itPowerW, double otherAirHeatW, double otherLiquidHeatW, double outdoorDryBulbC, CoolingStep out) {
        double captured = itPowerW * captureFraction();
        double toLiquid = captured + otherLiquidHeatW;
        double toAir = itPowerW - captured + otherAirHeatW;
        out.heatToAirW = toAir;
        out.crahFanW = crahFans.powerW(toAir);
        chilledWater.step(toAir + out.crahFanW, outdoorDryBulbC, out.airLoop);
        if (liquid == null) {
            out.clearLiquid();
            return;
        }
        out.heatToLiquidW = toLiquid;
        out.liquidLoopPumpW = liquid.loopPumps().powerW(toLiquid);
        liquid.facilityWater().step(toLiquid + out.liquidLoopPumpW, outdoorDryBulbC, out.liquidLoop);
    }
}
