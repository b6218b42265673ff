package org.aidcsim.cooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.power.Redundancy;
import org.junit.jupiter.api.Test;

/** Pressure drops, pump power on its system curve, pipe friction and the temperature chain. */
class HydraulicsTest {
    private static FlowCurve.Point lpmKpa(double lpm, double kpa) {
        return new FlowCurve.Point(lpm / 60_000, kpa * 1000);
    }

    @Test
    void aDataSheetCurveIsReproducedByItsFit() {
        // A curve of the a·Q + b·Q² form, as cold-plate data sheets plot it (ΔP in kPa against L/min, water at 25 °C):
        // a = 1.5 kPa per L/min, b = 0.4 kPa per (L/min)². The fit must give its points back within 0.1 %.
        List<FlowCurve.Point> points = List.of(lpmKpa(2, 4.6), lpmKpa(4, 12.4), lpmKpa(6, 23.4), lpmKpa(8, 37.6), lpmKpa(10, 55));
        FlowCurve fit = FlowCurve.fit(points);
        for (FlowCurve.Point p : points) {
            assertEquals(p.pressureDropPa(), fit.pressureDropPa(p.flowM3PerS(), 1, 1), p.pressureDropPa() * 1e-3);
        }
        // Two points fix both terms exactly.
        FlowCurve two = FlowCurve.fit(List.of(lpmKpa(2, 4.6), lpmKpa(10, 55)));
        assertEquals(1.5e3 * 60_000, two.viscousPaPerM3PerS(), 1e-3);
        assertEquals(0.4e3 * 60_000.0 * 60_000, two.inertialPaPerM3PerS2(), 1e-2);
    }

    @Test
    void pumpPowerFollowsFlowCubedOnAConstantSystemCurve() {
        // Affinity laws on a purely turbulent system curve (ΔP ∝ Q²): P ∝ Q³ (ASHRAE Handbook HVAC Systems and
        // Equipment, ch. 44). Half the heat, half the flow, an eighth of the power.
        LoopPump pump = new LoopPump(1e6, 0.025, 0, 200e3, 0.7, 0.0);
        assertEquals(0.025 * 200e3 / 0.7, pump.designPowerW(), 1e-9);
        assertEquals(pump.designPowerW() / 8, pump.powerW(0.5e6), 1e-9);
        assertEquals(pump.designPowerW() * 0.343, pump.powerW(0.7e6), 1e-9);
        // A viscous (laminar) share grows slower than Q³: at half flow it keeps more than an eighth.
        LoopPump laminar = new LoopPump(1e6, 0.025, 100e3, 100e3, 0.7, 0.0);
        // Half viscous, half inertial head at design; by hand,
        // design 0.025 × 200e3 / 0.7; at half flow 0.0125 × (50e3 + 25e3) / 0.7.
        assertEquals(0.0125 * 75e3 / 0.7, laminar.powerW(0.5e6), 1e-9);
        assertTrue(laminar.powerW(0.5e6) > laminar.designPowerW() / 8);
    }

    @Test
    void swameeJainMatchesTheColebrookEquation() {
        // Colebrook (1939) solved by iteration for ε/D = 0.0003, Re = 1e5 gives f = 0.01947; Swamee–Jain is within 1 %.
        PipeRun pipe = new PipeRun(100, 0.15, 0.045e-3);
        assertEquals(0.01947, pipe.frictionFactor(1e5), 0.01947 * 0.01);
        assertEquals(64.0 / 1000, pipe.frictionFactor(1000), 1e-12);
    }

    @Test
    void pipeSizedToTheNextNominalSizeWithinTheVelocity() {
        // 0.0224 m³/s at ≤ 2 m/s needs a bore of 119 mm: DN125 (ISO 6708), 1.83 m/s.
        PipeRun pipe = PipeRun.sized(0.0224, 2.0, 100, 0.045e-3);
        assertEquals(125, pipe.nominalSizeMm());
        assertEquals(1.825, pipe.velocityMPerS(0.0224), 0.01);
    }

