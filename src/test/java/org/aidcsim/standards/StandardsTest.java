package org.aidcsim.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aidcsim.metrics.Metric;
import org.aidcsim.scenario.CompiledScenario;
import org.aidcsim.scenario.ScenarioCompiler;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.sweep.Evaluation;
import org.junit.jupiter.api.Test;

/** The standards' figures against their definitions and the documents' limits. */
class StandardsTest {
    private static Evaluation evaluate(String yaml) throws Exception {
        CompiledScenario c = ScenarioCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/inline-test.yaml"), yaml));
        return Evaluation.of(c, false, 0);
    }

    @Test
    void gb40879GradeBoundaries() {
        // GB 40879-2021, Table 1: grade 1 ≤ 1.20, grade 2 ≤ 1.30, grade 3 ≤ 1.50 (the maximum allowable value).
        assertEquals(1, ChinaGb40879.grade(1.10));
        assertEquals(1, ChinaGb40879.grade(1.20));
        assertEquals(2, ChinaGb40879.grade(1.2000001));
        assertEquals(2, ChinaGb40879.grade(1.30));
        assertEquals(3, ChinaGb40879.grade(1.31));
        assertEquals(3, ChinaGb40879.grade(1.50));
        assertEquals(4, ChinaGb40879.grade(1.51), "above the maximum allowable value");
        assertEquals(1.50, ChinaGb40879.maximumAllowablePue(), 0.0);
    }

    @Test
    void ceilingsApplyBySizeAndHub() {
        List<ChinaGb40879.Ceiling> small = ChinaGb40879.ceilings(ChinaGb40879.Scale.MEDIUM_OR_SMALL, ChinaGb40879.HubNode.NONE);
        assertTrue(small.stream().noneMatch(ChinaGb40879.Ceiling::applies), "no ceiling for a small site outside hub nodes");
        List<ChinaGb40879.Ceiling> west = ChinaGb40879.ceilings(ChinaGb40879.Scale.LARGE, ChinaGb40879.HubNode.WEST);
        assertEquals(1.20, west.stream().filter(ChinaGb40879.Ceiling::applies).mapToDouble(ChinaGb40879.Ceiling::maxPue).min()
                .orElseThrow(), 0.0, "a large western hub site must reach 1.20");
        // Scale from the nameplate: 3,000 standard racks of 2.5 kW (7.5 MW) make a large data center.
        assertEquals(ChinaGb40879.Scale.LARGE, StandardsParams.DEFAULT.scale(7.5e6));
        assertEquals(ChinaGb40879.Scale.MEDIUM_OR_SMALL, StandardsParams.DEFAULT.scale(7.4e6));
        assertEquals(ChinaGb40879.Scale.MEDIUM_OR_SMALL, new StandardsParams(0, Optional.of(ChinaGb40879.Scale.MEDIUM_OR_SMALL),
                ChinaGb40879.HubNode.NONE).scale(50e6), "the file's class wins");
    }

    @Test
    void pueCategoriesMeasureItWhereIsoIec30134Says() throws Exception {
        // A UPS chain: the category 1 point is the UPS output, category 2 the PDU outputs before the rack feeders,
        // category 3 the rack inputs. By hand from the run's own stage losses: PUE_k = facility / (IT + losses below k).
        Evaluation e = evaluate("""
                name: categories
                site: {weather: {type: constant, dry_bulb_c: 15}}
                it: {groups: [{name: srv, racks: 100, rack_power_kw: 10}]}
                power: {architecture: ac-ups-double-conversion}
                cooling: {technology: air}
                simulation: {days: 2}
                """);
        var chain = e.scenario().model().powerChain();
        var m = e.metrics();
        double below = 0;
        double feeders = 0;
        boolean stillFeeders = true;
        for (int i = 0; i < chain.size() && !chain.stage(i).kind().makesProtectedBus(); i++) {
            below += m.stageLossEnergyJ().get(i);
            if (stillFeeders && chain.stage(i).kind().isConductor()) {
                feeders += m.stageLossEnergyJ().get(i);
            } else {
                stillFeeders = false;
            }
        }
        assertTrue(below > 0, "losses lie between the UPS and the racks");
        assertEquals(m.facilityEnergyJ() / (m.itEnergyJ() + below), e.values().value(Metric.PUE_CATEGORY_1), 1e-12);
        assertEquals(m.facilityEnergyJ() / (m.itEnergyJ() + feeders), e.values().value(Metric.PUE_CATEGORY_2), 1e-12);
        assertTrue(e.values().value(Metric.PUE_CATEGORY_1) < e.values().value(Metric.PUE),
                "the further from the IT the meter, the lower the PUE");
        // pPUE of power and CUE by their definitions (ISO/IEC 30134-2 and -8).
        assertEquals((m.itEnergyJ() + m.powerLossEnergyJ()) / m.itEnergyJ(), e.values().value(Metric.PPUE_POWER), 1e-12);
        assertEquals(e.values().value(Metric.CARBON_T_PER_YEAR) / (e.values().value(Metric.IT_ENERGY_MWH) * 365 / 2),
                e.values().value(Metric.CUE_KG_PER_KWH), 1e-9);
    }

    @Test
    void aSiteInAWesternHubNodeFailsAbove120AndEuReportingStartsAt500Kw() throws Exception {
        Evaluation e = evaluate("""
                name: west
                site: {weather: {type: constant, dry_bulb_c: 15}}
                it: {groups: [{name: srv, racks: 40, rack_power_kw: 10}]}
                power: {architecture: ac-ups-double-conversion}
                cooling: {technology: air}
                standards: {china_scale: large, china_hub_node: west, renewable_fraction: 0.4}
                simulation: {days: 2}
                """);
        StandardsAssessment a = e.standards();
        double pue = e.metrics().pue();
        assertTrue(pue > 1.2, "an air-cooled UPS hall: " + pue);
        Verdict hub = a.verdicts().stream().filter(v -> v.applies() && v.limit() == 1.20).findFirst().orElseThrow();
        assertEquals(Optional.of("fail"), hub.outcome());
        assertEquals(1.20 - pue, hub.margin(), 1e-12);
        assertFalse(a.euReportingApplies(), "400 kW of IT is below the 500 kW of Directive (EU) 2023/1791 Art. 12");
        assertEquals(0.4, e.values().value(Metric.REF), 0.0);
        assertEquals(ChinaGb40879.grade(pue), (int) e.values().value(Metric.GB40879_GRADE));
    }
}
