package org.aidcsim.cooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.power.Redundancy;
import org.aidcsim.units.Units;
import org.junit.jupiter.api.Test;

/**
 * The CDU's plate exchanger against Modelica Buildings' {@code CDU_epsNTU} example and its Dymola
 * reference results (lbl-srg/modelica-buildings, commit 1c1094d6ac, PR #4667:
 * Buildings/Resources/ReferenceResults/Dymola/Buildings_Fluid_DataCenterEquipment_CDUs_LiquidToLiquid_Examples_CDU_epsNTU.txt,
 * generated 2026-07-13). The example's CDU is rated at 48 × 132 kW = 6.336 MW, PG25 (by volume) from
 * 47 to 42 °C against water from 36 to 41 °C (approach 6 K); the load steps between 60 and 100 %, a
 * valve throttles the water to hold the coolant supply at 42 °C and the coolant pump holds 50 kPa
 * across the racks. At each settled plateau the reference gives the inlet temperatures, the
 * exchanger's pressure drops (flow fractions through its quadratic law, n = 2 on both sides) and the
 * heat it transfers; the exchanger here, rated at the same point, predicts that heat at those flows.
 */
class PlateExchangerTest {
    private static final double RATED_W = 6.336e6;
    private static final double RATED_DP_PA = 80_000;
    private static final PlateExchanger CDU = PlateExchanger.rated(Coolant.PG25, Coolant.WATER, RATED_W, 47, 42, 36, 41);

    @Test
    void theRatingIsReproduced() {
        assertEquals(RATED_W, CDU.heatW(47, 36, CDU.hotFlowKgPerS(), CDU.coldFlowKgPerS()), 1e-6 * RATED_W);
        // Balanced rates (5 K on each side): ε = 5/11, NTU = ε/(1−ε) = 0.833, UA = NTU × 6.336 MW / 5 K.
        assertEquals(5.0 / 6 * RATED_W / 5, CDU.ratedUaWPerK(), 1e-6 * CDU.ratedUaWPerK());
    }

    /** One settled plateau of the reference: index 62 (60 % load, t = 4,464 s) and 86 (100 %, t = 6,192 s). */
    private static void plateau(double load, double rackReturnK, double rackSupplyK, double plantOutK, double pumpW,
            double hotDpPa, double coldDpPa, double referenceW) {
        double hotFraction = Math.sqrt(hotDpPa / RATED_DP_PA);
        double coldFraction = Math.sqrt(coldDpPa / RATED_DP_PA);
        double cHot = hotFraction * RATED_W / 5;
        // The coolant pump's work is heat in the coolant ahead of the exchanger.
        double hotInC = rackReturnK - Units.ZERO_CELSIUS_K + pumpW / cHot;
        double q = CDU.heatW(hotInC, 36.0, hotFraction * CDU.hotFlowKgPerS(), coldFraction * CDU.coldFlowKgPerS());
        assertEquals(referenceW, q, 0.02 * referenceW, "heat at " + load + " load");
        assertEquals(rackSupplyK - Units.ZERO_CELSIUS_K, hotInC - q / cHot, 0.2, "coolant supply at " + load + " load");
        assertEquals(plantOutK - Units.ZERO_CELSIUS_K, 36.0 + q / (coldFraction * RATED_W / 5), 0.2, "water out at " + load);
    }

    @Test
    void itTransfersWhatTheReferenceTransfersAtOffDesignFlows() {
        // 60 %: the valve at 0.78 leaves 54 % of the rated water flow; the coolant at 91 % of its rated flow.
        plateau(0.6, 318.4606, 315.1499, 314.7616, 69_945.1484, 65_688.3906, 23_713.3047, 3_871_543.5);
        // 100 %: the valve wide open, the water at its rated flow; the coolant still at 91 %, so the supply drifts to 42.2 °C.
        plateau(1.0, 320.8563, 315.3384, 314.2052, 69_945.1484, 65_688.3906, 80_000, 6_405_945.0);
    }

