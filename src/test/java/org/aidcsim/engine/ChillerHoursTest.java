package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.Evaluation;
import org.aidcsim.weather.WeatherSeries;
import org.junit.jupiter.api.Test;

/**
 * Chiller hours per loop. With dry coolers and a waterside economizer, a loop's chillers run in
 * exactly the hours when the coldest water the dry coolers can make, dry bulb + approach, is
 * above the loop's supply temperature (the economizer carries the rest): a count of weather
 * hours, by hand. The headline figure is the liquid loop's, not the small air side's.
 */
class ChillerHoursTest {
    private static final String HALL = """
            name: hall
            site:
              weather: {type: epw, file: ../weather/CHN_Guangdong.Shaoguan.590820_CSWD.epw}
            it:
              groups: [{name: gpu, racks: 64, rack_power_kw: 130, utilization: 0.9}]
            power: {architecture: hvdc-240v}
            cooling:
              technology: cold_plate
              liquid: {facility_water_class: %s, facility_supply_temp_c: %s}
            """;
    /** Dry-cooler approach of the format's default (K). */
    private static final double APPROACH_K = 6.0;
    /** Chilled-water supply of the air path, the format's default (°C). */
    private static final double CHILLED_WATER_C = 18.0;

    private static long hoursAbove(WeatherSeries w, double dryBulbC) {
        long n = 0;
        for (int h = 0; h < w.hours(); h++) {
            n += w.dryBulbC(h) > dryBulbC ? 1 : 0;
        }
        return n;
    }

    @Test
    void eachLoopCountsItsOwnChillerHoursAndTheHeadlineIsAnyChillerRunning() {
        CompiledScenario w32 = Scenarios.fromYaml(HALL.formatted("W32", 32));
        CompiledScenario w40 = Scenarios.fromYaml(HALL.formatted("W40", 40));
        WeatherSeries weather = w32.model().weather();
        MetricValues a = Evaluation.of(w32, false).values();
        MetricValues b = Evaluation.of(w40, false).values();

        assertEquals(hoursAbove(weather, 32 - APPROACH_K), a.value(Metric.LIQUID_CHILLER_HOURS), "W32 liquid loop");
        assertEquals(hoursAbove(weather, 40 - APPROACH_K), b.value(Metric.LIQUID_CHILLER_HOURS), "W40 liquid loop");
        assertEquals(hoursAbove(weather, CHILLED_WATER_C - APPROACH_K), a.value(Metric.AIR_CHILLER_HOURS), "air side");
        assertEquals(8760 - a.value(Metric.LIQUID_CHILLER_HOURS), a.value(Metric.LIQUID_FREE_COOLING_HOURS));
        // The air side's chillers run whenever the liquid loop's do (its 18 °C chilled water needs colder air than W32's
        // 32 °C facility water), so "any chiller running" is the air side's count here, and full free cooling the rest.
        assertEquals(hoursAbove(weather, Math.min(32, CHILLED_WATER_C) - APPROACH_K), a.value(Metric.CHILLER_HOURS),
                "headline: any chiller running");
        assertEquals(8760 - a.value(Metric.CHILLER_HOURS), a.value(Metric.FULL_FREE_COOLING_HOURS));
        assertTrue(b.value(Metric.LIQUID_CHILLER_HOURS) < a.value(Metric.LIQUID_CHILLER_HOURS), "warmer water buys chiller-free hours");
        assertEquals(a.value(Metric.AIR_CHILLER_HOURS), b.value(Metric.AIR_CHILLER_HOURS), "the air side does not change");
    }

    @Test
    void anAirHallHasNoLiquidFigures() {
        CompiledScenario air = Scenarios.fromYaml("""
                name: air
                site:
                  weather: {type: epw, file: ../weather/CHN_Guangdong.Shaoguan.590820_CSWD.epw}
                it:
                  groups: [{name: cpu, racks: 100, rack_power_kw: 6}]
                power: {architecture: ac-ups-double-conversion}
                cooling: {technology: air}
                """);
        MetricValues v = Evaluation.of(air, false).values();
        assertTrue(Double.isNaN(v.value(Metric.LIQUID_CHILLER_HOURS)));
        assertEquals(v.value(Metric.AIR_CHILLER_HOURS), v.value(Metric.CHILLER_HOURS));
    }
}
