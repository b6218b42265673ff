package org.aidcsim.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The in-rack supply follows the rack: a conventional 6 kW rack of servers draws through each
 * server's own 1+1 supplies at 30-60 % of their rating, not through two 33 kW shelves at 5 %;
 * rack-scale AI racks keep their power shelves.
 */
class RackSupplyTest {
    private static final String HALL = """
            name: hall
            site: {weather: {type: constant, dry_bulb_c: 20}}
            it: {groups: [{name: g, racks: 100, rack_power_kw: %s, utilization: %s%s}]}
            power: {architecture: ac-ups-double-conversion}
            cooling: {technology: %s}
            backup: none
            """;

    private static ChainPoint design(String rackKw, String utilization, String extra, String cooling) throws Exception {
        CompiledScenario c = SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/h.yaml"),
                HALL.formatted(rackKw, utilization, extra, cooling)));
        return ChainPoint.of(c.model(), 1.0);
    }

    private static ChainPoint.StagePoint supply(ChainPoint p) {
        return p.stagesFromGrid().stream().filter(s -> s.kind() == StageKind.SHELF).findFirst().orElseThrow();
    }

    @Test
    void aConventionalRackDrawsThroughItsServersSupplies() throws Exception {
        ChainPoint full = design("6", "1.0", "", "air");
        ChainPoint.StagePoint psus = supply(full);
        assertEquals("server PSUs, 1+1", psus.name());
        // 6 kW of 0.75 kW servers: 8 servers, 16 supplies of 800 W, each carrying 375 W at full utilization.
        assertEquals(100 * 16, psus.unitsInstalled());
        assertEquals(800.0, psus.unitRatingW(), 1e-9);
        assertEquals(psus.outputW() / (100 * 16 * 800.0), psus.loadFraction(), 1e-12, "output shared by every supply");
        assertTrue(psus.loadFraction() > 0.40 && psus.loadFraction() < 0.47, "375 W less the supply's loss on 800 W");
        ChainPoint typical = design("6", "0.7", "", "air");
        double load = supply(typical).loadFraction();
        assertTrue(load >= 0.30 && load <= 0.60, "1+1 server supplies run at 30-60 % of rating: " + load);
        // Published efficiencies of each stage bound the chain from grid to chip: double-conversion UPS 94-97 %
        // (vendor curves of current modular UPS), MV/LV transformer 98.5-99.5 % (US DOE 2016, 10 CFR 431.196),
        // server supply 90-96 % (80 PLUS Titanium, 230 V internal redundant), board regulators 85-92 % (DrMOS curves).
        double low = 0.94 * 0.985 * 0.90 * 0.85;
        double high = 0.97 * 0.995 * 0.96 * 0.92;
        double e2e = typical.endToEndEfficiency();
        assertTrue(e2e >= low && e2e <= high, "grid -> chip " + e2e + " within [" + low + ", " + high + "]");
    }

    @Test
    void forcedShelvesOnASmallRackShowWhyTheyDoNotBelong() throws Exception {
        ChainPoint shelves = design("6", "0.7", ", rack_power_supply: power_shelves", "air");
        ChainPoint psus = design("6", "0.7", "", "air");
        assertEquals("AC power shelf -> 54 V", supply(shelves).name());
        assertTrue(supply(shelves).loadFraction() < 0.1, "two 33 kW shelves on 4 kW: " + supply(shelves).loadFraction());
        assertTrue(psus.endToEndEfficiency() > shelves.endToEndEfficiency() + 0.03,
                psus.endToEndEfficiency() + " against " + shelves.endToEndEfficiency());
    }

    @Test
    void anAiRackKeepsItsPowerShelves() throws Exception {
        ChainPoint ai = design("130", "0.9", "", "cold_plate");
        ChainPoint.StagePoint shelf = supply(ai);
        assertEquals("AC power shelf -> 54 V", shelf.name());
        assertEquals(33e3, shelf.unitRatingW(), 1e-9);
        assertTrue(shelf.loadFraction() > 0.4, "shelves sized to the rack: " + shelf.loadFraction());
    }
}
