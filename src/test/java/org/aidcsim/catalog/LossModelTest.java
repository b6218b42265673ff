package org.aidcsim.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossModelTest {
    /** 80 PLUS Titanium, 230 V internal redundant: 90 / 94 / 96 / 91 % at 10 / 20 / 50 / 100 % load (80 PLUS programme). */
    private static final TabulatedEfficiency TITANIUM = new TabulatedEfficiency(
            new double[] {0.1, 0.2, 0.5, 1.0}, new double[] {0.90, 0.94, 0.96, 0.91}, "80 PLUS Titanium");

    @Test
    void tabulatedCurveReproducesEveryGivenPoint() {
        assertEquals(0.90, TITANIUM.efficiency(0.1), 1e-12);
        assertEquals(0.94, TITANIUM.efficiency(0.2), 1e-12);
        assertEquals(0.96, TITANIUM.efficiency(0.5), 1e-12);
        assertEquals(0.91, TITANIUM.efficiency(1.0), 1e-12);
    }

    @Test
    void betweenPointsLossIsInterpolatedAndBelowTheFirstItFallsToANoLoadLoss() {
        double l02 = TITANIUM.lossFraction(0.2);
        double l05 = TITANIUM.lossFraction(0.5);
        assertEquals((l02 + l05) / 2, TITANIUM.lossFraction(0.35), 1e-12);
        double l01 = TITANIUM.lossFraction(0.1);
        double noLoad = TITANIUM.lossFraction(0.0);
        assertTrue(noLoad > 0 && noLoad < l01, "a converter draws a standby loss below its lightest rated point");
        assertEquals(0.0, TITANIUM.efficiency(0.0));
    }

    @Test
    void aCurveThatIsNotAFunctionOfLoadIsRejected() {
        assertTrue(TabulatedEfficiency.validate(new double[] {0.5, 0.5}, new double[] {0.9, 0.95}).isPresent());
        assertTrue(TabulatedEfficiency.validate(new double[] {0.5, 0.3}, new double[] {0.9, 0.95}).isPresent());
        assertTrue(TabulatedEfficiency.validate(new double[] {0.5}, new double[] {0.9}).isPresent());
        assertTrue(TabulatedEfficiency.validate(new double[] {0.5, 1.0}, new double[] {0.9, 1.2}).isPresent());
        assertThrows(IllegalArgumentException.class,
                () -> new TabulatedEfficiency(new double[] {0.5, 0.5}, new double[] {0.9, 0.9}, "x"));
    }

    @Test
    void defaultTransformerMeetsUsDoe2016Minimum() {
        // 10 CFR 431.196: low-voltage dry-type three-phase 1000 kVA, 99.28 % at 35 % load.
        double eta = PowerCatalog.TRANSFORMER_MV_LV.efficiency(0.35);
        assertTrue(eta >= 0.9928, "efficiency at 35 % load was " + eta);
        assertEquals(0.9931, eta, 0.0001);
    }

    @Test
    void lossTermsAddUp() {
        LossTerms t = new LossTerms(0.01, 0.02, 0.03, "test");
        assertEquals(0.01 + 0.02 * 0.5 + 0.03 * 0.25, t.lossFraction(0.5), 1e-15);
    }

    @Test
    void waterFlowForOneMegawattAtTenKelvin() {
        // Physics gives 1.44 L/min per kW for water at ΔT 10 K, i.e. 1434 L/min for 1 MW (±1 %).
        double litrePerMin = Coolant.WATER.flowM3PerS(1e6, 10, 25) * 60_000;
        assertEquals(1434, litrePerMin, 1434 * 0.01);
    }
}
