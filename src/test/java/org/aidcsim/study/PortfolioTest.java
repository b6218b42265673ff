package org.aidcsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.aidcsim.metrics.Metric;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
import org.junit.jupiter.api.Test;

/** Each site × design pair is the scenario with both's fields set; bad fields are located before anything runs. */
class PortfolioTest {
    private static final String HALL = """
            name: hall
            site: {weather: {type: epw, file: ../weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw}}
            it: {groups: [{name: gpu, racks: 16, rack_power_kw: 100, utilization: 0.8}]}
            power: {architecture: hvdc-240v}
            cooling: {technology: cold_plate, liquid: {facility_supply_temp_c: 30}}
            simulation: {days: 31}
            portfolio:
              sites:
                - {name: Chicago, set: [{path: site.weather.file, value: ../weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw}]}
                - {name: Tampa, set: [{path: site.weather.file, value: ../weather/USA_FL_Tampa.Intl.AP.722110_TMY3.epw}]}
              designs:
                - {name: dry, set: [{path: cooling.heat_rejection.rejection, value: dry_cooler}]}
                - {name: towers, set: [{path: %s, value: cooling_tower}]}
            """;

    @Test
    void aPairIsTheScenarioWithItsSitesAndDesignsFieldsSet() throws Exception {
        PortfolioPlan plan = PortfolioPlan.read(ScenarioLoader.parse(Path.of("scenarios", "hall.yaml"),
                HALL.formatted("cooling.heat_rejection.rejection")));
        assertEquals(4, plan.size());
        assertEquals("Tampa", plan.site(3));
        assertEquals("towers", plan.design(3));
        double pair = plan.pair(3).metrics().orElseThrow().value(Metric.PUE);
        String direct = HALL.formatted("cooling.heat_rejection.rejection").replace("USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw}}\n",
                "USA_FL_Tampa.Intl.AP.722110_TMY3.epw}}\n").replace("facility_supply_temp_c: 30}}",
                "facility_supply_temp_c: 30}, heat_rejection: {rejection: cooling_tower}}");
        double run = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios", "hall.yaml"), direct)), false)
                .values().value(Metric.PUE);
        assertEquals(run, pair, 0.0, "the pair is the same run as the scenario written with its fields");
    }

    @Test
    void aFieldTheScenarioDoesNotHaveIsLocated() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> PortfolioPlan.read(ScenarioLoader.parse(
                Path.of("scenarios", "hall.yaml"), HALL.formatted("cooling.heat_rejection.rejecton"))));
        assertEquals(13, e.issues().get(0).location().line(), e.issues().toString());
    }
}
