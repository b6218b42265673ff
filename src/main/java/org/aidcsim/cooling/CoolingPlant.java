package org.aidcsim.cooling;

import java.util.Optional;

/**
 * The whole cooling plant of a hall: an air path that every technology has, for the IT heat not
 * captured by liquid, the power-chain losses in electrical rooms and the white space, and misc
 * loads; and, for liquid technologies, a liquid path.
 */
public final class CoolingPlant {
    private final CoolingTechnology technology;
    private final AirPath air;
    private final LiquidPath liquid;
    private final double serverFanFractionRemoved;

    /**
     * @param technology how IT heat leaves the racks
     * @param air the air path
     * @param liquid the liquid path; empty for air cooling
     * @param serverFanFractionRemoved share of the air-cooled rack power that server fans drew and
     *        that immersion or spray removed from the IT load (0 when fans stay)
     */
    public CoolingPlant(CoolingTechnology technology, AirPath air, Optional<LiquidPath> liquid, double serverFanFractionRemoved) {
        if (technology.hasLiquidLoop() != liquid.isPresent()) {
            throw new IllegalArgumentException(technology + " needs " + (liquid.isPresent() ? "no" : "a") + " liquid path");
        }
        this.technology = technology;
        this.air = air;
        this.liquid = liquid.orElse(null);
        this.serverFanFractionRemoved = serverFanFractionRemoved;
    }

    /**
     * True when a step's figures depend on the wet bulb, not only on the dry bulb and dew point:
     * a cooling tower on either loop.
     */
    public boolean usesWetBulb() {
        return air.chilledWater().rejector().usesWetBulb()
                || liquid != null && liquid.facilityWater().rejector().usesWetBulb();
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

    /** Share of the air-cooled rack power that server fans drew and the technology removed. */
    public double serverFanFractionRemoved() {
        return serverFanFractionRemoved;
    }

    /** Share of IT heat captured by liquid, in [0, 1]; 0 for air cooling. */
    public double captureFraction() {
        return liquid == null ? 0.0 : liquid.captureFraction();
    }

    /**
     * One step. Fan work becomes heat in the air it moves, so the coil (or outdoor air) removes the
     * air heat plus the CRAH fan power; likewise liquid pump work ends up in the facility water.
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
        double captured = itPowerW * captureFraction();
        double toAir = itPowerW - captured + otherAirHeatW;
        out.heatToAirW = toAir;
        out.crahFanW = air.crahFans().powerW(toAir);
        double airHeat = toAir + out.crahFanW;
        double airside = air.airsideFraction(dryBulbC, dewPointC);
        out.airsideFraction = airside;
        out.outdoorAirHeatW = airside * airHeat;
        air.chilledWater().step(airHeat - out.outdoorAirHeatW, 0, dryBulbC, wetBulbC, out.airLoop);
        out.heatExportedW = 0;
        out.heatDeliveredW = 0;
        out.heatPumpW = 0;
        if (liquid == null) {
            out.heatToLiquidW = 0;
            out.liquidLoopPumpW = 0;
            out.liquidLoop.clear();
            return;
        }
        double toLiquid = captured + otherLiquidHeatW;
        out.heatToLiquidW = toLiquid;
        out.liquidLoopPumpW = liquid.loopPumps().powerW(toLiquid);
        double facilityLoadW = toLiquid + out.liquidLoopPumpW;
        if (liquid.heatReuse().isPresent()) {
            double carriedW = facilityLoadW + liquid.facilityWater().pump().powerW(facilityLoadW);
            liquid.heatReuse().get().step(carriedW, dryBulbC, out);
        }
        liquid.facilityWater().step(facilityLoadW, out.heatExportedW, dryBulbC, wetBulbC, out.liquidLoop);
    }
}
