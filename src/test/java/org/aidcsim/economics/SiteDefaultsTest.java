package org.aidcsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aidcsim.location.Jurisdiction;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grid carbon, electricity and water by where the site is, each with its source; the file's own figures win. */
class SiteDefaultsTest {
    private static Map<String, SiteFigure> figures(CompiledScenario c) {
        return c.economics().siteFigures().stream().collect(Collectors.toMap(SiteFigure::key, f -> f));
    }

    private static CompiledScenario hall(String site, String economics) throws Exception {
        return SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/p.yaml"), """
                name: priced
                site: %s
                it: {groups: [{name: g, racks: 20, rack_power_kw: 50}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                %s
                """.formatted(site, economics)));
    }

    /**
     * Tampa pays Florida's figures (US EIA, Electric Power Annual 2023: 11.95 ¢/kWh to commercial
     * customers), Shaoguan Guangdong's grid (MEE and NBS 2022 provincial factor, 0.4403 kg/kWh) and
     * China's average industrial price; none pays the other's.
     */
    @Test
    void tampaAndShaoguanPayTheirOwnGridAndPrices() throws Exception {
        Map<String, SiteFigure> tampa = figures(hall("{weather: {type: epw, file: ../weather/USA_FL_Tampa.Intl.AP.722110_TMY3.epw}}", ""));
        Map<String, SiteFigure> shaoguan = figures(hall(
                "{weather: {type: epw, file: ../weather/CHN_Guangdong.Shaoguan.590820_CSWD.epw}}", ""));
        assertEquals(0.1195, tampa.get(SiteDefaults.ELECTRICITY).value());
        assertTrue(tampa.get(SiteDefaults.ELECTRICITY).source().contains("US EIA"), tampa.get(SiteDefaults.ELECTRICITY).source());
        assertEquals(440.3, shaoguan.get(SiteDefaults.CARBON).value());
        assertTrue(shaoguan.get(SiteDefaults.CARBON).source().contains("MEE"));
        assertEquals(0.088, shaoguan.get(SiteDefaults.ELECTRICITY).value());
        assertTrue(tampa.get(SiteDefaults.CARBON).value() != shaoguan.get(SiteDefaults.CARBON).value());
        for (SiteFigure f : List.copyOf(tampa.values())) {
            assertTrue(f.source().matches(".*(20\\d\\d|assumption).*"), "every figure names its year or says it is assumed: " + f);
        }
    }

    @Test
    void aRegionIsMatchedWhateverItsCaseAndTheFilesStateFollowsTheSitesCountry() throws Exception {
        assertEquals(440.3, SiteDefaults.of(SiteDefaults.CARBON, new Jurisdiction(Optional.of("CHN"), Optional.of("guangdong"),
                "test")).value());
        Map<String, SiteFigure> chicago = figures(hall("{weather: {type: epw, file: "
                + "../weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw}, country: US}", ""));
        assertEquals(0.1124, chicago.get(SiteDefaults.ELECTRICITY).value(), "Illinois's price, the header's state kept");
        CompiledScenario typo = hall("{weather: {type: epw, file: ../weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw}, "
                + "region: Illinois}", "");
        assertTrue(typo.warnings().stream().anyMatch(w -> w.contains("site.region \"Illinois\" has no row")), typo.warnings()
                .toString());
        assertTrue(typo.warnings().stream().anyMatch(w -> w.contains("economics.water_price_per_m3: the shipped table has no "
                + "figure")), "a world assumption is said: " + typo.warnings());
    }

    @Test
    void aRegionFallsBackToItsCountryThenToTheWorld() {
        Jurisdiction ohio = new Jurisdiction(Optional.of("USA"), Optional.of("OH"), "test");
        assertEquals(0.1075, SiteDefaults.of(SiteDefaults.ELECTRICITY, ohio).value());
        assertEquals(383.55, SiteDefaults.of(SiteDefaults.CARBON, new Jurisdiction(Optional.of("USA"), Optional.of("MT"), "test"))
                .value(), "a state without a row takes the country's");
        SiteFigure nowhere = SiteDefaults.of(SiteDefaults.WATER, Jurisdiction.UNKNOWN);
        assertEquals(SiteDefaults.WORLD_WATER_USD_PER_M3, nowhere.value());
        assertTrue(nowhere.source().startsWith("assumption"));
    }

    @Test
    void theFilesFiguresAndHourlyCarbonWin(@TempDir Path dir) throws Exception {
        CompiledScenario c = hall("{weather: {type: epw, file: ../weather/USA_FL_Tampa.Intl.AP.722110_TMY3.epw}}",
                "economics: {electricity_price_per_kwh: 0.05, grid_carbon_g_per_kwh: 100}");
        assertEquals(0.05, c.economics().electricityPerKwh());
        assertEquals(100, c.economics().gridCarbonGPerKwh());
        assertEquals("the scenario file (economics.grid_carbon_g_per_kwh)", figures(c).get(SiteDefaults.CARBON).source());
        Path csv = dir.resolve("carbon.csv");
        Files.writeString(csv, "g_co2_per_kwh\n" + "123\n".repeat(8760));
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, """
                name: hourly
                site: {weather: {type: epw, file: %s}}
                it: {groups: [{name: g, racks: 20, rack_power_kw: 50}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                economics: {grid_carbon_file: carbon.csv}
                """.formatted(Path.of("weather/USA_FL_Tampa.Intl.AP.722110_TMY3.epw").toAbsolutePath()));
        CompiledScenario hourly = SiteCompiler.compile(ScenarioLoader.load(scenario));
        assertTrue(hourly.economics().hourlyCarbonGPerKwh().isPresent(), "the hourly file still replaces the constant");
        SiteFigure carbon = figures(hourly).get(SiteDefaults.CARBON);
        assertEquals(123.0, carbon.value(), 1e-12);
        assertTrue(carbon.source().startsWith("economics.grid_carbon_file"), carbon.source());
        Evaluation e = Evaluation.of(hourly, false);
        double facilityKwh = e.metrics().facilityEnergyJ() / 3.6e6;
        assertEquals(facilityKwh * 123 / 1e6, e.economics().carbonTonnesPerYear(), 1e-6 * facilityKwh * 123 / 1e6,
                "the tonnes follow the hourly file, not Florida's 375 g/kWh");
    }

    @Test
    void aScenarioInAnotherCurrencyGivesItsOwnPrices() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> hall("{weather: {type: constant, dry_bulb_c: 15}, "
                + "country: DE}", "economics: {currency: EUR}"));
        assertTrue(e.getMessage().contains("economics.electricity_price_per_kwh") && e.getMessage().contains("in EUR"),
                e.getMessage());
    }
}
