package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.aidcsim.power.StageKind;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.SiteCompiler;
import org.junit.jupiter.api.Test;

/**
 * In-rack stages are counted per rack with their redundancy per rack: 130 kW racks need five 33 kW
 * shelves at 80 % design load, plus one (5+1); a GB300 NVL72 rack has eight shelves, four on each of
 * its A and B feeds; conventional racks have two supplies per server.
 */
class PerRackCountsTest {
    private static ChainPoint.StagePoint shelf(String scenario) throws Exception {
        ChainPoint p = ChainPoint.of(SiteCompiler.compile(ScenarioLoader.load(Path.of("scenarios", scenario + ".yaml"))).model(),
                1.0);
        return p.stagesFromGrid().stream().filter(s -> s.kind() == StageKind.SHELF).findFirst().orElseThrow();
    }

    @Test
    void shelvesAndSuppliesCountedPerRack() throws Exception {
        assertEquals("6 per rack (5+1)", shelf("ai-hall-cold-plate").perRack());
        assertEquals("8 per rack (4+4, A/B feeds) / 32 per rack (1+1 per server, 16 servers)", shelf("catalogue-hall").perRack());
    }
}
