package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aidcsim.backup.InRackStorage;
import org.aidcsim.engine.TransientSeries.Column;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.TransientCompiler;
import org.junit.jupiter.api.Test;

/** Storage inside the racks: its energy bookkeeping, its smoothing of the racks' feed and its ride-through. */
class InRackStorageTest {
    /** 1 MW of IT (10 racks of 100 kW), as the other transient tests have it. */
    private static TransientModel model(String extra) throws ScenarioException {
        return TransientTest.model(extra);
    }

    /** By hand: round trip 0.81 is 0.9 each way; 1,000 J in keeps 900 J, 810 J out draws 900 J. */
    @Test
    void eachWayLosesTheSquareRootOfTheRoundTrip() {
        InRackStorage s = new InRackStorage(10_000, 1_000, 0.81).freshAt(0.0);
        assertEquals(1_000, s.charge(1_000, 1.0), 1e-9);
        assertEquals(900, s.storedJ(), 1e-9);
        assertEquals(810, s.discharge(810, 1.0), 1e-9);
        assertEquals(0, s.storedJ(), 1e-9);
        assertEquals(190, s.lossJ(), 1e-9, "1,000 J in, 810 J out");
        assertEquals(0, s.discharge(100, 1.0), 0.0, "empty gives nothing");
        // power-limited, and only the share of the step it lasts when it fills inside the step
        InRackStorage f = new InRackStorage(500, 1_000, 1.0).freshAt(0.0);
        assertEquals(500, f.charge(5_000, 1.0), 1e-9, "1,000 W cap, full after half the step: 500 W averaged");
        assertEquals(500, f.storedJ(), 1e-9);
    }

    /**
     * A 30-100 % training swing at 0.5 Hz: the racks' feed never ramps faster than the in-rack limit,
     * every row balances (demand = grid + in-rack storage, nothing else here), and the storage's losses
     * close its own energy balance (taken − given − held more at the end).
     */
    @Test
    void theRacksFeedKeepsItsRampLimitAndEveryRowBalances() throws Exception {
        TransientModel m = model("""
                backup: none
                transient:
                  duration_s: 30
                  output_step_s: 0.01
                  load: {type: training, low_fraction: 0.3, high_fraction: 1.0, period_s: 2, ramp_s: 0.05}
                  in_rack: {energy_kj_per_rack: 150, ramp_limit_kw_per_s_per_rack: 10, time_constant_s: 5}
                """);
        TransientEngine.Recorded recorded = TransientEngine.runRecorded(m, done -> { });
        TransientResult r = recorded.result();
        TransientSeries series = recorded.series();
        TransientResult.InRack in = r.inRack().orElseThrow();
        assertTrue(in.feedMaxRampWPerS() <= 10 * 10e3 * (1 + 1e-9), "the feed holds 100 kW/s: found " + in.feedMaxRampWPerS());
        assertTrue(r.gridMaxRampWPerS() <= 10 * 10e3 * (1 + 1e-9), "the grid sees the feed: found " + r.gridMaxRampWPerS());
        assertTrue(r.loadMaxRampWPerS() > 1e7, "the racks themselves step at 14 MW/s");
        assertTrue(in.minStoredFraction() > 0, "150 kJ per rack does not run dry");
        TransientSeries s = series;
        for (int i = 0; i < s.size(); i++) {
            assertEquals(s.get(Column.LOAD_W, i), s.get(Column.GRID_W, i) + s.get(Column.IN_RACK_W, i), 1e-6, "row " + i);
        }
        assertEquals(r.loadEnergyJ(), r.gridEnergyJ() + in.dischargeJ() - in.chargeJ(), 1e-6 * r.loadEnergyJ());
        double heldMoreJ = in.chargeJ() - in.dischargeJ() - in.lossJ();
        assertTrue(Math.abs(heldMoreJ) < 0.5 * m.inRack().orElseThrow().usableEnergyJ(), "the restoring term keeps it near half full");
        assertTrue(in.lossJ() > 0.02 * in.dischargeJ() && in.lossJ() < 0.06 * (in.chargeJ() + in.dischargeJ()),
                "round trip 0.95: about 2.5 % of what passes each way");
    }

    /**
     * Battery backup units carry the racks through an outage the facility has no storage for: 1 MW
     * from 10 x 1 kWh at round trip 0.9 (0.9487 each way) lasts 10 x 3.6 MJ x 0.9487 / 1 MW = 34.15 s;
     * a 60 s outage leaves 25.85 s unserved.
     */
    @Test
    void batteryBackupUnitsRideThroughWhatTheFacilityCannot() throws Exception {
        TransientModel m = model("""
                backup: none
                transient:
                  duration_s: 70
                  events: [{type: grid_outage, at_s: 5, duration_s: 60}]
                  in_rack: {kind: bbu, energy_kj_per_rack: 3600, power_kw_per_rack: 150, ramp_limit_kw_per_s_per_rack: 1000}
                """);
        TransientResult r = TransientEngine.run(m);
        double lastsS = 10 * 3.6e6 * Math.sqrt(0.9) / 1e6;
        // it starts half full for smoothing, and the constant load never draws on it before the outage
        double halfLastsS = lastsS / 2;
        assertEquals((60 - halfLastsS) * 1e6, r.unservedEnergyJ(), 1e6 * 0.01);
        assertEquals(halfLastsS * 1e6, r.inRack().orElseThrow().dischargeJ(), 1e6 * 0.01);
    }

    @Test
    void catalogueRacksBringTheirCapacitorsAndOthersMustSayHowMuch() throws Exception {
        String gb300 = TransientTest.SITE.replace("{name: g, racks: 10, rack_power_kw: 100}", "{name: g, system: gb300-nvl72, racks: 10}");
        TransientModel m = TransientCompiler.compile(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/t.yaml"), gb300 + """
                transient:
                  duration_s: 1
                  in_rack: {ramp_limit_kw_per_s_per_rack: 10}
                """)));
        assertEquals(10 * 4680, m.inRack().orElseThrow().usableEnergyJ(), 1e-9, "GB300 NVL72: 65 J x 72 GPUs per rack");
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> model("""
                transient:
                  duration_s: 1
                  in_rack: {ramp_limit_kw_per_s_per_rack: 10}
                """));
        assertTrue(e.getMessage().contains("transient.in_rack: no in-rack storage energy (expected energy_kj_per_rack, or racks of a "
                + "catalogue system that publishes its capacitor energy; found neither)"), e.getMessage());
    }
}
