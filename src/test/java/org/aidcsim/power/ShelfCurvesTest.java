package org.aidcsim.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aidcsim.catalog.CurveBasis;
import org.aidcsim.catalog.LossModel;
import org.aidcsim.catalog.PowerCatalog;
import org.junit.jupiter.api.Test;

/**
 * Every preset's rack power conversion pinned to its cited source, so that a comparison of
 * architectures rests on like curves: the AC and HVDC presets' shelves on the OCP ORv3 rectifier
 * targets (97.5 % peak, 96.5 % at full load; Keyhani and Harris, OCP Engineering Workshop 2019), the
 * 750/800 V presets' DC/DC shelves on Meta's ±400 V shelf (98.5 % peak, 97.5 % at full load; OCP
 * Global Summit 2026), servers' own supplies on the 80 PLUS Titanium minimum (90/94/96/91 % at
 * 10/20/50/100 % load) that their certification sets.
 */
class ShelfCurvesTest {
    private static LossModel rackConversion(Architecture a) {
        StageRecipe r = a.stagesFromGrid(Architecture.Options.defaults()).stream()
                .filter(t -> t.kind() == StageKind.SHELF || t.kind() == StageKind.DCDC).findFirst().orElseThrow().recipe();
        return r instanceof StageRecipe.RackSupplyRecipe s ? s.shelves().perUnit() : ((StageRecipe.Converter) r).perUnit();
    }

    @Test
    void everyPresetsShelfIsItsCitedCurve() {
        for (Architecture a : Architecture.values()) {
            LossModel shelf = rackConversion(a);
            boolean highVoltage = a == Architecture.HVDC_750V || a == Architecture.DC_800V_SST;
            assertSame(highVoltage ? PowerCatalog.DCDC_HV_TO_54V : PowerCatalog.SHELF_ORV3, shelf, a.key());
        }
        assertEquals(0.975, PowerCatalog.SHELF_ORV3.efficiency(0.5), 1e-12, "ORv3 peak target");
        assertEquals(0.965, PowerCatalog.SHELF_ORV3.efficiency(1.0), 1e-12, "ORv3 full-load target");
        assertEquals(CurveBasis.SPECIFICATION_TARGET, PowerCatalog.SHELF_ORV3.basis());
        assertTrue(PowerCatalog.SHELF_ORV3.source().contains("OCP"));
        assertEquals(0.985, PowerCatalog.DCDC_HV_TO_54V.efficiency(0.5), 1e-12, "Meta's ±400 V shelf, peak");
        assertEquals(0.975, PowerCatalog.DCDC_HV_TO_54V.efficiency(1.0), 1e-12, "Meta's ±400 V shelf, full load");
        assertEquals(CurveBasis.PUBLISHED_FIGURE, PowerCatalog.DCDC_HV_TO_54V.basis());
        double[] titanium = {0.90, 0.94, 0.96, 0.91};
        double[] at = {0.10, 0.20, 0.50, 1.00};
        for (int i = 0; i < at.length; i++) {
            assertEquals(titanium[i], PowerCatalog.SHELF_TITANIUM.efficiency(at[i]), 1e-12, "80 PLUS Titanium at " + at[i]);
        }
        assertEquals(CurveBasis.STANDARD_MINIMUM, PowerCatalog.SHELF_TITANIUM.basis());
    }

    @Test
    void serversOwnSuppliesKeepTheirCertifiedCurve() {
        StageRecipe r = Architecture.HVDC_240V.stagesFromGrid(Architecture.Options.defaults()).stream()
                .filter(t -> t.kind() == StageKind.SHELF).findFirst().orElseThrow().recipe();
        assertSame(PowerCatalog.SHELF_TITANIUM, ((StageRecipe.RackSupplyRecipe) r).serverPsuCurve());
    }
}
