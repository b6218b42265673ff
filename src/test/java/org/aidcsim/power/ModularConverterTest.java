package org.aidcsim.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.aidcsim.catalog.LossModel;
import org.aidcsim.catalog.LossTerms;
import org.aidcsim.catalog.PowerCatalog;
import org.aidcsim.catalog.TabulatedEfficiency;
import org.junit.jupiter.api.Test;

class ModularConverterTest {
    @Test
    void twoNAtThirtyPercentRunsEachUnitAtFifteen() {
        ModularConverter ups = new ModularConverter(PowerCatalog.UPS_DOUBLE_CONVERSION, 1000e3, 1, Redundancy.TWO_N);
        assertEquals(2, ups.unitsInstalled());
        assertEquals(0.15, ups.loadFraction(300e3), 1e-12);
        double perUnitLoss = PowerCatalog.UPS_DOUBLE_CONVERSION.lossFraction(0.15) * 1000e3;
        assertEquals(2 * perUnitLoss, ups.lossW(300e3), 1e-9, "both units lose along the curve at 15 %");
    }

    @Test
    void redundancyCountsAndTheirInverse() {
        assertEquals(5, Redundancy.N_PLUS_1.installed(4));
        assertEquals(8, Redundancy.TWO_N.installed(4));
        assertEquals(10, Redundancy.TWO_N_PLUS_1.installed(4));
        for (Redundancy r : Redundancy.values()) {
            for (int n = 1; n < 10; n++) {
                assertEquals(n, r.needed(r.installed(n)));
            }
        }
        assertEquals(-1, Redundancy.TWO_N.needed(3));
        assertEquals(-1, Redundancy.N_PLUS_1.needed(1));
    }

    @Test
    void unitsFollowFromRatings() throws Exception {
        StageRecipe.Converter rectifiers = new StageRecipe.Converter(PowerCatalog.HVDC_RECTIFIER_240V, OptionalDouble.of(600e3),
                Redundancy.N_PLUS_1, OptionalInt.empty());
        ModularConverter m = (ModularConverter) rectifiers.size(7_650e3, 0.8);
        // 7650 / (600 × 0.8) = 15.9 -> 16 needed, 17 installed.
        assertEquals(16, m.unitsNeeded());
        assertEquals(17, m.unitsInstalled());
        ModularConverter exact = (ModularConverter) rectifiers.size(4_800e3, 0.8);
        assertEquals(10, exact.unitsNeeded(), "exactly 10 × 480 kW");
    }

    @Test
    void aStageRatedBelowItsLoadIsRefused() {
        LossModel curve = PowerCatalog.UPS_DOUBLE_CONVERSION;
        StageRecipe.Converter fixed = new StageRecipe.Converter(curve, OptionalDouble.of(500e3), Redundancy.N_PLUS_1, OptionalInt.of(3));
        SizingException e = assertThrows(SizingException.class, () -> fixed.size(1_200e3, 0.8));
        assertTrue(e.getMessage().contains("expected N capacity ≥ 1200.0 kW, found 2 × 500.0 kW"), e.getMessage());
        StageRecipe.Converter odd = new StageRecipe.Converter(curve, OptionalDouble.of(500e3), Redundancy.TWO_N, OptionalInt.of(3));
        assertThrows(SizingException.class, () -> odd.size(100e3, 0.8));
    }

    @Test
    void outputForInputInvertsTheLoss() {
        ModularConverter shelf = new ModularConverter(PowerCatalog.SHELF_TITANIUM, 33e3, 5, Redundancy.N_PLUS_1);
        for (double in : new double[] {10e3, 50e3, 130e3, 190e3}) {
            double out = shelf.outputForInputW(in);
            assertEquals(in, out + shelf.lossW(out), 1e-9 * in, "output + loss(output) = input at " + in);
        }
        assertEquals(0.0, shelf.outputForInputW(0.0));
        assertEquals(0.0, shelf.outputForInputW(0.5 * shelf.lossW(0)), "below the no-load loss nothing reaches the output");
    }

