package org.aidcsim.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aidcsim.catalog.CableSizes;
import org.junit.jupiter.api.Test;

class ConductorRunTest {
    private static ConductorRun dc(double voltageV) {
        return new ConductorRun(ConductorMaterial.COPPER, DistributionSystem.DC, voltageV, 1.0, 50, 240, 1, 20);
    }

    @Test
    void atFixedPowerLossScalesExactlyWithOneOverVoltageSquared() {
        double p = 100e3;
        assertEquals(4.0, dc(400).lossW(p) / dc(800).lossW(p), 1e-12);
        // At the same power, 54 V -> 800 V cuts current 14.8x and I²R loss 219x in the same conductor.
        assertEquals(14.8, dc(54).currentPerRunA(p) / dc(800).currentPerRunA(p), 0.05);
        assertEquals(219.5, dc(54).lossW(p) / dc(800).lossW(p), 0.1);
        assertEquals(Math.pow(800.0 / 54.0, 2), dc(54).lossW(p) / dc(800).lossW(p), 1e-9);
    }

    @Test
    void lossIsTwoConductorsTimesISquaredR() {
        ConductorRun run = dc(400);
        // R = ρ L / A: copper 1.7241e-8 Ω·m at 20 °C (IEC 60228), 50 m, 240 mm².
        double r = 1.7241e-8 * 50 / 240e-6;
        assertEquals(r, run.resistanceOhm(), 1e-15);
        double i = 100e3 / 400;
        assertEquals(2 * i * i * r, run.lossW(100e3), 1e-9);
        assertEquals(2 * 240e-6 * 50 * 8890, run.massKg(), 1e-9);
    }

    @Test
    void threePhaseCurrentAndResistanceRiseWithTemperature() {
        ConductorRun ac = new ConductorRun(ConductorMaterial.ALUMINIUM, DistributionSystem.AC3, 400, 0.95, 30, 150, 2, 70);
        double i = 500e3 / (Math.sqrt(3) * 400 * 0.95) / 2;
        assertEquals(i, ac.currentPerRunA(500e3), 1e-9);
        double r = 2.8264e-8 * (1 + 0.00403 * 50) * 30 / 150e-6;
        assertEquals(r, ac.resistanceOhm(), 1e-15);
        assertEquals(3 * 2 * i * i * r, ac.lossW(500e3), 1e-9);
    }

    /**
     * Sized to a 1 % drop, a feeder is parallel sets of one IEC 60228 size: the drop is at most
     * 1 %, one standard size smaller would exceed it, and no set is larger than 240 mm².
     */
    @Test
    void sizedForVoltageDropUsesParallelSetsOfStandardSizes() {
        for (DistributionSystem system : DistributionSystem.values()) {
            for (double v : new double[] {240, 400, 800}) {
                for (double p : new double[] {50e3, 2e6, 7.5e6}) {
                    ConductorRun run = ConductorRun.sizedForVoltageDrop(ConductorMaterial.COPPER, system, v, 1.0, 60, 1, 60, p, 0.01);
                    String at = system + " at " + v + " V, " + p + " W: " + run.parallelRuns() + " x " + run.crossSectionMm2();
                    assertTrue(run.lossW(p) / p <= 0.01 + 1e-12, at);
                    assertTrue(run.crossSectionMm2() <= CableSizes.LARGEST_PARALLEL_MM2, at);
                    assertEquals(run.crossSectionMm2(), CableSizes.atLeast(run.crossSectionMm2()), 0.0, "a standard size: " + at);
                    double smaller = CableSizes.below(run.crossSectionMm2());
                    if (smaller > 0) {
                        ConductorRun thinner = new ConductorRun(ConductorMaterial.COPPER, system, v, 1.0, 60, smaller,
                                run.parallelRuns(), 60);
                        assertTrue(thinner.lossW(p) / p > 0.01, "the next smaller size would exceed the drop: " + at);
                    }
                }
            }
        }
        // The example's 7.5 MW at 240 V DC over 60 m: about 31,000 mm² per pole, so 130 sets of 240 mm², not one conductor.
        ConductorRun feeder = ConductorRun.sizedForVoltageDrop(ConductorMaterial.COPPER, DistributionSystem.DC, 240, 1, 60, 1, 60,
                7.5e6, 0.01);
        assertEquals(240, feeder.crossSectionMm2(), 0.0);
        assertTrue(feeder.parallelRuns() > 100, feeder.parallelRuns() + " sets");
    }

