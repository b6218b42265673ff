package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoolingScenariosTest {
    private static final String HALL = """
            name: hall
            site: {weather: {type: epw, file: ../weather/%s}}
            it: {groups: [{name: g, racks: 40, rack_power_kw: %s}]}
            power: {architecture: hvdc-240v}
            cooling: {technology: %s}
            simulation: {days: %d}
            """;

    private static AnnualMetrics run(String epw, double rackKw, String cooling, int days) {
        return AnnualRun.metricsOnly(Scenarios.fromYaml(HALL.formatted(epw, rackKw, cooling, days)).model());
    }

    @Test
    void towersUseWaterAndDryCoolersDoNot() {
        String epw = "USA_AZ_Davis-Monthan.AFB.722745_TMY3.epw";
        AnnualMetrics towers = run(epw, 100, "cold_plate, heat_rejection: {rejection: cooling_tower}", 365);
        AnnualMetrics dry = run(epw, 100, "cold_plate", 365);
        assertEquals(0.0, dry.waterKg());
        // Published: industry WUE about 1.8 L/kWh for evaporative plants (Microsoft fleet 0.27, Alibaba 0.197
        // with little evaporation). Towers rejecting every watt in Tucson should land near the industry figure.
        assertTrue(towers.wueLPerKwh() > 1.0 && towers.wueLPerKwh() < 2.5, "WUE " + towers.wueLPerKwh());
        // Tower water follows the wet bulb, far below Tucson's dry bulb: less chiller energy than dry coolers.
        assertTrue(towers.chillerEnergyJ() < dry.chillerEnergyJ(), "towers " + towers.chillerEnergyJ() + " vs dry " + dry.chillerEnergyJ());
    }

    @Test
    void airsideEconomizerCutsChillerEnergyInChicago() {
        String epw = "USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw";
        AnnualMetrics water = run(epw, 10, "air", 365);
        AnnualMetrics airside = run(epw, 10, "air, air: {airside_economizer: true}", 365);
        assertTrue(airside.chillerEnergyJ() < water.chillerEnergyJ(), "airside economizer saves chiller energy");
        assertTrue(airside.pue() < water.pue());
    }

    @Test
    void immersionAndSprayRemoveServerFansFromTheItLoad() {
        AnnualMetrics immersion = run("USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw", 100, "immersion", 10);
        double expected = 40 * 100e3 * (1 - 0.08) * 10 * 86_400;
        assertEquals(expected, immersion.itEnergyJ(), expected * 1e-12);
        AnnualMetrics coldPlate = run("USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw", 100, "cold_plate", 10);
        assertEquals(40 * 100e3 * 10 * 86_400, coldPlate.itEnergyJ(), 1, "cold-plate servers keep their fans");
    }

    @Test
    void densityBeyondAirAndTemperaturesOutsideTheirClassAreErrors() throws Exception {
        String base = HALL.formatted("USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw", 200, "%s", 1);
        assertError(base.formatted("cold_plate"),
                "it.groups[0].rack_power_kw: cold_plate cooling leaves 40.0 kW per rack to air, more than air can remove");
        assertError(base.formatted("cold_plate, liquid: {facility_supply_temp_c: 35}").replace("200", "100"),
                "cooling.liquid.facility_supply_temp_c: above the ASHRAE W32 class maximum (expected ≤ 32 °C, found 35.0 °C)");
        assertError(base.formatted("air, air: {supply_air_temp_c: 34}").replace("200", "10"),
                "cooling.air.supply_air_temp_c: outside the ASHRAE A1 allowable range (expected 15 to 32 °C, found 34.0 °C)");
        assertError(base.formatted("air, air: {supply_air_temp_c: 20, chilled_water_supply_temp_c: 21}").replace("200", "10"),
                "cooling.air.chilled_water_supply_temp_c: a coil cannot cool air with warmer water");
    }

    @Test
    void malformedWeatherFileIsReportedAtTheWeatherField(@TempDir Path dir) throws Exception {
        Path epw = dir.resolve("broken.epw");
        var lines = new ArrayList<>(Files.readAllLines(Path.of("weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw"),
                StandardCharsets.ISO_8859_1));
        lines.set(100, lines.get(100).replaceFirst("^([^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)[^,]*", "$1hot"));
        Files.write(epw, lines, StandardCharsets.ISO_8859_1);
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, """
                name: s
                site: {weather: {type: epw, file: broken.epw}}
                it: {groups: [{name: g, racks: 1, rack_power_kw: 10}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: air}
                """);
        var loaded = ScenarioLoader.load(scenario);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SiteCompiler.compile(loaded));
        String msg = e.getMessage();
        assertTrue(msg.startsWith(scenario + ":2:35: site.weather.file: ") && msg.contains("broken.epw:101: dry bulb (field 7): "
                + "expected a number, found \"hot\""), msg);
    }

    private static void assertError(String yaml, String expected) throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SiteCompiler.compile(
                ScenarioLoader.parse(Path.of("scenarios/x.yaml"), yaml)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void batteryFloatLossesCountInTheAnnualRun() {
        String base = HALL.formatted("USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw", 100, "cold_plate", 10);
        AnnualMetrics without = AnnualRun.metricsOnly(Scenarios.fromYaml(base + "backup: none\n").model());
        AnnualMetrics with = AnnualRun.metricsOnly(Scenarios.fromYaml(base + "backup: {battery: {chemistry: vrla, energy_kwh: 1000}}\n").model());
        // VRLA float 0.2 % of its rating (the chemistry default); rating 4C × 1000 kWh = 4 MW -> 8 kW for 10 days.
        double floatJ = 0.002 * 4e6 * 10 * 86_400;
        assertEquals(without.powerLossEnergyJ() + floatJ, with.powerLossEnergyJ(), 1e-6 * floatJ);
        assertTrue(with.facilityEnergyJ() > without.facilityEnergyJ() + floatJ, "the float heat is cooled too");
    }
}