    /**
     * The closed-form inverse of every loss model the power presets use, against the forward loss:
     * for inputs from below the no-load loss to 1.5 × installed capacity, output + loss(output) =
     * input to 1e-12 of the input, on tabulated curves (every segment, and past the last point) and
     * on three-term losses (transformers); conductors by their I²R root.
     */
    @Test
    void everyClosedFormInverseIsExactOverTheWholeRange() {
        List<LossModel> curves = List.of(PowerCatalog.SHELF_TITANIUM, PowerCatalog.UPS_DOUBLE_CONVERSION, PowerCatalog.UPS_ECO,
                PowerCatalog.HVDC_RECTIFIER_240V, PowerCatalog.SST_MV_TO_800V_DC, PowerCatalog.TRANSFORMER_MV_LV,
                new LossTerms(0.0, 0.0, 0.02, "pure square law"), new LossTerms(0.01, 0.005, 0.0, "no square term"));
        for (LossModel curve : curves) {
            ModularConverter c = new ModularConverter(curve, 100e3, 3, Redundancy.N_PLUS_1);
            for (int k = 1; k <= 3000; k++) {
                double in = k * 1.5 * c.installedCapacityW() / 3000;
                double out = c.outputForInputW(in);
                if (out == 0.0) {
                    assertTrue(c.lossW(0.0) >= in * (1 - 1e-12), curve + ": nothing out only below the no-load loss, at " + in);
                } else {
                    assertEquals(in, out + c.lossW(out), 1e-12 * in, curve + " at " + in);
                }
            }
        }
        ConductorRun cable = new ConductorRun(ConductorMaterial.COPPER, DistributionSystem.DC, 800, 1.0, 50, 95, 1, 70);
        for (double in : new double[] {1e3, 1e5, 1e6}) {
            double out = cable.outputForInputW(in);
            assertEquals(in, out + cable.lossW(out), 1e-12 * in);
        }
    }

    @Test
    void aCurveWhoseLossFallsFasterThanItsLoadRisesIsRefused() {
        // 30 % at 10 % load (loss 0.233) then 99 % at 20 % (loss 0.002): the input would fall as the load rises
        assertTrue(TabulatedEfficiency.validate(new double[] {0.1, 0.2}, new double[] {0.3, 0.99}).orElseThrow()
                .contains("efficiency rises too steeply"));
        assertTrue(TabulatedEfficiency.validate(new double[] {0.1, 0.2}, new double[] {0.5, 0.99}).isEmpty());
    }

    @Test
    void catalogCurvesReproduceTheirSources() {
        // 80 PLUS Titanium 230 V internal redundant: 90 / 94 / 96 / 91 % at 10 / 20 / 50 / 100 % (80 PLUS tables).
        assertEquals(0.90, PowerCatalog.SHELF_TITANIUM.efficiency(0.10), 1e-12);
        assertEquals(0.94, PowerCatalog.SHELF_TITANIUM.efficiency(0.20), 1e-12);
        assertEquals(0.96, PowerCatalog.SHELF_TITANIUM.efficiency(0.50), 1e-12);
        assertEquals(0.91, PowerCatalog.SHELF_TITANIUM.efficiency(1.00), 1e-12);
        // Meta ±400 V -> 50 V shelf: 98.5 % peak, 97.5 % at full load (OCP 2026).
        assertEquals(0.985, PowerCatalog.DCDC_HV_TO_54V.efficiency(0.5), 1e-12);
        assertEquals(0.975, PowerCatalog.DCDC_HV_TO_54V.efficiency(1.0), 1e-12);
        // Eco mode: a third of the double-conversion loss at every point (Schneider Electric eConversion: about threefold).
        for (double x : new double[] {0.1, 0.3, 0.5, 1.0}) {
            assertEquals(PowerCatalog.UPS_DOUBLE_CONVERSION.lossFraction(x) / 3, PowerCatalog.UPS_ECO.lossFraction(x), 1e-12);
        }
    }
}
