package org.aidcsim.cooling;

import org.aidcsim.catalog.Coolant;

/**
 * The temperature chain at design load, from the facility water to the chip's case, and back.
 * <p>
 * Forward: coolant supply = facility supply + CDU approach; case = coolant supply + P·R (the
 * cold-plate convention of a resistance referred to the inlet coolant); for a boiling fluid,
 * case = boiling point + P·R. Backward: the warmest facility supply that keeps the case at its
 * limit is limit − P·R − approach (single-phase), or boiling point − approach (two-phase: the
 * condenser must stay below the boiling point, and the chip is at boiling point + P·R whatever the
 * water).
 * <p>
 * R is rated with water at the design flow. Another fluid changes its convective part by the ratio
 * of film coefficients of the Dittus–Boelter correlation, h ∝ k^0.6 (ρv)^0.8 cp^0.4 μ^−0.4
 * (Incropera et al., Fundamentals of Heat and Mass Transfer, eq. 8.60), at the flow each fluid
 * needs for the same heat and ΔT; the conductive part (lid, interface, base) does not change.
 *
 * @param coolantSupplyC coolant at the chip's inlet (°C)
 * @param caseTempC case temperature at design (°C)
 * @param caseLimitC highest case temperature allowed (°C)
 * @param resistanceKPerW case-to-coolant resistance with the loop's fluid (K/W)
 * @param warmestFacilitySupplyC warmest facility-water supply that keeps the case within its limit (°C)
 */
public record ChipCheck(double coolantSupplyC, double caseTempC, double caseLimitC, double resistanceKPerW,
        double warmestFacilitySupplyC) {

    /** Limit − case temperature (K): negative when the chip runs too hot. */
    public double marginK() {
        return caseLimitC - caseTempC;
    }

    /**
     * @param chip the chip and its cold plate or heat sink
     * @param loop the liquid loop: its fluid, its temperatures and the CDU approach
     */
    public static ChipCheck of(ChipParams chip, LiquidLoopParams loop) {
        Coolant coolant = loop.coolant();
        double cduApproachK = loop.cduApproachK();
        if (coolant.twoPhase()) {
            double caseC = coolant.boilingPointC() + chip.powerW() * chip.resistanceKPerW();
            return new ChipCheck(coolant.boilingPointC(), caseC, chip.caseLimitC(), chip.resistanceKPerW(),
                    coolant.boilingPointC() - cduApproachK);
        }
        double supplyC = loop.coolantSupplyTempC();
        double meanC = loop.coolantMeanTempC();
        double r = chip.resistanceKPerW() * (1 - chip.convectiveShare()
                + chip.convectiveShare() / filmCoefficientRatio(coolant, meanC));
        double rise = chip.powerW() * r;
        return new ChipCheck(supplyC, supplyC + rise, chip.caseLimitC(), r, chip.caseLimitC() - rise - cduApproachK);
    }

    /**
     * h(fluid) / h(water) by Dittus–Boelter in the same channels, each fluid at the flow that
     * carries the same heat at the same ΔT (so ρ·v ∝ 1/cp).
     */
    static double filmCoefficientRatio(Coolant fluid, double meanC) {
        Coolant water = Coolant.WATER;
        double waterC = Math.min(Math.max(meanC, water.properties().minTempC()), water.properties().maxTempC());
        double k = fluid.properties().conductivityWPerMK(meanC) / water.properties().conductivityWPerMK(waterC);
        double cp = fluid.specificHeatJPerKgK(meanC) / water.specificHeatJPerKgK(waterC);
        double mu = fluid.properties().viscosityPaS(meanC) / water.properties().viscosityPaS(waterC);
        double massFlux = 1 / cp;
        return Math.pow(k, 0.6) * Math.pow(massFlux, 0.8) * Math.pow(cp, 0.4) * Math.pow(mu, -0.4);
    }
}
