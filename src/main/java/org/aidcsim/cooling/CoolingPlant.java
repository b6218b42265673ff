package org.aidcsim.cooling;

import java.util.Optional;

/**
 * The whole cooling plant of a hall: an air path that every technology has, for the IT heat not
 * captured by liquid, the power-chain losses in electrical rooms and the white space, and misc
 * loads; and, for liquid technologies, a liquid path. Both as sized (what reports and prices read)
 * and as the graph of components the hourly step solves.
 */
public final class CoolingPlant {
    private final CoolingTechnology technology;
    private final AirPath air;
    private final LiquidPath liquid;
    private final double serverFanFractionRemoved;
    private final PlantGraph graph;
    private final double captureFraction;

    /**
     * @param technology how IT heat leaves the racks
     * @param air the air path
     * @param liquid the liquid path; empty for air cooling
     * @param serverFanFractionRemoved share of the air-cooled rack power that server fans drew and
     *        that immersion or spray removed from the IT load (0 when fans stay)
     * @param graph the components the step solves, sized
     */
    public CoolingPlant(CoolingTechnology technology, AirPath air, Optional<LiquidPath> liquid, double serverFanFractionRemoved,
            PlantGraph graph) {
        if (technology.hasLiquidLoop() != liquid.isPresent()) {
            throw new IllegalArgumentException(technology + " needs " + (liquid.isPresent() ? "no" : "a") + " liquid path");
        }
        this.technology = technology;
        this.air = air;
        this.liquid = liquid.orElse(null);
        this.serverFanFractionRemoved = serverFanFractionRemoved;
        this.graph = graph;
        this.captureFraction = this.liquid == null ? 0.0 : this.liquid.captureFraction();
    }

    /**
     * True when a step's figures depend on the wet bulb, not only on the dry bulb and dew point:
     * a cooling tower on either loop.
     */
    public boolean usesWetBulb() {
        return graph.usesWetBulb();
    }

    public CoolingTechnology technology() {
        return technology;
    }

    public AirPath air() {
        return air;
    }

    public Optional<LiquidPath> liquid() {
        return Optional.ofNullable(liquid);
    }

    /** The components and how heat flows between them. */
    public PlantGraph graph() {
        return graph;
    }

    /** Doubles one step of this plant holds (see {@link CoolingStep}). */
    public int stepSize() {
        return graph.stepSize();
    }

    /** Share of the air-cooled rack power that server fans drew and the technology removed. */
    public double serverFanFractionRemoved() {
        return serverFanFractionRemoved;
    }

    /** Share of IT heat captured by liquid, in [0, 1]; 0 for air cooling. */
    public double captureFraction() {
        return captureFraction;
    }

    /**
     * One step. Fan and pump work becomes heat in the air or water it moves, so it travels with the
     * heat through the components downstream.
     *
     * @param itPowerW IT power, all of which becomes heat in the racks (W)
     * @param otherAirHeatW power-chain losses and misc loads released into cooled air (W)
     * @param otherLiquidHeatW power-chain losses released into the liquid loop (W); 0 without one
     * @param dryBulbC outdoor dry bulb (°C)
     * @param wetBulbC outdoor wet bulb (°C)
     * @param dewPointC outdoor dew point (°C)
     * @param out receives every flow of this step
     */
    public void step(double itPowerW, double otherAirHeatW, double otherLiquidHeatW, double dryBulbC, double wetBulbC,
            double dewPointC, CoolingStep out) {
        double captured = itPowerW * captureFraction;
        double toAir = itPowerW - captured + otherAirHeatW;
        double toLiquid = liquid == null ? 0.0 : captured + otherLiquidHeatW;
        graph.step(toAir, toLiquid, dryBulbC, wetBulbC, dewPointC, out);
    }
}
