package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aidcsim.engine.TransientSeries.Column;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.TransientCompiler;
import org.junit.jupiter.api.Test;

class TransientTest {
    /** 1 MW of IT (10 racks of 100 kW) on a chain that does not matter here. */
    static final String SITE = """
            name: t
            site: {weather: {type: constant, dry_bulb_c: 20}}
            it: {groups: [{name: g, racks: 10, rack_power_kw: 100}]}
            power: {architecture: hvdc-240v}
            cooling: {technology: cold_plate}
            """;

    static TransientModel model(String extra) throws ScenarioException {
        return TransientCompiler.compile(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/t.yaml"), SITE + extra)));
    }

    /** A Li-ion battery good for {@code seconds} at 1 MW from full to its 10 % floor (no Peukert, 100 % efficient). */
    private static String battery(double seconds) {
        double kwh = 1000 * seconds / 3600 / 0.9;
        // 1 MW from 1.5 kWh is a 650C discharge: lift the C-rate cap so that energy, not power, is the limit.
        return "  battery: {chemistry: li_ion, energy_kwh: %s, charge_efficiency: 1, max_discharge_c_rate: 5000}\n".formatted(kwh);
    }

    private static final String GENERATORS = """
              generators: {units: 1, unit_rating_kw: 1500, start_delay_s: 10, load_step_fraction: 1, load_step_interval_s: 0}
              transfer_switch: {transfer_time_s: 0}
            """;

    /**
     * A flat load on a floating battery: while connected the grid does not move at all (it fed the
     * load and the float before the window opened), and the outage is reported as such — the time
     * off utility and the power lost and taken back at once — not as a ramp.
     */
    @Test
    void anOutageIsNoGridRampAndIsReportedApart() throws Exception {
        // The grid is lost at 2 s and not back before the window ends.
        TransientModel m = model("backup:\n" + battery(300) + GENERATORS + """
                transient:
                  duration_s: 30
                  events: [{type: grid_outage, at_s: 2, duration_s: 60}]
                """);
        TransientResult r = TransientEngine.run(m);
        double floatW = m.battery().orElseThrow().floatLossW();
        assertTrue(floatW > 0, "the battery floats");
        assertEquals(0.0, r.gridMaxRampWPerS(), 0.0, "a flat load does not ramp the grid while it is connected");
        assertEquals(0.0, r.gridPeakToPeakW(), 0.0);
        assertEquals(1e6 + floatW, r.gridDropW(), 1e-6, "load and float lost at once");
        assertEquals(0.0, r.gridPickupW(), "never reconnected");
        assertEquals(28.0, r.offUtilityS(), 1e-6);

        // Back at 22 s; after the 1 s retransfer delay and a 0.1 s transfer the grid takes the load back at once.
        m = model("backup:\n" + battery(300) + GENERATORS.replace("{transfer_time_s: 0}", "{transfer_time_s: 0.1, retransfer_delay_s: 1}")
                + """
                transient:
                  duration_s: 40
                  events: [{type: grid_outage, at_s: 2, duration_s: 20}]
                """);
        r = TransientEngine.run(m);
        assertTrue(r.gridPickupW() >= 1e6, "the load returns to the grid: " + r.gridPickupW());
        assertEquals(20 + 1 + 0.1, r.offUtilityS(), 2 * m.stepS(), "outage, retransfer delay, transfer back");
    }

    @Test
    void aGeneratorThatFailsToStartIsAnEvent() throws Exception {
        TransientModel m = model("backup:\n" + battery(300) + GENERATORS.replace("units: 1,", "units: 2,") + """
                transient:
                  duration_s: 30
                  events: [{type: grid_outage, at_s: 2, duration_s: 20}, {type: generator_fail_to_start, units: 1}]
                """);
        assertTrue(m.events().stream().anyMatch(e -> e.timeS() == 2.0 && e.label().contains("1 generator set(s) fail to start")),
                m.events().toString());
    }

    /**
     * An outage 0.4 ms into a 1 ms step starts there, not at the next step: with no storage the
     * unserved energy is the load times the time from the loss to the generators (or the window's
     * end) to the microsecond, and the generators take over exactly their start delay after the loss.
     * Rounded to the step, both would be 0.6 ms late (999,000 J and 12.001 s).
     */
    @Test
    void eventsHappenAtTheirOwnTimeInsideAStep() throws Exception {
        TransientModel m = model("backup:\n" + GENERATORS + """
                transient:
                  duration_s: 15
                  events: [{type: grid_outage, at_s: 2.0004, duration_s: 60}]
                """);
        TransientResult r = TransientEngine.run(m);
        assertEquals(12.0004, r.generatorTakeoverS(), 1e-9, "online 10 s after the loss at 2.0004 s");
        assertEquals(1e6 * 10, r.unservedEnergyJ(), 1e-6 * 1e7, "1 MW unserved from 2.0004 s to 12.0004 s");
        TransientModel end = model("backup:\n" + GENERATORS + """
                transient:
                  duration_s: 3
                  events: [{type: grid_outage, at_s: 2.0004, duration_s: 60}]
                """);
        TransientResult cut = TransientEngine.run(end);
        assertEquals(999_600.0, cut.unservedEnergyJ(), 1e-3, "1 MW from 2.0004 s to the window's end at 3 s");
        assertEquals(0.9996, cut.offUtilityS(), 1e-9, "off utility from 2.0004 s to 3 s");
    }

    @Test
    void batteryGoodForFiveSecondsLeavesFiveSecondsUnserved() throws Exception {
        TransientModel m = model("backup:\n" + battery(5) + GENERATORS + """
                transient:
                  duration_s: 30
                  events: [{type: grid_outage, at_s: 2, duration_s: 20}]
                """);
        TransientResult r = TransientEngine.run(m);
        double expectedJ = 1e6 * 5;
        assertEquals(expectedJ, r.unservedEnergyJ(), 0.02 * expectedJ, "P × 5 s within 2 %");
        assertEquals(5.0, r.longestUnservedS(), 0.01);
        assertEquals(12.0, r.generatorTakeoverS(), 1e-9, "online 10 s after the loss");
        assertEquals(2.0, r.batteryTakeoverS(), 1e-9);
        assertTrue(!r.ridesThrough());
    }

    @Test
    void batteryGoodForFiveMinutesRidesThrough() throws Exception {
        TransientModel m = model("backup:\n" + battery(300) + GENERATORS + """
                transient:
                  duration_s: 30
                  events: [{type: grid_outage, at_s: 2, duration_s: 20}]
                """);
        TransientResult r = TransientEngine.run(m);
        assertEquals(0.0, r.unservedEnergyJ());
        assertTrue(r.ridesThrough());
        assertTrue(r.minSoc() < 1 && r.minSoc() > 0.9, "10 s of a 5-minute battery: " + r.minSoc());
        assertTrue(r.fuelUsedL() > 0);
    }

    @Test
    void powerBalancesInEveryRecordedInterval() throws Exception {
        TransientModel m = model("""
                backup:
                  supercap: {series: 100, parallel: 10, converter_rating_kw: 2000}
                  battery: {chemistry: vrla, energy_kwh: 100}
                  generators: {units: 2, unit_rating_kw: 800}
                transient:
                  duration_s: 60
                  output_step_s: 0.01
                  load: {type: inference, base_fraction: 0.5, burst_fraction: 1.0, burst_duration_s: 0.5, mean_interval_s: 2}
                  events:
                    - {type: grid_outage, at_s: 5, duration_s: 30}
                    - {type: voltage_sag, at_s: 45, duration_s: 0.2, depth_fraction: 0.3}
                """);
        TransientEngine.Recorded recorded = TransientEngine.runRecorded(m, done -> { });
        TransientResult r = recorded.result();
        TransientSeries series = recorded.series();
        TransientSeries s = series;
        assertEquals(6000, s.size());
        double floatW = m.battery().orElseThrow().floatLossW();
        double floatJ = 0;
        for (int i = 0; i < s.size(); i++) {
            floatJ += s.get(Column.SOURCE, i) == 0 ? floatW * s.outputStepS() : 0;
            double supplied = s.get(Column.GRID_W, i) - (s.get(Column.SOURCE, i) == 0 ? floatW : 0) + s.get(Column.GENERATOR_W, i)
                    + s.get(Column.BATTERY_W, i) + s.get(Column.SUPERCAP_W, i) + s.get(Column.UNSERVED_W, i);
            assertEquals(s.get(Column.LOAD_W, i), supplied, 1e-6 * 1e6, "balance at row " + i);
        }
        double supplied = r.gridEnergyJ() + r.generatorEnergyJ() + r.batteryDischargeJ() + r.supercapDischargeJ() + r.unservedEnergyJ()
                - r.batteryChargeJ() - r.supercapChargeJ();
        assertEquals(r.loadEnergyJ(), supplied - floatJ, 1e-6 * r.loadEnergyJ());
    }

    @Test
    void trainingSwingSmoothedToFiveMegawattsPerSecond() throws Exception {
        // 100 MW swinging 30 % <-> 100 % at 0.5 Hz (training swings every 1-2 s: Choukse et al., arXiv:2508.14318, 2025), ramp limit 5 MW/s.
        String yaml = SITE.replace("racks: 10, rack_power_kw: 100", "racks: 1000, rack_power_kw: 100") + """
                backup:
                  supercap: {series: 300, parallel: 120, converter_rating_kw: 60000}
                transient:
                  duration_s: 40
                  load: {type: training, low_fraction: 0.3, high_fraction: 1.0, period_s: 2, ramp_s: 0.05}
                  smoothing: {ramp_limit_mw_per_s: 5}
                """;
        TransientModel m = TransientCompiler.compile(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/t.yaml"), yaml)));
        TransientResult r = TransientEngine.run(m);
        assertTrue(r.gridMaxRampWPerS() <= 5e6 * (1 + 1e-9), "grid ramp " + r.gridMaxRampWPerS());
        assertTrue(r.loadMaxRampWPerS() > 1e9, "the load itself steps at 70 MW per 50 ms");
        assertTrue(r.gridPeakToPeakW() < 10e6 && r.loadPeakToPeakW() > 69e6, r.gridPeakToPeakW() + " vs " + r.loadPeakToPeakW());
        // A half period at ±35 MW around the mean moves about 35 MJ ≈ 10 kWh: the storage needed is of that order.
        double kwh = r.storageEnergyNeededJ() / 3.6e6;
        assertTrue(kwh > 9 && kwh < 60, "storage energy " + kwh + " kWh");
        assertEquals(0.0, r.unservedEnergyJ());
    }

    @Test
    void sameSeedSameBursts() throws Exception {
        String extra = """
                transient:
                  duration_s: 20
                  load: {type: inference, base_fraction: 0.4, burst_fraction: 0.9, burst_duration_s: 0.3, mean_interval_s: 1, seed: 7}
                """;
        TransientResult first = TransientEngine.run(model(extra));
        TransientResult second = TransientEngine.run(model(extra));
        assertEquals(first, second, "two runs of the same seed");
        TransientResult other = TransientEngine.run(model(extra.replace("seed: 7", "seed: 8")));
        assertTrue(other.loadEnergyJ() != TransientEngine.run(model(extra)).loadEnergyJ());
    }

    @Test
    void badTransientInputIsReportedAtItsField() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> model("""
                transient:
                  duration_s: -5
                  events: [{type: grid_outage, at_s: 1, duration_s: -2}]
                """));
        assertTrue(e.getMessage().contains("transient.duration_s: too small"), e.getMessage());
        assertTrue(e.getMessage().contains("transient.events[0].duration_s: too small"), e.getMessage());

        e = assertThrows(ScenarioException.class, () -> model("""
                backup:
                  supercap: {series: 10, parallel: 1, converter_rating_kw: 100, max_cell_voltage_v: 3.0}
                transient:
                  duration_s: 10
                  events: [{type: grid_outage, at_s: 12, duration_s: 1}]
                """));
        assertTrue(e.getMessage().contains("backup.supercap.max_cell_voltage_v: window above the cell rating (expected ≤ 2.7 V, found 3.0 V)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("transient.events[0].at_s: outside the simulated window (expected below duration_s 10.0 s, "
                + "found 12.0 s)"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> model(""));
        assertTrue(e.getMessage().contains("transient: no transient section to run"), e.getMessage());
    }

    @Test
    void aTraceDrivesTheLoadAndABadTraceIsReportedWithItsLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("trace.csv"), "time_s,power_kw\n0,500\n1,1000\n2,1000\n3,250\n");
        Files.writeString(dir.resolve("s.yaml"), SITE + """
                transient:
                  duration_s: 4
                  output_step_s: 1
                  load: {type: trace, file: trace.csv}
                """);
        TransientModel m = TransientCompiler.compile(SiteCompiler.compile(ScenarioLoader.load(dir.resolve("s.yaml"))));
        assertEquals(1e6, m.basePowerW(), 1e-9, "the trace's peak");
        TransientEngine.Recorded recorded = TransientEngine.runRecorded(m, done -> { });
        TransientResult r = recorded.result();
        TransientSeries series = recorded.series();
        // Interpolated linearly and held after its end: 0.75, 1.0, 0.625, 0.25 MW averaged over each second.
        assertEquals(0.75e6, series.get(Column.LOAD_W, 0), 1e3);
        assertEquals(1.0e6, series.get(Column.LOAD_W, 1), 1e3);
        assertEquals(0.625e6, series.get(Column.LOAD_W, 2), 1e3);
        assertEquals(0.25e6, series.get(Column.LOAD_W, 3), 1e3);
        assertEquals((0.75 + 1.0 + 0.625 + 0.25) * 1e6, r.loadEnergyJ(), 2e3);

        Files.writeString(dir.resolve("trace.csv"), "time_s,power_kw\n0,500\n1,lots\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> TransientCompiler.compile(SiteCompiler.compile(ScenarioLoader.load(dir.resolve("s.yaml")))));
        assertTrue(e.getMessage().contains("transient.load.file: ") && e.getMessage().contains("trace.csv:3: expected two numbers"),
                e.getMessage());
    }

    @Test
    void peakLimitCapsTheGridSide() throws Exception {
        String yaml = SITE.replace("racks: 10, rack_power_kw: 100", "racks: 1000, rack_power_kw: 100") + """
                backup:
                  supercap: {series: 300, parallel: 120, converter_rating_kw: 60000}
                transient:
                  duration_s: 30
                  output_step_s: 0.01
                  load: {type: training, low_fraction: 0.3, high_fraction: 1.0, period_s: 2, ramp_s: 0.05}
                  smoothing: {ramp_limit_mw_per_s: 100, peak_limit_mw: 70}
                """;
        TransientModel m = TransientCompiler.compile(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/t.yaml"), yaml)));
        TransientEngine.Recorded recorded = TransientEngine.runRecorded(m, done -> { });
        TransientResult r = recorded.result();
        TransientSeries series = recorded.series();
        double max = 0;
        for (int i = 0; i < series.size(); i++) {
            max = Math.max(max, series.get(Column.GRID_W, i));
        }
        assertTrue(max <= 70e6 * (1 + 1e-9), "grid peak " + max);
        assertEquals(0.0, r.unservedEnergyJ());
    }
}
