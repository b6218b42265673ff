package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aidcsim.it.DiurnalProfile;
import org.aidcsim.it.ItLoad;
import org.aidcsim.it.RackGroup;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.MetricsAccumulator;
import org.aidcsim.weather.WeatherSeries;
import org.junit.jupiter.api.Test;

/**
 * A flat load's hours are computed once per weather class; the figures must be those the plant
 * computes hour by hour. The same site with a "diurnal" profile whose trough is its peak (so flat,
 * but not known to be) runs every hour: a step-by-step run that restores each class's cooling must
 * agree with it bit for bit, and a run of one step per class to rounding.
 */
class WeatherClassCacheTest {
    private static SiteModel unmarkedFlat(SiteModel m) {
        return m.withItLoad(new ItLoad(m.itLoad().groups().stream().map(g -> new RackGroup(g.name(), g.racks(), g.rackPowerW(),
                g.utilization(), new DiurnalProfile(1.0, 14))).toList()));
    }

    @Test
    void classesComputedOnceGiveTheFiguresOfEveryHour() {
        for (String file : List.of("scenarios/ai-hall-cold-plate.yaml", "scenarios/cold-plate-towers-denver.yaml",
                "scenarios/traditional-air-ups.yaml", "scenarios/cold-plate-pg25-chicago.yaml")) {
            SiteModel m = Scenarios.model(file);
            if (!m.itLoad().flat()) {
                m = m.withItLoad(new ItLoad(m.itLoad().groups().stream().map(g -> new RackGroup(g.name(), g.racks(),
                        g.rackPowerW(), g.utilization(), new org.aidcsim.it.ConstantProfile())).toList()));
            }
            AnnualMetrics everyHour = AnnualRun.metricsOnly(unmarkedFlat(m));
            // step by step, each class's cooling computed once and restored: bit for bit
            MetricsAccumulator stepwise = new MetricsAccumulator(m.powerChain().size(), m.powerChain().rackStageCount(), m.cooling());
            AnnualEngine.run(m, stepwise);
            assertEquals(everyHour, stepwise.result(), file);
            // one step per class lasting its hours: the same totals to rounding, the same extremes and hours
            AnnualMetrics byClass = AnnualRun.metricsOnly(m);
            assertEquals(everyHour.facilityEnergyJ(), byClass.facilityEnergyJ(), 1e-12 * everyHour.facilityEnergyJ(), file);
            assertEquals(everyHour.itEnergyJ(), byClass.itEnergyJ(), 1e-12 * everyHour.itEnergyJ(), file);
            assertEquals(everyHour.chillerEnergyJ(), byClass.chillerEnergyJ(), 1e-12 * everyHour.facilityEnergyJ(), file);
            assertEquals(everyHour.waterKg(), byClass.waterKg(), 1e-12 * Math.max(1, everyHour.waterKg()), file);
            assertEquals(everyHour.simulatedS(), byClass.simulatedS(), 0.0, file);
            assertEquals(everyHour.chillerOnS(), byClass.chillerOnS(), 0.0, file);
            assertEquals(everyHour.peakFacilityPowerW(), byClass.peakFacilityPowerW(), 0.0, file);
            assertEquals(everyHour.pueMaxStep(), byClass.pueMaxStep(), 0.0, file);
            assertEquals(everyHour.pueMinStep(), byClass.pueMinStep(), 0.0, file);
        }
    }

    @Test
    void hourClassesGroupEqualWeatherOnly() {
        WeatherSeries w = Scenarios.model("scenarios/cold-plate-towers-denver.yaml").weather();
        int[] dry = w.hourClasses(false);
        int[] wet = w.hourClasses(true);
        Set<Integer> distinct = new HashSet<>();
        for (int i = 0; i < w.hours(); i++) {
            distinct.add(wet[i]);
            for (int j : new int[] {0, i / 2, i - 1}) {
                if (j >= 0 && dry[i] == dry[j]) {
                    assertTrue(w.dryBulbC(i) == w.dryBulbC(j) && w.dewPointC(i) == w.dewPointC(j), "hours " + i + ", " + j);
                }
                if (j >= 0 && wet[i] == wet[j]) {
                    assertEquals(w.wetBulbC(j), w.wetBulbC(i), 0.0);
                }
            }
        }
        assertTrue(distinct.size() < w.hours(), "an EPW year repeats some weather");
    }
}