    /**
     * A 20 MW, 800 V DC feeder of 60 m in copper, by hand. The 1 % drop alone: I = 25,000 A, pole
     * resistance 0.01 × 800 / (2 × 25,000) = 1.6e-4 Ω, ρ(60 °C) = 1.7241e-8 × (1 + 0.00393 × 40) =
     * 1.9951e-8 Ω·m, so 1.9951e-8 × 60 / 1.6e-4 = 7,482 mm² a pole: 32 sets of 240 mm², 781 A each.
     * IEC 60364-5-52 Table B.52.12 gives a two-core 240 mm² XLPE copper cable 641 A in free air
     * (method E) at 30 °C (factor 1.00, Table B.52.14); laid nine a tray on more than three trays,
     * Table B.52.20 takes 0.64: 410.2 A, so 25,000 / 410.2 = 60.9, 61 sets, each at 409.8 A and
     * 30 + 60 × (409.8 / 410.2)² = 89.9 °C. At 40 °C air (factor √(50/60) = 0.913) 67 sets.
     */
    @Test
    void a20MegawattFeederIsSizedByAmpacityWhereTheDropAloneUndersizesIt() throws SizingException {
        ConductorRun drop = ConductorRun.sizedForVoltageDrop(ConductorMaterial.COPPER, DistributionSystem.DC, 800, 1.0, 60, 1, 60,
                20e6, 0.01);
        assertEquals(32, drop.parallelRuns());
        assertEquals(240, drop.crossSectionMm2());
        ConductorRun run = ConductorRun.sized(ConductorMaterial.COPPER, DistributionSystem.DC, 800, 1.0, 60, 1, 60, 20e6, 0.01,
                30);
        assertEquals(61, run.parallelRuns());
        assertEquals(240, run.crossSectionMm2());
        double capacity = 641 * 1.00 * 0.64;
        assertEquals(30 + 60 * Math.pow(25_000.0 / 61 / capacity, 2), run.temperatureC(), 1e-9);
        assertTrue(run.sizedBy().startsWith("ampacity"), run.sizedBy());
        assertTrue(run.massKg() > 1.9 * drop.massKg(), "copper the current needs, not the drop");
        ConductorRun warm = ConductorRun.sized(ConductorMaterial.COPPER, DistributionSystem.DC, 800, 1.0, 60, 1, 60, 20e6, 0.01,
                40);
        assertEquals((int) Math.ceil(25_000 / (641 * Math.sqrt(50.0 / 60) * 0.64)), warm.parallelRuns());
    }

    /** Where the drop asks for more copper than the current, the drop decides: 240 V over a long route. */
    @Test
    void aLongLowVoltageRouteIsStillSizedByItsDrop() throws SizingException {
        ConductorRun run = ConductorRun.sized(ConductorMaterial.COPPER, DistributionSystem.DC, 240, 1.0, 200, 1, 60, 2e6, 0.01, 30);
        assertTrue(run.sizedBy().startsWith("voltage drop"), run.sizedBy());
        assertTrue(run.temperatureC() < 60, "lightly loaded cables run cool: " + run.temperatureC());
    }

    /**
     * The same 20 MW at 800 V as copper busway by its maker's ratings (Schneider Electric Canalis KTC:
     * 5000 A, R20 0.007 mΩ/m, 0.009 mΩ/m at rated current in 35 °C air), by hand: 25,000 A in five runs
     * of 5000 A at full rating; the maker's rise of resistance puts the bars at 20 + (0.009/0.007 − 1)
     * / 0.00393 = 92.7 °C in 35 °C air, so 87.7 °C in 30 °C air; loss 2 × 5 × 5000² × 0.007e-3 ×
     * (1 + 0.00393 × 67.7) × 60 = 132.9 kW, 0.66 %.
     */
    @Test
    void aBuswayIsSizedByItsMakersRatings() throws SizingException {
        ConductorRun bus = ConductorRun.busway(ConductorMaterial.COPPER, DistributionSystem.DC, 800, 1.0, 60, 1, 60, 20e6, 0.01, 30);
        assertEquals(5, bus.parallelRuns());
        double ratedC = 20 + (0.009 / 0.007 - 1) / 0.00393;
        assertEquals(30 + (ratedC - 35), bus.temperatureC(), 1e-9);
        double perMetre = 0.007e-3 * (1 + 0.00393 * (bus.temperatureC() - 20));
        assertEquals(2 * 5 * 5000.0 * 5000.0 * perMetre * 60, bus.lossW(20e6), 1e-6 * bus.lossW(20e6));
        assertTrue(bus.sizedBy().startsWith("busway ratings"), bus.sizedBy());
    }

    /** The drop holds at the temperature the current gives, for cables and busway, and busway above its 35 °C air derates. */
    @Test
    void theDropHoldsAtTheOperatingTemperature() throws SizingException {
        ConductorRun cable = ConductorRun.sized(ConductorMaterial.COPPER, DistributionSystem.DC, 800, 1.0, 74, 1, 60, 400e3, 0.01, 30);
        assertTrue(dropOf(cable, 400e3) <= 0.01 * (1 + 1e-9), "cable drop at " + cable.temperatureC() + " °C: " + dropOf(cable, 400e3));
        ConductorRun longBus = ConductorRun.busway(ConductorMaterial.COPPER, DistributionSystem.DC, 800, 1.0, 200, 1, 60, 9e6, 0.01,
                30);
        assertTrue(dropOf(longBus, 9e6) <= 0.01 * (1 + 1e-9), "busway drop over 200 m: " + dropOf(longBus, 9e6));
        ConductorRun warm = ConductorRun.busway(ConductorMaterial.COPPER, DistributionSystem.DC, 800, 1.0, 60, 1, 60, 20e6, 0.01, 45);
        double ratedC = 20 + (0.009 / 0.007 - 1) / 0.00393;
        assertTrue(warm.temperatureC() <= ratedC + 1e-9, "bars within their rated temperature in 45 °C air: " + warm.temperatureC());
        assertTrue(warm.parallelRuns() > 5, "derated runs: " + warm.parallelRuns());
    }

    /** Resistive drop at {@code powerW}: DC 2·I·R with the run's current and resistance at its temperature. */
    private static double dropOf(ConductorRun r, double powerW) {
        return 2 * r.currentPerRunA(powerW) * r.resistanceOhm() / r.voltageV();
    }
}