    @Test
    void aGlycolLoopNeedsMoreHeadThanAWaterLoop() {
        HydraulicsParams h = new HydraulicsParams(18, List.of(lpmKpa(4, 10), lpmKpa(8, 32), lpmKpa(12, 66)), 20e3, 50e3, 100,
                2.0, 0.045e-3);
        LoopHydraulics water = LoopHydraulics.design(h, Coolant.WATER, 41, 7e6, 10, 64, 7, 0.7);
        LoopHydraulics pg25 = LoopHydraulics.design(h, Coolant.PG25, 41, 7e6, 10, 64, 7, 0.7);
        assertTrue(pg25.flowM3PerS() > water.flowM3PerS() * 1.03);
        assertTrue(pg25.branchPa() > water.branchPa() * 1.05, pg25.branchPa() + " vs " + water.branchPa());
        // The same cold plates see more flow of a more viscous fluid: +27 % here. The pipe, sized by velocity, may step
        // up a size for the extra flow (DN125 → DN150 here) and give part of it back.
        assertTrue(pg25.pipe().nominalSizeMm() >= water.pipe().nominalSizeMm());
        assertEquals(water.branchPa() + 20e3 + water.pipingPa() + 50e3, water.headPa(), 1e-6);
    }

    @Test
    void temperatureChainForwardAndBack() {
        // Hand calculation, water: supply 32 + 4 = 36 °C; case = 36 + 1000 W × 0.03 K/W = 66 °C; limit 80 °C,
        // margin 14 K; warmest facility water 80 − 30 − 4 = 46 °C.
        ChipCheck c = ChipCheck.of(new ChipParams(1000, 80, 0.03, 0.5), loop(Coolant.WATER, 32));
        assertEquals(66.0, c.caseTempC(), 0.3, "water at its own rating: the resistance as given (within property drift)");
        assertEquals(80 - c.caseTempC(), c.marginK(), 1e-12);
        assertEquals(c.warmestFacilitySupplyC() + 4 + 1000 * c.resistanceKPerW(), 80, 1e-9, "backward = forward at the limit");
        // PG25 transfers heat worse than water (Dittus–Boelter), so the same chip runs warmer on it.
        ChipCheck pg = ChipCheck.of(new ChipParams(1000, 80, 0.03, 0.5), loop(Coolant.PG25, 32));
        assertTrue(pg.caseTempC() > c.caseTempC() + 1, pg.caseTempC() + " vs " + c.caseTempC());
        // Two-phase: the chip sits at boiling point + P·R whatever the water; the condenser needs water below boiling.
        ChipCheck boiling = ChipCheck.of(new ChipParams(1000, 80, 0.02, 0.5), loop(Coolant.TWO_PHASE_FLUOROKETONE, 40));
        assertEquals(49 + 20, boiling.caseTempC(), 1e-9);
        assertEquals(45, boiling.warmestFacilitySupplyC(), 1e-9);
    }

    /** A loop with a 4 K CDU approach and a 10 K rise on {@code fluid}, fed facility water at {@code facilitySupplyC}. */
    private static LiquidLoopParams loop(Coolant fluid, double facilitySupplyC) {
        return LiquidLoopParams.builder().captureFraction(0.8).facilityWaterClass(FacilityWaterClass.W45)
                .facilitySupplyTempC(facilitySupplyC).facilityDeltaTK(10).facilityPumpHeadPa(150e3).loopDeltaTK(10).coolant(fluid)
                .fixedLoopHeadPa(OptionalDouble.empty()).hydraulics(Optional.empty()).chip(Optional.empty()).cduApproachK(4)
                .cduCapacityW(1e6).cduRedundancy(Redundancy.N).fluidVolumeM3PerRack(0.02).removeServerFans(false)
                .serverFanPowerFraction(0).cdusPerGroup(false).facilityPipingLengthM(200).build();
    }
}
