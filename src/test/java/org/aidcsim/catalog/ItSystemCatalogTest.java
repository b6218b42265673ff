package org.aidcsim.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aidcsim.units.Units;
import org.junit.jupiter.api.Test;

class ItSystemCatalogTest {
    private static RackType rack(String system) {
        return ItSystemCatalog.of(system).orElseThrow().racks().get(0);
    }

    @Test
    void theSystemsTheIssueAsksForAreThere() {
        for (String key : List.of("conventional-2s", "h100-8gpu-air", "gb200-nvl72", "gb300-nvl72", "cloudmatrix-384",
                "ascend-910b-rack", "mi300x-8gpu", "kyber-nvl576")) {
            assertTrue(ItSystemCatalog.of(key).isPresent(), key);
        }
        assertTrue(ItSystemCatalog.of("kyber-nvl576").orElseThrow().announced(), "an announced system is marked so");
        assertFalse(ItSystemCatalog.of("gb200-nvl72").orElseThrow().announced());
        RackType conventional = rack("conventional-2s");
        assertTrue(conventional.nameplateW() >= 3e3 && conventional.nameplateW() <= 8e3, "conventional racks draw 3-8 kW");
    }

    @Test
    void everyGivenFigureCarriesASource() {
        for (ItSystem s : ItSystemCatalog.all()) {
            for (RackType r : s.racks()) {
                for (String field : List.of("nameplate_kw", "typical_kw", "idle_fraction", "supply")) {
                    assertFalse(r.sourceOf(field).isBlank(), s.key() + " " + r.role() + " " + field);
                }
                r.liquidFraction().ifPresent(v -> assertFalse(r.sourceOf("liquid_fraction").isBlank(), s.key()));
                if (r.capacitorEnergyJ() > 0) {
                    assertFalse(r.sourceOf("capacitor_j").isBlank(), s.key());
                }
            }
        }
    }

    @Test
    void aFigureWithoutASourceAnUnknownFieldOrAnUndersizedSupplyStopsTheData() {
        String good = """
                systems:
                  - key: x
                    name: X
                    status: shipping
                    racks:
                      - role: rack
                        racks_per_system: 1
                        nameplate_kw: 100
                        typical_kw: 90
                        idle_fraction: 0.3
                        supply: power_shelves
                        supply_units: 5
                        supply_unit_kw: 33
                        supply_spares: 1
                        sources: {nameplate_kw: a, typical_kw: b, idle_fraction: c, supply: d, supply_units: e,
                                  supply_unit_kw: f, supply_spares: g}
                """;
        assertEquals(1, parse(good).size());
        assertThrows(IllegalStateException.class, () -> parse(good.replace("idle_fraction: c, ", "")), "no source");
        assertThrows(IllegalStateException.class, () -> parse(good.replace("supply_spares: 1", "supply_spares: 1\n"
                + "        colour: 3")), "unknown field");
        // three working 33 kW shelves (99 kW) do not carry 100 kW
        assertThrows(IllegalStateException.class, () -> parse(good.replace("supply_units: 5", "supply_units: 4")));
        // A/B feeds: eight 33 kW shelves, four a feed, carry 132 kW on one feed; a 140 kW nameplate is refused at feeds
        String ab = good.replace("nameplate_kw: 100", "nameplate_kw: 140").replace("supply_units: 5", "supply_units: 8")
                .replace("supply_spares: 1", "supply_spares: 3\n        feeds: 2").replace("supply_spares: g}",
                        "supply_spares: g, feeds: h}");
        IllegalStateException oneFeed = assertThrows(IllegalStateException.class, () -> parse(ab));
        assertTrue(oneFeed.getMessage().contains(".feeds") && oneFeed.getMessage().contains("deliver 132 kW, less than the 140 kW"),
                oneFeed.getMessage());
        assertEquals(1, parse(ab.replace("nameplate_kw: 140", "nameplate_kw: 132")).size(), "a rack capped to one feed's 132 kW");
        // every fault at once, each at its line: an unknown field (line 15), a bad type (line 9)
        String many = good.replace("idle_fraction: c, ", "").replace("supply_spares: 1", "supply_spares: 1\n        colour: 3")
                .replace("typical_kw: 90", "typical_kw: lots");
        IllegalStateException all = assertThrows(IllegalStateException.class, () -> parse(many));
        assertTrue(all.getMessage().contains("it-systems.yaml:15:") && all.getMessage().contains("colour"), all.getMessage());
        assertTrue(all.getMessage().contains("it-systems.yaml:9:") && all.getMessage().contains("typical_kw"), all.getMessage());
        IllegalStateException unsourced = assertThrows(IllegalStateException.class,
                () -> parse(good.replace("idle_fraction: c, ", "").replace("typical_kw: 90", "typical_kw: 120")));
        assertTrue(unsourced.getMessage().contains("it-systems.yaml:10:") && unsourced.getMessage().contains("sources.idle_fraction"),
                unsourced.getMessage());
        assertTrue(unsourced.getMessage().contains("it-systems.yaml:9:") && unsourced.getMessage().contains("exceed the nameplate"),
                unsourced.getMessage());
    }

