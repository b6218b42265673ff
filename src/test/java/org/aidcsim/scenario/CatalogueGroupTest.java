package org.aidcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aidcsim.catalog.RackSupply;
import org.aidcsim.scenario.ScenarioSpec.RackGroupSpec;
import org.aidcsim.site.SiteCompiler;
import org.junit.jupiter.api.Test;

/** Rack groups that name a system of the IT catalogue: what they take from it, what the file overrides, what is refused. */
class CatalogueGroupTest {
    private static final String BASE = """
            name: cat
            site:
              weather: {type: constant, dry_bulb_c: 20}
            it:
              groups:
            GROUPS
            power: {architecture: hvdc-240v}
            cooling: {technology: cold_plate}
            """;

    private static ScenarioSpec spec(String groups) throws ScenarioException {
        return ScenarioLoader.parse(Path.of("f.yaml"), BASE.replace("GROUPS", groups)).spec();
    }

    private static String errors(String groups) {
        return assertThrows(ScenarioException.class, () -> spec(groups)).getMessage();
    }

    @Test
    void aSystemFillsRackPowerUtilizationSupplyAndServerSize() throws Exception {
        RackGroupSpec g = spec("    - {name: t, system: gb200-nvl72, systems: 8}").it().groups().get(0);
        assertEquals(8, g.racks());
        assertEquals(132e3, g.rackPowerW(), 1e-9);
        assertEquals(120.0 / 132.0, g.utilization(), 1e-12);
        assertEquals(RackSupply.POWER_SHELVES, g.supply());
        RackGroupSpec h = spec("    - {name: h, system: h100-8gpu-air, racks: 3}").it().groups().get(0);
        assertEquals(RackSupply.SERVER_PSUS, h.supply());
        assertEquals(10.2e3, h.serverPowerW(), 1e-9);
    }

    @Test
    void whatTheFileGivesWinsOverTheCatalogue() throws Exception {
        RackGroupSpec g = spec("    - {name: t, system: gb200-nvl72, racks: 2, rack_power_kw: 125, utilization: 0.7, "
                + "rack_power_supply: server_psus}").it().groups().get(0);
        assertEquals(125e3, g.rackPowerW(), 1e-9);
        assertEquals(0.7, g.utilization());
        assertEquals(RackSupply.SERVER_PSUS, g.supply());
    }

    @Test
    void systemsCountWholeSystemsOfARole() throws Exception {
        ScenarioSpec s = spec("""
                    - {name: c, system: cloudmatrix-384, role: compute, systems: 2}
                    - {name: n, system: cloudmatrix-384, role: network, systems: 2}
                """);
        assertEquals(24, s.it().groups().get(0).racks());
        assertEquals(8, s.it().groups().get(1).racks());
    }

    @Test
    void coldPlateCaptureDefaultsToTheRacksShareWeightedByPower() throws Exception {
        // 10 GB200 racks (132 kW, 85 % to liquid) and 10 air-cooled conventional racks (8 kW, 0 %)
        ScenarioSpec s = spec("""
                    - {name: g, system: gb200-nvl72, racks: 10}
                    - {name: c, system: conventional-2s, racks: 10}
                """);
        assertEquals(0.85 * 1320 / (1320 + 80), s.cooling().liquid().orElseThrow().captureFraction(), 1e-12);
        ScenarioSpec given = ScenarioLoader.parse(Path.of("f.yaml"), BASE.replace("GROUPS", "    - {name: g, system: gb200-nvl72, racks: 10}")
                .replace("cooling: {technology: cold_plate}", "cooling: {technology: cold_plate, liquid: {capture_fraction: 0.6}}")).spec();
        assertEquals(0.6, given.cooling().liquid().orElseThrow().captureFraction());
        // a group without a system, or a system that publishes no share, leaves the technology's default
        assertEquals(0.8, spec("""
                    - {name: g, system: gb200-nvl72, racks: 10}
                    - {name: x, racks: 10, rack_power_kw: 20}
                """).cooling().liquid().orElseThrow().captureFraction());
        ScenarioSpec immersion = ScenarioLoader.parse(Path.of("f.yaml"), BASE.replace("GROUPS", "    - {name: g, system: gb200-nvl72, racks: 10}")
                .replace("cold_plate", "immersion")).spec();
        assertEquals(0.97, immersion.cooling().liquid().orElseThrow().captureFraction(), "tanks, not racks, decide immersion capture");
    }

