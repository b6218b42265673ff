package org.aidcsim.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Coolant properties against published tables and a hand calculation of a glycol loop's flow. */
class CoolantPropertiesTest {
    @Test
    void waterMatchesTheNistWebBookBetweenItsPoints() {
        // NIST Chemistry WebBook, water at 101.325 kPa, 25 °C: ρ 997.05 kg/m³, cp 4181.3 J/(kg·K), μ 0.8900 mPa·s,
        // k 0.6072 W/(m·K). Linear (log for μ) interpolation between the 20 and 30 °C rows: within 0.5 %.
        assertEquals(997.05, Coolant.WATER.densityKgPerM3(25), 997.05 * 0.0005);
        assertEquals(4181.3, Coolant.WATER.specificHeatJPerKgK(25), 4181.3 * 0.001);
        assertEquals(0.8900e-3, Coolant.WATER.properties().viscosityPaS(25), 0.8900e-3 * 0.005);
        assertEquals(0.6072, Coolant.WATER.properties().conductivityWPerMK(25), 0.6072 * 0.005);
    }

    @Test
    void glycolFreezingPointsMatchPublishedTables() {
        // ASHRAE Handbook Fundamentals 2017 ch. 31 (tables 4 and 9; Dow DOWFROST and DOWTHERM SR-1 guides give the same):
        // PG 25 % by mass freezes at about −10 °C, PG 40 % at −21 °C, EG 25 % at −11 °C, EG 40 % at −24 °C; ±1 K.
        assertEquals(-10.0, Coolant.PG25.properties().minTempC(), 1.0);
        assertEquals(-21.0, Coolant.PG40.properties().minTempC(), 1.0);
        assertEquals(-11.0, Coolant.EG25.properties().minTempC(), 1.0);
        assertEquals(-24.0, Coolant.EG40.properties().minTempC(), 1.0);
    }

    @Test
    void melinderFitAtNoGlycolIsWater() {
        // A consistency check of the transcribed coefficients: at 0 % glycol the fit must give water (NIST, 20 °C)
        // within the fit's stated accuracy of about 1 % at the edge of its range.
        MelinderSolution none = new MelinderSolution(MelinderSolution.PROPYLENE_GLYCOL, 0);
        assertEquals(998.2, none.densityKgPerM3(20), 998.2 * 0.01);
        assertEquals(4184, none.specificHeatJPerKgK(20), 4184 * 0.01);
        assertEquals(1.0016e-3, none.viscosityPaS(20), 1.0016e-3 * 0.05);
        assertEquals(0.598, none.conductivityWPerMK(20), 0.598 * 0.02);
    }

    @Test
    void pg25PropertiesAtLoopTemperatureMatchTheDowfrostGuide() {
        // Dow, Engineering and Operating Guide for DOWFROST (PG) fluids, 25 % by weight at 40 °C (104 °F):
        // density ≈ 1.010 g/cm³, specific heat ≈ 0.95 Btu/(lb·°F) = 3.98 kJ/(kg·K), viscosity ≈ 1.3-1.4 mPa·s.
        assertEquals(1010, Coolant.PG25.densityKgPerM3(40), 5);
        assertEquals(3980, Coolant.PG25.specificHeatJPerKgK(40), 40);
        double mu = Coolant.PG25.properties().viscosityPaS(40) * 1000;
        assertTrue(mu > 1.25 && mu < 1.45, "PG25 at 40 °C: " + mu + " mPa·s");
    }

    @Test
    void glycolLoopFlowAgainstAHandCalculation() {
        // 1 MW on PG25 at ΔT 10 K, mean 41 °C (the cold-plate default: 32 °C facility water + 4 K approach + 5 K).
        // Hand calculation from Dow's published DOWFROST properties, 25 % by weight near 40 °C: ρ 1.010 g/cm³,
        // cp 0.95 Btu/(lb·°F) = 3.98 kJ/(kg·K): Q = 1e6 / (1010 × 3980 × 10) = 0.02488 m³/s = 1493 L/min (±1 %).
        // Water by hand at 41 °C (NIST, linear between 40 and 50 °C: ρ 991.80, cp 4179.8): 1447.3 L/min.
        double pg = Coolant.PG25.flowM3PerS(1e6, 10, 41) * 60_000;
        double water = Coolant.WATER.flowM3PerS(1e6, 10, 41) * 60_000;
        assertEquals(1493, pg, 1493 * 0.01);
        assertEquals(1e6 / (991.80 * 4179.8 * 10) * 60_000, water, 0.1);
        assertTrue(pg / water > 1.02 && pg / water < 1.06, "PG25 needs 2-6 % more flow than water: " + pg / water);
    }

    @Test
    void paoViscosityPassesThroughItsDataSheetPoints() {
        // ASTM D341 through SpectraSyn 2's 5.0 mm²/s at 40 °C and 1.7 mm²/s at 100 °C reproduces both exactly.
        PetroleumFluid pao = (PetroleumFluid) Coolant.DIELECTRIC_PAO.properties();
        assertEquals(5.0, pao.viscosityPaS(40) / pao.densityKgPerM3(40) * 1e6, 1e-9);
        assertEquals(1.7, pao.viscosityPaS(100) / pao.densityKgPerM3(100) * 1e6, 1e-9);
        assertEquals(798.0, pao.densityKgPerM3(15), 1e-9);
    }
}
