package org.aidcsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.aidcsim.site.RideThroughStudy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.aidcsim.engine.TransientEngine;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.engine.TransientResult;
import org.aidcsim.engine.TransientSeries.Column;
import org.aidcsim.engine.TransientSeries;
import org.aidcsim.units.Units;

/** transient.csv and the transient summary.json. Reads results; no physics. */
public final class TransientReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private TransientReport() {
    }

    /** transient.csv; the in_rack_kw column (in-rack storage, positive when it gives) only for a site with in-rack storage. */
    public static String csv(TransientSeries s, boolean inRack) {
        return csv(s, inRack, Optional.empty());
    }

    /** The same with the ride-through's temperatures at the end of each row, when there is one. */
    public static String csv(TransientSeries s, boolean inRack, Optional<RideThroughStudy.Outcome> thermal) {
        StringBuilder sb = new StringBuilder(s.size() * 120);
        sb.append("time_s,load_kw,grid_kw,generator_kw,battery_kw,supercap_kw,unserved_kw,").append(inRack ? "in_rack_kw," : "")
                .append("battery_soc,supercap_voltage_v,source");
        thermal.ifPresent(t -> RideThroughReport.csvNames(t).forEach(n -> sb.append(',').append(n)));
        sb.append('\n');
        Column[] kw = inRack
                ? new Column[] {Column.LOAD_W, Column.GRID_W, Column.GENERATOR_W, Column.BATTERY_W, Column.SUPERCAP_W, Column.UNSERVED_W,
                    Column.IN_RACK_W}
                : new Column[] {Column.LOAD_W, Column.GRID_W, Column.GENERATOR_W, Column.BATTERY_W, Column.SUPERCAP_W, Column.UNSERVED_W};
        for (int i = 0; i < s.size(); i++) {
            Numbers.appendFull(sb, s.timeS(i));
            for (Column c : kw) {
                sb.append(',');
                Numbers.appendFull(sb, Units.wToKw(s.get(c, i)));
            }
            sb.append(',');
            Numbers.appendFull(sb, s.get(Column.BATTERY_SOC, i));
            sb.append(',');
            Numbers.appendFull(sb, s.get(Column.SUPERCAP_VOLTAGE_V, i));
            sb.append(',').append(TransientEngine.sourceName((int) s.get(Column.SOURCE, i)));
            if (thermal.isPresent()) {
                for (double c : RideThroughReport.csvRow(thermal.get(), i)) {
                    sb.append(',');
                    Numbers.appendFull(sb, c);
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static String json(String toolVersion, String scenarioFile, TransientModel m, TransientResult r) {
        return json(toolVersion, scenarioFile, m, r, Optional.empty());
    }

    /** The same with the ride-through under {@code thermal}, when there is one. */
    public static String json(String toolVersion, String scenarioFile, TransientModel m, TransientResult r,
            Optional<RideThroughStudy.Outcome> thermal) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("aidcsim_version", toolVersion);
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", m.name());
        scenario.put("file", scenarioFile);
        ObjectNode window = root.putObject("transient");
        window.put("duration_s", Numbers.full(m.durationS()));
        window.put("step_s", Numbers.full(m.stepS()));
        window.put("steps", m.steps());
        window.put("base_load_kw", Numbers.full(Units.wToKw(m.basePowerW())));
        ArrayNode events = window.putArray("events");
        for (TransientModel.Event e : m.events()) {
            ObjectNode n = events.addObject();
            n.put("at_s", Numbers.full(e.timeS()));
            n.put("event", e.label());
        }
        ObjectNode ride = root.putObject("ride_through");
        ride.put("verdict", r.ridesThrough() ? "rides through" : "load dropped");
        ride.put("unserved_energy_kwh", Numbers.full(Units.joulesToKwh(r.unservedEnergyJ())));
        ride.put("longest_unserved_interval_ms", Numbers.full(Units.secondsToMs(r.longestUnservedS())));
        ObjectNode takeover = ride.putObject("takeover_s");
        putMaybe(takeover, "supercap", r.supercapTakeoverS());
        putMaybe(takeover, "battery", r.batteryTakeoverS());
        putMaybe(takeover, "generator", r.generatorTakeoverS());
        putMaybe(ride, "min_state_of_charge", r.minSoc());
        putMaybe(ride, "min_supercap_voltage_v", r.minSupercapVoltageV());
        ride.put("fuel_used_l", Numbers.full(r.fuelUsedL()));
        ObjectNode energy = ride.putObject("energy_kwh");
        energy.put("load", Numbers.full(Units.joulesToKwh(r.loadEnergyJ())));
        energy.put("grid", Numbers.full(Units.joulesToKwh(r.gridEnergyJ())));
        energy.put("generator", Numbers.full(Units.joulesToKwh(r.generatorEnergyJ())));
        energy.put("battery_discharge", Numbers.full(Units.joulesToKwh(r.batteryDischargeJ())));
        energy.put("battery_charge", Numbers.full(Units.joulesToKwh(r.batteryChargeJ())));
        energy.put("supercap_discharge", Numbers.full(Units.joulesToKwh(r.supercapDischargeJ())));
        energy.put("supercap_charge", Numbers.full(Units.joulesToKwh(r.supercapChargeJ())));
        ObjectNode grid = root.putObject("grid_side");
        grid.put("smoothing", m.smoothing());
        if (m.rampLimitWPerS() < Double.POSITIVE_INFINITY) {
            grid.put("ramp_limit_mw_per_s", Numbers.full(Units.wToMw(m.rampLimitWPerS())));
        }
        grid.put("max_ramp_mw_per_s", Numbers.full(Units.wToMw(r.gridMaxRampWPerS())));
        grid.put("off_utility_s", Numbers.full(r.offUtilityS()));
        grid.put("drop_at_disconnection_mw", Numbers.full(Units.wToMw(r.gridDropW())));
        grid.put("pickup_at_reconnection_mw", Numbers.full(Units.wToMw(r.gridPickupW())));
        grid.put("peak_to_peak_mw", Numbers.full(Units.wToMw(r.gridPeakToPeakW())));
        grid.put("max_ramp_without_smoothing_mw_per_s", Numbers.full(Units.wToMw(r.loadMaxRampWPerS())));
        grid.put("peak_to_peak_without_smoothing_mw", Numbers.full(Units.wToMw(r.loadPeakToPeakW())));
        grid.put("storage_energy_needed_kwh", Numbers.full(Units.joulesToKwh(r.storageEnergyNeededJ())));
        grid.put("storage_power_needed_mw", Numbers.full(Units.wToMw(r.storagePowerNeededW())));
        grid.put("storage_losses_kwh", Numbers.full(Units.joulesToKwh(r.facilityStorageLossJ())));
        r.inRack().ifPresent(in -> {
            ObjectNode rack = root.putObject("in_rack");
            rack.put("usable_energy_kwh", Numbers.full(Units.joulesToKwh(m.inRack().orElseThrow().usableEnergyJ())));
            rack.put("power_mw", Numbers.full(Units.wToMw(m.inRack().orElseThrow().maxPowerW())));
            rack.put("ramp_limit_mw_per_s", Numbers.full(Units.wToMw(m.inRackRampLimitWPerS())));
            rack.put("feed_max_ramp_mw_per_s", Numbers.full(Units.wToMw(in.feedMaxRampWPerS())));
            rack.put("feed_peak_to_peak_mw", Numbers.full(Units.wToMw(in.feedPeakToPeakW())));
            rack.put("discharge_kwh", Numbers.full(Units.joulesToKwh(in.dischargeJ())));
            rack.put("charge_kwh", Numbers.full(Units.joulesToKwh(in.chargeJ())));
            rack.put("losses_kwh", Numbers.full(Units.joulesToKwh(in.lossJ())));
            rack.put("energy_needed_kwh", Numbers.full(Units.joulesToKwh(in.energyNeededJ())));
            rack.put("power_needed_mw", Numbers.full(Units.wToMw(in.powerNeededW())));
            rack.put("min_stored_fraction", Numbers.full(in.minStoredFraction()));
        });
        thermal.ifPresent(t -> RideThroughReport.json(root, t));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A number, or null where the layer never acted or does not exist (NaN). */
    private static void putMaybe(ObjectNode n, String key, double v) {
        if (Double.isNaN(v)) {
            n.putNull(key);
        } else {
            n.put(key, Numbers.full(v));
        }
    }



    /** The lines printed after a transient run. */
    public static String table(TransientModel m, TransientResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %.3f s at %.3f ms steps, base load %,.0f kW%n%n", m.name(), m.durationS(),
                Units.secondsToMs(m.stepS()), Units.wToKw(m.basePowerW())));
        row(sb, "verdict", r.ridesThrough() ? "rides through" : "LOAD DROPPED");
        row(sb, "unserved energy", String.format(Locale.ROOT, "%.3f kWh, longest gap %.1f ms", Units.joulesToKwh(r.unservedEnergyJ()),
                Units.secondsToMs(r.longestUnservedS())));
        row(sb, "takeover (s)", String.format(Locale.ROOT, "supercap %s, battery %s, generator %s",
                time(r.supercapTakeoverS()), time(r.batteryTakeoverS()), time(r.generatorTakeoverS())));
        if (!Double.isNaN(r.minSoc())) {
            row(sb, "lowest battery SoC", String.format(Locale.ROOT, "%.1f %%", 100 * r.minSoc()));
        }
        if (!Double.isNaN(r.minSupercapVoltageV())) {
            row(sb, "lowest supercap voltage", String.format(Locale.ROOT, "%.1f V", r.minSupercapVoltageV()));
        }
        row(sb, "fuel used", String.format(Locale.ROOT, "%.1f L", r.fuelUsedL()));
        row(sb, "grid, while connected", String.format(Locale.ROOT, "ramp max %.3f MW/s, peak-to-peak %.3f MW",
                Units.wToMw(r.gridMaxRampWPerS()), Units.wToMw(r.gridPeakToPeakW())));
        row(sb, "  the load itself", String.format(Locale.ROOT, "ramp max %.3f MW/s, peak-to-peak %.3f MW (the grid without "
                + "smoothing)", Units.wToMw(r.loadMaxRampWPerS()), Units.wToMw(r.loadPeakToPeakW())));
        if (r.offUtilityS() > 0) {
            row(sb, "grid, disconnections", String.format(Locale.ROOT, "%.3f s off utility; %.3f MW lost at once; %s",
                    r.offUtilityS(), Units.wToMw(r.gridDropW()), r.gridPickupW() > 0
                            ? String.format(Locale.ROOT, "%.3f MW taken back at once", Units.wToMw(r.gridPickupW()))
                            : "not back on utility within the window"));
        }
        if (m.smoothing()) {
            row(sb, "facility storage needed", String.format(Locale.ROOT, "%.2f kWh, %.3f MW; losses %.3f kWh",
                    Units.joulesToKwh(r.storageEnergyNeededJ()), Units.wToMw(r.storagePowerNeededW()),
                    Units.joulesToKwh(r.facilityStorageLossJ())));
        }
        r.inRack().ifPresent(in -> {
            row(sb, "racks' feed (in-rack)", String.format(Locale.ROOT, "ramp max %.3f MW/s, peak-to-peak %.3f MW (what the facility sees)",
                    Units.wToMw(in.feedMaxRampWPerS()), Units.wToMw(in.feedPeakToPeakW())));
            row(sb, "in-rack storage", String.format(Locale.ROOT, "energy swing %.3f kWh (usable %.3f kWh), %.3f MW; losses %.3f kWh; lowest %.0f %% full",
                    Units.joulesToKwh(in.energyNeededJ()), Units.joulesToKwh(m.inRack().orElseThrow().usableEnergyJ()),
                    Units.wToMw(in.powerNeededW()), Units.joulesToKwh(in.lossJ()), 100 * in.minStoredFraction()));
        });
        return sb.toString();
    }

    private static String time(double t) {
        return Double.isNaN(t) ? "-" : String.format(Locale.ROOT, "%.3f", t);
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-24s %s%n", label, value));
    }

    /** report.html of a transient run: the summary as a table, the power chart, the events. */
    public static String html(String scenarioFile, TransientModel m, TransientResult r, JFreeChart chart) throws IOException {
        return html(scenarioFile, m, r, chart, Optional.empty());
    }

    /** The same with the ride-through's figures and temperature chart, when there is one. */
    public static String html(String scenarioFile, TransientModel m, TransientResult r, JFreeChart chart,
            Optional<RideThroughStudy.Outcome> thermal) throws IOException {
        HtmlReport h = new HtmlReport("aidcsim transient: " + m.name(), scenarioFile);
        h.heading("Ride-through and grid side");
        List<List<String>> rows = new ArrayList<>();
        for (String line : table(m, r).lines().toList()) {
            String t = line.strip();
            int gap = t.indexOf("  ");
            if (line.startsWith("  ") && gap > 0) {
                rows.add(List.of(t.substring(0, gap).strip(), t.substring(gap).strip()));
            }
        }
        h.table(List.of("figure", "value"), rows, null);
        h.chart(chart, 1100, 560, "Who carries the load: the sources stacked (storage charging below zero), the load as a dashed "
                + "line, the events numbered.");
        if (thermal.isPresent()) {
            h.heading("Thermal ride-through");
            List<List<String>> trows = new ArrayList<>();
            for (String line : RideThroughReport.table(thermal.get()).lines().toList()) {
                String t = line.strip();
                int gap = t.indexOf("  ");
                if (line.startsWith("  ") && gap > 0) {
                    trows.add(List.of(t.substring(0, gap).strip(), t.substring(gap).strip()));
                }
            }
            h.table(List.of("figure", "value"), trows, null);
            h.chart(RideThroughReport.chart(m, thermal.get()), 1100, 560, "The hall's temperatures through the window, each limit "
                    + "dashed in its colour: chip case, coolant and facility water on the liquid side; the air the IT takes in and the "
                    + "chilled water on the air side.");
        }
        h.heading("Events");
        if (m.events().isEmpty()) {
            h.note("No events in the window: the load alone drives it.");
            return h.render();
        }
        h.table(List.of("at (s)", "event"), m.events().stream().map(e -> List.of(String.format(Locale.ROOT, "%,.3f", e.timeS()),
                e.label())).toList(), null);
        return h.render();
    }
}
