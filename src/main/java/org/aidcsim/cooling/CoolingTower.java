package org.aidcsim.cooling;

/**
 * Open cooling towers with water-cooled chillers and a plate heat exchanger for free cooling.
 * Tower water leaves at wet bulb + approach (not below {@value #MIN_BASIN_C} °C, the usual
 * freeze-protection setpoint); free cooling delivers that + the exchanger approach. The chiller
 * condenses against tower water warmed by the condenser range. All heat, free or chilled,
 * leaves through the tower: evaporation = heat / latent heat of water at 30 °C (2.43 MJ/kg,
 * IAPWS-95), blowdown = evaporation / (cycles of concentration − 1) (CTI / ASHRAE Handbook HVAC
 * Systems ch. 40).
 *
 * @param approachK tower leaving water − wet bulb (K)
 * @param rangeK condenser-water temperature rise (K)
 * @param hxApproachK plate heat-exchanger approach on the free-cooling path (K)
 * @param cyclesOfConcentration ratio of dissolved solids in tower water to make-up water, &gt; 1
 * @param fans tower fans, sized on the loop's design heat rejection
 * @param condenserPump condenser-water pump, sized likewise
 */
public record CoolingTower(double approachK, double rangeK, double hxApproachK, double cyclesOfConcentration,
        AffinityMover fans, AffinityMover condenserPump) implements HeatRejector {
    /** Lowest tower water temperature (°C): basins are kept above freezing. */
    public static final double MIN_BASIN_C = 5.0;
    /** Latent heat of vaporization of water at 30 °C (J/kg), IAPWS-95. */
    public static final double LATENT_HEAT_J_PER_KG = 2.43e6;

    public CoolingTower {
        if (!(cyclesOfConcentration > 1)) {
            throw new IllegalArgumentException("cycles of concentration must exceed 1");
        }
    }

    /** Water leaving the tower (°C). */
    public double towerWaterC(double wetBulbC) {
        return Math.max(MIN_BASIN_C, wetBulbC + approachK);
    }

    /** {@inheritDoc} Evaporation approaches the wet bulb. */
    @Override
    public boolean usesWetBulb() {
        return true;
    }

    @Override
    public double designPowerW() {
        return fans.designPowerW() + condenserPump.designPowerW();
    }

    @Override
    public double coldestWaterC(double dryBulbC, double wetBulbC) {
        return towerWaterC(wetBulbC) + hxApproachK;
    }

    @Override
    public double chillerSinkC(double dryBulbC, double wetBulbC) {
        return towerWaterC(wetBulbC) + rangeK;
    }

    @Override
    public void run(double freeHeatW, double chillerHeatW, double freeFraction, double returnWaterC, double dryBulbC,
            double wetBulbC, double[] out, int at) {
        double towerHeatW = freeHeatW + chillerHeatW;
        if (towerHeatW <= 0) {
            out[at + HeatRejector.FAN] = 0;
            out[at + HeatRejector.PUMP] = 0;
            out[at + HeatRejector.WATER] = 0;
            return;
        }
        double speed;
        if (freeFraction > 0 && freeFraction < 1) {
            speed = 1.0;
        } else {
            double waterInC = freeFraction >= 1 ? returnWaterC : towerWaterC(wetBulbC) + rangeK;
            double itd = Math.max(waterInC - wetBulbC, 1e-3);
            speed = Math.min(1.0, towerHeatW / fans.designHeatW() * (rangeK + approachK) / itd);
        }
        out[at + HeatRejector.FAN] = fans.powerAtSpeedW(speed);
        out[at + HeatRejector.PUMP] = condenserPump.powerW(towerHeatW);
        double evaporation = towerHeatW / LATENT_HEAT_J_PER_KG;
        out[at + HeatRejector.WATER] = evaporation * cyclesOfConcentration / (cyclesOfConcentration - 1);
    }
}
