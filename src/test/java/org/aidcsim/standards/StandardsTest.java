package org.aidcsim.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.metrics.Metric;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import org.aidcsim.weather.EpwReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standards' figures against their definitions and the documents' limits. */
class StandardsTest {
    private static Evaluation evaluate(String yaml) throws Exception {
        CompiledScenario c = SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/inline-test.yaml"), yaml));
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
        assertEquals(ChinaGb40879.Scale.MEDIUM_OR_SMALL,
                StandardsParams.DEFAULT.withChinaScale(ChinaGb40879.Scale.MEDIUM_OR_SMALL).scale(50e6), "the file's class wins");
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
                site: {weather: {type: constant, dry_bulb_c: 15}, country: CN}
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

    @ParameterizedTest
    @CsvSource({
        // ASHRAE 90.1-2019 Table B-1 / IECC 2021 Table C301.1 county assignments: Cook County IL 5A, Denver County CO
        // 5B, San Mateo County CA 3C, Pima County AZ 2B, Hillsborough County FL 2A; Shaoguan 2A (EnergyPlus statistics
        // file of the CSWD data set). The thermal number comes from the weather file's degree-days; the letter from
        // the shipped station table, since none of these files holds a complete year of precipitation.
        "USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw, 5, A",
        "USA_CO_Denver.Intl.AP.725650_TMY3.epw, 5, B",
        "USA_CA_San.Francisco.Intl.AP.724940_TMY3.epw, 3, C",
        "USA_AZ_Davis-Monthan.AFB.722745_TMY3.epw, 2, B",
        "USA_FL_Tampa.Intl.AP.722110_TMY3.epw, 2, A",
        "CHN_Guangdong.Shaoguan.590820_CSWD.epw, 2, A"})
    void climateZonesOfTheShippedWeatherFiles(String file, int zone, String letter) throws Exception {
        ClimateZone z = ClimateZone.of(EpwReader.read(Path.of("weather", file)).series(), Optional.empty(), Optional.empty());
        assertEquals(zone, z.thermalZone(), file + ": CDD10 " + z.cdd10() + ", HDD18 " + z.hdd18());
        assertEquals(Optional.of(letter.charAt(0)), z.moisture());
        assertTrue(z.moistureBasis().startsWith("the published zone " + zone + letter), z.moistureBasis());
    }

    @Test
    void precipitationTellsDryFromMoist() throws Exception {
        // Dry (B) where P (cm) < 2.0 × (T + 7) (ASHRAE 90.1-2019 Table B-4 / ASHRAE 169). Tucson's annual mean of
        // 21.7 °C puts the line at 57 cm: its ~28 cm of rain make it dry; Tampa's ~120 cm at 22.3 °C moist.
        var tucson = EpwReader.read(Path.of("weather", "USA_AZ_Davis-Monthan.AFB.722745_TMY3.epw")).series();
        assertEquals(Optional.of('B'), ClimateZone.of(tucson, Optional.of(280.0), Optional.empty()).moisture());
        var tampa = EpwReader.read(Path.of("weather", "USA_FL_Tampa.Intl.AP.722110_TMY3.epw")).series();
        assertEquals("2A", ClimateZone.of(tampa, Optional.of(1200.0), Optional.empty()).label());
        assertEquals("2B", ClimateZone.of(tampa, Optional.empty(), Optional.of('B')).label(), "the file's letter wins");
        // Zone boundaries (ASHRAE 169-2013 Table A-3).
        assertEquals(0, ClimateZone.thermalZone(6001, 0));
        assertEquals(1, ClimateZone.thermalZone(6000, 0));
        assertEquals(2, ClimateZone.thermalZone(3501, 0));
        assertEquals(3, ClimateZone.thermalZone(3500, 2000));
        assertEquals(4, ClimateZone.thermalZone(100, 2001));
        assertEquals(8, ClimateZone.thermalZone(0, 7001));
    }

    @Test
    void mlcAndElcByHandOnASmallHall() throws Exception {
        Evaluation e = evaluate("""
                name: small-hall
                site: {weather: {type: constant, dry_bulb_c: 25}, country: USA}
                it: {groups: [{name: srv, racks: 100, rack_power_kw: 10}]}
                power: {architecture: ac-ups-double-conversion}
                cooling: {technology: air}
                standards: {ashrae_90_4: {max_annualized_mlc: 0.2, max_elc: 0.05}}
                simulation: {days: 2}
                """);
        var m = e.metrics();
        Ashrae904 a = e.standards().ashrae();
        // Annualized MLC = cooling energy / IT energy; at constant load and weather the design MLC is the same ratio.
        assertEquals(m.coolingEnergyJ() / m.itEnergyJ(), a.annualizedMlc(), 1e-12);
        assertEquals(a.annualizedMlc(), a.designMlc(), 1e-9, "constant load and weather");
        // ELC = facility-side chain losses / IT power at design, from the chain's own point.
        var p = ChainPoint.of(e.scenario().model(), 1.0);
        assertEquals((p.gridPowerW() - p.itPowerW()) / p.itPowerW(), a.elcFullLoad(), 1e-12);
        assertTrue(a.elcHalfLoad() > 0 && a.elcHalfLoad() != a.elcFullLoad());
        List<Verdict> ashrae = e.standards().verdicts().stream().filter(v -> v.framework() == Framework.ASHRAE_90_4).toList();
        assertEquals(3, ashrae.size(), "annualized MLC, ELC at 100 % and at 50 %");
        assertEquals(0.2 - a.annualizedMlc(), ashrae.get(0).margin(), 1e-12);
    }
}
