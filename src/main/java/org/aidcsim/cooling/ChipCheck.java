package org.aidcsim.cooling;

import java.util.Optional;
import org.aidcsim.catalog.Coolant;

/**
 * The temperature chain from the facility water to the chip's case, and back.
 * <p>
 * Forward: coolant supply = facility supply + CDU approach; case = coolant supply + P·R (the
 * cold-plate convention of a resistance referred to the inlet coolant); for a boiling fluid,
 * case = boiling point + P·R. Backward: the warmest facility supply that keeps the case at its
 * limit is limit − P·R − approach (single-phase), or boiling point − approach (two-phase: the
 * condenser must stay below the boiling point, and the chip is at boiling point + P·R whatever the
 * water).
 * <p>
 * R follows the flow through the plate. With a measured cold-plate curve ({@link ColdPlateCurve})
 * it is read from the curve; with a single resistance rated at the design flow, its convective part
 * scales as flow^−0.8 (film coefficient h ∝ Re^0.8 of the Dittus–Boelter correlation, Incropera et
 * al., Fundamentals of Heat and Mass Transfer, eq. 8.60) and its conductive part stays. A fluid
 * other than the one R was rated with changes the convective part by the ratio of film
 * coefficients, h ∝ k^0.6 (ρv)^0.8 cp^0.4 μ^−0.4, at the flow each fluid needs for the same heat
 * and ΔT.
 *
 * @param coolantSupplyC coolant at the chip's inlet (°C)
 * @param caseTempC case temperature at design (°C)
 * @param caseLimitC highest case temperature allowed (°C)
 * @param resistanceKPerW case-to-coolant resistance with the loop's fluid at the design flow (K/W)
 * @param warmestFacilitySupplyC warmest facility-water supply that keeps the case within its limit (°C)
 * @param powerW heat of the chip at design (W)
 * @param convectiveShare share of the single resistance that is convection, for its flow law
 * @param coldPlate the measured curve, if any
 * @param plateFit its fit, made once: a run reads it at every step
 * @param plateFlowM3PerS coolant through the plate at design (m³/s); NaN for a boiling fluid
 * @param fluidFactor the loop fluid's resistance over the rating fluid's, on the convective part (1 for the same fluid)
 * @param ratedFlowPerLoopFlow flow of the fluid a curve was measured with per flow of the loop's, for the same heat and rise:
 *        a curve is read at the flow its own fluid would need, and the film-coefficient ratio does the rest (1 for the same fluid)
 */
public record ChipCheck(double coolantSupplyC, double caseTempC, double caseLimitC, double resistanceKPerW,
        double warmestFacilitySupplyC, double powerW, double convectiveShare, Optional<ColdPlateCurve> coldPlate,
        Optional<ColdPlateCurve.Fit> plateFit,
        double plateFlowM3PerS, double fluidFactor, double ratedFlowPerLoopFlow) {

    /** Limit − case temperature (K): negative when the chip runs too hot. */
    public double marginK() {
        return caseLimitC - caseTempC;
    }

    /**
     * Case temperature (°C) with the plate at {@code flowFraction} of its design flow and the chip at
     * {@code powerFraction} of its design heat, the coolant at its design supply temperature.
     */
    public double caseTempC(double flowFraction, double powerFraction) {
        return coolantSupplyC + powerW * powerFraction * resistanceAtKPerW(flowFraction);
    }

    /** Case-to-coolant resistance (K/W) with the plate at {@code flowFraction} of its design flow. */
    public double resistanceAtKPerW(double flowFraction) {
        if (Double.isNaN(plateFlowM3PerS)) {
            return resistanceKPerW;
        }
        double q = Math.max(flowFraction, 1e-3);
        if (plateFit.isPresent()) {
            double r = plateFit.get().resistanceKPerW(plateFlowM3PerS * q * ratedFlowPerLoopFlow);
            return fluidFactor == 1.0 ? r : r * (1 - convectiveShare + convectiveShare * fluidFactor);
        }
        double designR = resistanceKPerW;
        double convective = designR * convectiveShare / (1 - convectiveShare + convectiveShare * fluidFactor) * fluidFactor;
        return designR - convective + convective * Math.pow(q, -0.8);
    }

    /** Pressure drop of the plate's loop at design flow (Pa); NaN without a cold-plate curve. */
    public double plateLoopPressureDropPa() {
        return coldPlate.map(c -> c.pressureDropPa(plateFlowM3PerS * ratedFlowPerLoopFlow)).orElse(Double.NaN);
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
                    coolant.boilingPointC() - cduApproachK, chip.powerW(), chip.convectiveShare(), Optional.empty(), Optional.empty(), Double.NaN, 1.0,
                    1.0);
        }
        double supplyC = loop.coolantSupplyTempC();
        double meanC = loop.coolantMeanTempC();
        double plateFlow = chip.plateFlowM3PerS().orElseGet(() -> coolant.flowM3PerS(chip.powerW(), loop.loopDeltaTK(), meanC));
        Coolant rated = chip.coldPlate().map(ColdPlateCurve::fluid).orElse(Coolant.WATER);
        double factor = rated == coolant ? 1.0 : filmCoefficientRatio(rated, meanC) / filmCoefficientRatio(coolant, meanC);
        double ratedFlow = ratedFlowPerLoopFlow(rated, coolant, meanC);
        double r = chip.coldPlate().isPresent()
                ? chip.coldPlate().get().resistanceKPerW(plateFlow * ratedFlow) * (factor == 1.0 ? 1.0 : 1 - chip.convectiveShare()
                        + chip.convectiveShare() * factor)
                : chip.resistanceKPerW() * (1 - chip.convectiveShare() + chip.convectiveShare() * factor);
        double rise = chip.powerW() * r;
        return new ChipCheck(supplyC, supplyC + rise, chip.caseLimitC(), r, chip.caseLimitC() - rise - cduApproachK, chip.powerW(),
                chip.convectiveShare(), chip.coldPlate(), chip.coldPlate().map(ColdPlateCurve::fit), plateFlow, factor, ratedFlow);
    }

    /**
     * Volume flow of {@code rated} that carries the heat and rise of a unit volume flow of {@code loop}:
     * (ρ·cp) of the loop's fluid over the rated one's; 1 for the same fluid.
     */
    static double ratedFlowPerLoopFlow(Coolant rated, Coolant loop, double meanC) {
        return rated == loop ? 1.0 : loop.densityKgPerM3(meanC) * loop.specificHeatJPerKgK(meanC)
                / (rated.densityKgPerM3(meanC) * rated.specificHeatJPerKgK(meanC));
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