    @Test
    void lessFlowMeansLessConductanceOnThatSide() {
        double ua = CDU.ratedUaWPerK();
        assertTrue(CDU.uaWPerK(0.5 * CDU.hotFlowKgPerS(), CDU.coldFlowKgPerS()) < ua);
        double both = CDU.uaWPerK(0.5 * CDU.hotFlowKgPerS(), 0.5 * CDU.coldFlowKgPerS());
        assertEquals(ua * Math.pow(0.5, 0.8), both, 1e-9 * ua, "both sides at half flow: UA × 0.5^0.8");
    }

    /**
     * Google's Project Deschutes CDU (OCP CDU information white paper, 24 Mar 2026, as tabulated in
     * Modelica Buildings' GoogleProjectDeschutes record): 2 MW at a 3 K approach, 31.48 kg/s on the IT
     * loop and 32.30 kg/s on the facility loop, the facility water entering at 26.8 °C and the IT loop
     * supplied at 29.8 °C (the record's own derivation), modelled with water on both sides; then PG25
     * on the IT side at the same volume flow and entering temperatures.
     */
    @Test
    void deschutesWithPg25LosesWhatAPublishedGlycolTableSays() {
        double itSupplyC = 29.8;
        double itRiseK = 2e6 / (31.48 * Coolant.WATER.specificHeatJPerKgK(itSupplyC));
        double facilityRiseK = 2e6 / (32.30 * Coolant.WATER.specificHeatJPerKgK(itSupplyC));
        assertEquals(15.2, itRiseK, 0.1, "the record's ΔT = 2000 / (31.48 × 4.18)");
        PlateExchanger water = PlateExchanger.rated(Coolant.WATER, Coolant.WATER, 2e6, itSupplyC + itRiseK, itSupplyC, 26.8,
                26.8 + facilityRiseK);
        assertEquals(2e6, water.heatW(itSupplyC + itRiseK, 26.8, 31.48, water.coldFlowKgPerS()), 1e-6 * 2e6, "at its rating");
        PlateExchanger pg25 = water.withHotFluid(Coolant.PG25);
        double ratio = pg25.heatW(itSupplyC + itRiseK, 26.8, pg25.hotFlowKgPerS(), pg25.coldFlowKgPerS()) / 2e6;
        // Johnson Controls York YCWL, form 150.26-EG1 (116), p. 19, propylene glycol correction factors (by weight):
        // capacity 0.968 at 20 %, 0.937 at 30 %, so 0.9525 at 25 %. That table is for a chiller's evaporator, the
        // nearest published one found (no CDU or plate-exchanger table was): confirm with your CDU's vendor.
        assertEquals(0.9525, ratio, 0.05 * 0.9525, "PG25 / water capacity");
        assertTrue(ratio < 1, "glycol carries less heat through the same plates");
    }

    @Test
    void aGlycolLoopsCdusAreDeratedFromTheirWaterRating() {
        LiquidLoopParams.Builder b = LiquidLoopParams.builder().captureFraction(0.8).facilityWaterClass(FacilityWaterClass.W32)
                .facilitySupplyTempC(30).facilityDeltaTK(6).facilityPumpHeadPa(150e3).loopDeltaTK(10)
                .fixedLoopHeadPa(OptionalDouble.empty()).hydraulics(Optional.empty()).chip(Optional.empty())
                .heatReuse(Optional.empty()).cduApproachK(3).cduCapacityW(1e6)
                .cduRedundancy(Redundancy.N).fluidVolumeM3PerRack(0.02).removeServerFans(false)
                .serverFanPowerFraction(0).cdusPerGroup(false).facilityPipingLengthM(200);
        assertEquals(1.0, PlantSizer.cduDerating(b.coolant(Coolant.WATER).build()), 0.0);
        double pg25 = PlantSizer.cduDerating(b.coolant(Coolant.PG25).build());
        double pg40 = PlantSizer.cduDerating(b.coolant(Coolant.PG40).build());
        assertTrue(pg25 < 1 && pg40 < pg25, "more glycol, less capacity: " + pg25 + ", " + pg40);
    }
}