    private static List<ItSystem> parse(String yaml) {
        try {
            return ItSystemCatalog.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The NVL72 racks' shelves carry their nameplate with the stated redundancy: 8 x 33 kW shelves
     * (NVIDIA, eight shelves of six 5.5 kW supplies; OCP ORv3 HPR 33 kW shelf), A/B fed, so either
     * feed's four carry the rack: 4 x 33 = 132 kW for GB200's 132 kW, and for GB300, whose 132 kW of DC
     * output (Supermicro) caps it below the 140 kW quoted elsewhere.
     */
    @Test
    void theNvl72ShelvesCoverTheirPeakWithTheStatedRedundancy() {
        RackType gb200 = rack("gb200-nvl72");
        assertEquals(RackSupply.POWER_SHELVES, gb200.supply());
        assertEquals(132e3, gb200.supplyCapacityWithSparesFailedW().getAsDouble(), 1e-6);
        assertTrue(gb200.suppliesCoverNameplate());
        assertEquals(132e3, gb200.supplyCapacityOnOneFeedW().getAsDouble(), 1e-6);
        RackType gb300 = rack("gb300-nvl72");
        assertEquals(2, gb300.feeds());
        assertEquals(132e3, gb300.supplyCapacityOnOneFeedW().getAsDouble(), 1e-6);
        assertTrue(gb300.nameplateW() <= gb300.supplyCapacityOnOneFeedW().getAsDouble());
        // a DGX H100 (user guide: 6 x 3.3 kW, 10.2 kW max) still runs on four supplies, per server
        RackType h100 = rack("h100-8gpu-air");
        assertEquals(4 * 4 * 3.3e3, h100.supplyCapacityWithSparesFailedW().getAsDouble(), 1e-6);
        assertTrue(h100.suppliesCoverNameplate());
        for (ItSystem s : ItSystemCatalog.all()) {
            s.racks().forEach(r -> assertTrue(r.suppliesCoverNameplate(), s.key()));
        }
    }

    /**
     * Coolant flow per rack from its heat and ΔT, by hand: GB200 NVL72 at 132 kW with 85 % to liquid
     * = 112.2 kW, water at 45 °C supply and 10 K rise (mean 50 °C: ρ 988.03 kg/m³, cp 4181.5 J/(kg·K),
     * NIST WebBook) gives 112,200 / (988.03 × 4181.5 × 10) = 2.7157e-3 m³/s = 162.9 L/min; the OCP
     * rule of 1.5 L/min per kW of liquid heat (OCP Advanced Cooling Solutions, cold-plate
     * requirements) gives 168 L/min, within 5 %.
     */
    @Test
    void coolantFlowPerRackFollowsFromHeatAndDeltaT() {
        double flow = rack("gb200-nvl72").coolantFlowM3PerS(Coolant.WATER, 45).getAsDouble();
        assertEquals(2.7157e-3, flow, 2.7157e-3 * 1e-3);
        assertEquals(1.5 * 112.2, Units.m3PerSToLitrePerMin(flow), 0.05 * 1.5 * 112.2);
        assertTrue(rack("conventional-2s").coolantFlowM3PerS(Coolant.WATER, 30).isEmpty(), "an air rack has no coolant flow");
    }

    @Test
    void cloudMatrixHasComputeAndNetworkRacksThatAddUpToItsPublishedPower() {
        ItSystem cm = ItSystemCatalog.of("cloudmatrix-384").orElseThrow();
        assertEquals(12, cm.rack("compute").orElseThrow().racksPerSystem());
        assertEquals(4, cm.rack("network").orElseThrow().racksPerSystem());
        // SemiAnalysis (April 2025): about 559 kW over 16 racks
        assertEquals(559e3, cm.nameplateW(), 1e3);
        assertEquals(16, cm.racksPerSystem());
    }
}
