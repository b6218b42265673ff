package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aidcsim.backup.BackupParams;
import org.aidcsim.backup.GeneratorParams;
import org.aidcsim.metrics.Metric;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.Evaluation;
import org.junit.jupiter.api.Test;

/** A UPS or DC-bus design without a backup section gets a documented battery and generators; backup: none gets none. */
class AssumedBackupTest {
    private static final String HALL = """
            name: hall
            site: {weather: {type: epw, file: ../weather/CHN_Guangdong.Shaoguan.590820_CSWD.epw}}
            it: {groups: [{name: cpu, racks: 300, rack_power_kw: 6}]}
            power: {architecture: ac-ups-double-conversion}
            cooling: {technology: air}
            """;

    @Test
    void aUpsWithoutABackupSectionGetsABatteryAndGenerators() {
        CompiledScenario c = Scenarios.fromYaml(HALL);
        assertEquals(BackupParams.Origin.ASSUMED, c.backupOrigin());
        double itW = c.model().designItPowerW();
        assertEquals(300.0, c.backup().batteryBank().orElseThrow().runtimeS(itW), 1e-6, "5 minutes at design IT load");
        GeneratorParams g = c.backup().generators().orElseThrow();
        double designW = DesignPoint.facilityPowerW(c.model());
        assertTrue(designW > itW, "the design facility power includes losses and cooling");
        assertTrue((g.units() - 1) * g.unitRatingW() >= designW && (g.units() - 2) * g.unitRatingW() < designW,
                g.units() + " sets for " + designW + " W: N+1");

        CompiledScenario none = Scenarios.fromYaml(HALL + "backup: none\n");
        assertEquals(BackupParams.Origin.NONE, none.backupOrigin());
        assertTrue(none.backup().battery().isEmpty() && none.backup().generators().isEmpty());

        Evaluation assumed = Evaluation.of(c, false, 20_000);
        Evaluation bare = Evaluation.of(none, false, 20_000);
        assertTrue(assumed.values().value(Metric.DOWNTIME_MIN_PER_YEAR) < bare.values().value(Metric.DOWNTIME_MIN_PER_YEAR) / 10,
                "a battery and generators ride through utility outages: " + assumed.values().value(Metric.DOWNTIME_MIN_PER_YEAR)
                        + " against " + bare.values().value(Metric.DOWNTIME_MIN_PER_YEAR) + " min/yr");
        assertTrue(assumed.economics().capex().get("backup") > 0 && bare.economics().capex().get("backup") == 0, "priced");
        assertTrue(c.model().standbyLossW() > 0 && none.model().standbyLossW() == 0, "the battery floats");
    }

    @Test
    void aChainWithNothingToBackGetsNone() {
        CompiledScenario c = Scenarios.fromYaml("""
                name: bare
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it: {groups: [{name: cpu, racks: 10, rack_power_kw: 6}]}
                power:
                  stages:
                    - {name: transformer, kind: transformer, loss_terms: {no_load_fraction: 0.002, quadratic_fraction: 0.01}}
                    - {name: psu, kind: shelf, loss_terms: {no_load_fraction: 0.01, quadratic_fraction: 0.02}}
                cooling: {technology: air}
                """);
        assertEquals(BackupParams.Origin.NONE, c.backupOrigin());
    }
}
