package org.aidcsim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aidcsim.cooling.RearDoorDesign;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.units.Units;
import org.junit.jupiter.api.Test;

/** The air side's examples end to end: rear doors make 40 kW air racks possible, hybrid rooms, one evaporative hall in two climates. */
class AirSideScenariosTest {
    private static CompiledScenario compile(String file) throws Exception {
        return SiteCompiler.compile(ScenarioLoader.load(Path.of("scenarios", file)));
    }

    private static CompiledScenario compileText(String file, String text) throws ScenarioException {
        return SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios", file), text));
    }

    @Test
    void aFortyKilowattAirRackIsRefusedWithoutDoorsAndRunsWithThem() throws Exception {
        String text = Files.readString(Path.of("scenarios", "rear-door-air-40kw.yaml"));
        ScenarioException refused = assertThrows(ScenarioException.class, () -> compileText("rear-door-air-40kw.yaml",
                text.replace("      type: active", "      type: active\n      enabled: false")));
        assertEquals("it.groups[0].rack_power_kw", refused.issues().get(0).path());
        assertTrue(refused.issues().get(0).message().contains("more than air can remove"), refused.issues().get(0).message());
        CompiledScenario withDoors = compile("rear-door-air-40kw.yaml");
        RearDoorDesign doors = withDoors.model().cooling().air().rearDoors().orElseThrow();
        RearDoorDesign.Group g = doors.groups().get(0);
        assertEquals(120, doors.doors());
        assertEquals(40.0, Units.wToKw(g.rackAirW()), 1e-9, "nameplate 40 kW, all of it to air");
        assertTrue(g.residualW() < 30e3 && g.toWaterW() > 0.6 * g.rackAirW(), "the door takes most; the room keeps under 30 kW");
        MetricValues v = Evaluation.of(withDoors, false).values();
        assertTrue(v.value(Metric.PUE) > 1 && v.value(Metric.PUE) < 1.5);
    }

    @Test
    void aHybridRoomPutsDoorsOnlyOnTheGroupsThatHaveThem() throws Exception {
        CompiledScenario hall = compile("gb200-rear-door-hybrid.yaml");
        RearDoorDesign doors = hall.model().cooling().air().rearDoors().orElseThrow();
        assertEquals(1, doors.groups().size());
        assertEquals("gpu-training", doors.groups().get(0).name());
        assertEquals(48, doors.doors());
        assertEquals(0.2 * 132, Units.wToKw(doors.groups().get(0).rackAirW()), 1e-9, "a GB200-class rack's air share: 20 % of 132 kW");
        assertTrue(doors.residualW() > 0, "the room keeps some heat");
    }

    @Test
    void theSameEvaporativeHallUsesLessEnergyAndFewerTrimHoursInTucsonThanInTampa() throws Exception {
        MetricValues tucson = Evaluation.of(compile("evaporative-tucson.yaml"), false).values();
        MetricValues tampa = Evaluation.of(compile("evaporative-tampa.yaml"), false).values();
        assertTrue(tucson.value(Metric.PUE) < tampa.value(Metric.PUE), tucson.value(Metric.PUE) + " vs " + tampa.value(Metric.PUE));
        assertTrue(tucson.value(Metric.AIR_CHILLER_HOURS) < tampa.value(Metric.AIR_CHILLER_HOURS));
        // dry air evaporates more water: Tucson's WUE is the higher, and both are reported
        assertTrue(tucson.value(Metric.WUE_L_PER_KWH) > tampa.value(Metric.WUE_L_PER_KWH));
        assertTrue(tampa.value(Metric.WUE_L_PER_KWH) > 0);
    }
}
