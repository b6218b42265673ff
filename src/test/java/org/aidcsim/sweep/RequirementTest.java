package org.aidcsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aidcsim.metrics.Metric;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import org.junit.jupiter.api.Test;

class RequirementTest {
    @Test
    void parsesAndJudgesInReportUnits() throws Exception {
        Requirement grade = Requirement.parse("gb40879_grade<=1");
        assertEquals(Metric.GB40879_GRADE, grade.metric());
        assertEquals("gb40879_grade<=1", grade.toString());
        Evaluation e = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/x.yaml"), """
                name: x
                site: {weather: {type: constant, dry_bulb_c: 15}}
                it: {groups: [{name: srv, racks: 20, rack_power_kw: 10}]}
                power: {architecture: ac-ups-double-conversion}
                cooling: {technology: air}
                simulation: {days: 1}
                """)), false, 0);
        double pue = e.values().value(Metric.PUE);
        assertTrue(Requirement.parse("pue<=" + pue).isMetBy(e.values()), "a bound equal to the figure is met by <=");
        assertFalse(Requirement.parse("pue<" + pue).isMetBy(e.values()));
        assertTrue(Requirement.parse("pue > 1").isMetBy(e.values()), "spaces allowed");
        // Energy in MWh, the report unit, as sweep.csv shows it.
        double mwh = e.values().value(Metric.IT_ENERGY_MWH);
        assertTrue(Requirement.parse("it_energy_mwh>=" + (mwh - 1)).isMetBy(e.values()));
        assertFalse(Requirement.parse("availability>=0.99").isMetBy(e.values()), "a figure not estimated fails");
    }

    @Test
    void refusesWhatItCannotRead() {
        assertEquals("expected METRIC<=VALUE (or <, >=, >), e.g. gb40879_grade<=2, found \"pue=1\"",
                assertThrows(IllegalArgumentException.class, () -> Requirement.parse("pue=1")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Requirement.parse("puee<1")).getMessage()
                .startsWith("unknown metric"));
        assertThrows(IllegalArgumentException.class, () -> Requirement.parse("pue<1e999"));
    }
}