    @Test
    void aCampaignIdlesBetweenJobsAtTheSystemsIdleDrawUnlessTheFileSays() throws Exception {
        String campaign = "    - {name: t, system: gb200-nvl72, racks: 4, profile: {type: checkpoint, interval_s: 1800, dip_s: 120, "
                + "dip_fraction: 0.3, job_h: 20, idle_between_jobs_h: 4}}";
        var site = SiteCompiler.compile(ScenarioLoader.parse(Path.of("f.yaml"), BASE.replace("GROUPS", campaign))).model();
        var profile = (org.aidcsim.it.CampaignProfile) site.itLoad().groups().get(0).profile();
        assertEquals(0.30, profile.idleFraction(), "GB200 NVL72's catalogue idle fraction");
        var given = SiteCompiler.compile(ScenarioLoader.parse(Path.of("f.yaml"), BASE.replace("GROUPS",
                campaign.replace("idle_between_jobs_h: 4", "idle_between_jobs_h: 4, idle_fraction: 0.1")))).model();
        assertEquals(0.1, ((org.aidcsim.it.CampaignProfile) given.itLoad().groups().get(0).profile()).idleFraction());
        String noSystem = campaign.replace("system: gb200-nvl72", "rack_power_kw: 120");
        String e = assertThrows(ScenarioException.class, () -> SiteCompiler.compile(ScenarioLoader.parse(Path.of("f.yaml"),
                BASE.replace("GROUPS", noSystem)))).getMessage();
        assertTrue(e.contains("it.groups[0].profile.job_h: no draw between jobs (expected idle_fraction"), e);
        e = assertThrows(ScenarioException.class, () -> SiteCompiler.compile(ScenarioLoader.parse(Path.of("f.yaml"),
                BASE.replace("GROUPS", campaign.replace(", idle_between_jobs_h: 4", ""))))).getMessage();
        assertTrue(e.contains("it.groups[0].profile.job_h: a campaign needs both"), e);
    }

    /**
     * The rack's own supplies reach the power chain: a GB200 NVL72 rack runs on its 8 × 33 kW
     * shelves (all sharing the load), a DGX H100-class rack on 4 servers × 6 × 3.3 kW supplies; a
     * group that picks another kind of supply gets the preset's sizing.
     */
    @Test
    void theVendorsSuppliesAreTheRacksShelvesOrServerSupplies() throws Exception {
        var gb200 = SiteCompiler.compile(ScenarioLoader.parse(Path.of("f.yaml"), BASE.replace("GROUPS",
                "    - {name: t, system: gb200-nvl72, racks: 4}"))).model().powerChain().rackChains().get(0).stagesFromRackInput().get(0);
        var shelves = (org.aidcsim.power.ModularConverter) gb200.loss();
        assertEquals(8, shelves.unitsInstalled());
        assertEquals(33e3, shelves.unitRatingW(), 1e-9);
        var h100 = SiteCompiler.compile(ScenarioLoader.parse(Path.of("f.yaml"), BASE.replace("GROUPS",
                "    - {name: h, system: h100-8gpu-air, racks: 4}").replace("{technology: cold_plate}",
                "{technology: air, air: {max_rack_air_kw: 45}}"))).model().powerChain()
                .rackChains().get(0).stagesFromRackInput().get(0);
        assertEquals(24, ((org.aidcsim.power.ModularConverter) h100.loss()).unitsInstalled());
        assertEquals(3.3e3, ((org.aidcsim.power.ModularConverter) h100.loss()).unitRatingW(), 1e-9);
        var other = SiteCompiler.compile(ScenarioLoader.parse(Path.of("f.yaml"), BASE.replace("GROUPS",
                "    - {name: t, system: gb200-nvl72, racks: 4, rack_power_supply: server_psus, server_power_kw: 3}")))
                .model().powerChain().rackChains().get(0).stagesFromRackInput().get(0);
        assertTrue(((org.aidcsim.power.ModularConverter) other.loss()).unitRatingW() != 33e3, "the preset's server supplies");
    }

    @Test
    void missingOrWrongSystemFieldsAreReportedAtTheirPlace() {
        String e = errors("    - {name: c, system: cloudmatrix-384, systems: 1}");
        assertTrue(e.contains("it.groups[0].system: cloudmatrix-384 has several rack types (expected role: one of compute, network"), e);
        e = errors("    - {name: c, system: cloudmatrix-384, role: storage, systems: 1}");
        assertTrue(e.contains("it.groups[0].role: no such rack type in cloudmatrix-384 (expected one of compute, network, found \"storage\")"), e);
        e = errors("    - {name: c, racks: 3}");
        assertTrue(e.contains("it.groups[0]: no rack power (expected rack_power_kw, or a system from the catalogue, found neither)"), e);
        e = errors("    - {name: c, systems: 3, rack_power_kw: 10}");
        assertTrue(e.contains("it.groups[0].systems: applies to a catalogue system only"), e);
        e = errors("    - {name: c, system: gb200-nvl27, racks: 3}");
        assertTrue(e.contains("f.yaml:6:25: it.groups[0].system: unknown value; did you mean \"gb200-nvl72\"?"), e);
        e = errors("    - {name: c, system: gb200-nvl72, racks: 3, systems: 3}");
        assertTrue(e.contains("exactly one of"), e);
    }
}
