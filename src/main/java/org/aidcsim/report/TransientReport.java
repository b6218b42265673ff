package org.aidcsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
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

    public static String csv(TransientSeries s) {
        StringBuilder sb = new StringBuilder(s.size() * 120);
        sb.append("time_s,load_kw,grid_kw,generator_kw,battery_kw,supercap_kw,unserved_kw,battery_soc,supercap_voltage_v,source\n");
        Column[] kw = {Column.LOAD_W, Column.GRID_W, Column.GENERATOR_W, Column.BATTERY_W, Column.SUPERCAP_W, Column.UNSERVED_W};
        for (int i = 0; i < s.size(); i++) {
            Numbers.appendFixed(sb, s.timeS(i), 4);
            for (Column c : kw) {
                sb.append(',');
                Numbers.appendFixed(sb, Units.wToKw(s.get(c, i)), 3);
            }
            sb.append(',');
            Numbers.appendFixed(sb, s.get(Column.BATTERY_SOC, i), 5);
            sb.append(',');
            Numbers.appendFixed(sb, s.get(Column.SUPERCAP_VOLTAGE_V, i), 3);
            sb.append(',').append(TransientEngine.sourceName((int) s.get(Column.SOURCE, i))).append('\n');
        }
        return sb.toString();
    }

    public static String json(String toolVersion, String scenarioFile, TransientModel m, TransientResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("aidcsim_version", toolVersion);
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", m.name());
        scenario.put("file", scenarioFile);
        ObjectNode window = root.putObject("transient");
        window.put("duration_s", round(m.durationS(), 6));
        window.put("step_s", round(m.stepS(), 9));
        window.put("steps", m.steps());
        window.put("base_load_kw", round(Units.wToKw(m.basePowerW()), 3));
        ArrayNode events = window.putArray("events");
        for (TransientModel.Event e : m.events()) {
            ObjectNode n = events.addObject();
            n.put("at_s", round(e.timeS(), 6));
            n.put("event", e.label());
        }
        ObjectNode ride = root.putObject("ride_through");
        ride.put("verdict", r.ridesThrough() ? "rides through" : "load dropped");
        ride.put("unserved_energy_kwh", round(Units.joulesToKwh(r.unservedEnergyJ()), 6));
        ride.put("longest_unserved_interval_ms", round(Units.secondsToMs(r.longestUnservedS()), 3));
        ObjectNode takeover = ride.putObject("takeover_s");
        putMaybe(takeover, "supercap", r.supercapTakeoverS(), 6);
        putMaybe(takeover, "battery", r.batteryTakeoverS(), 6);
        putMaybe(takeover, "generator", r.generatorTakeoverS(), 6);
        putMaybe(ride, "min_state_of_charge", r.minSoc(), 5);
        putMaybe(ride, "min_supercap_voltage_v", r.minSupercapVoltageV(), 3);
        ride.put("fuel_used_l", round(r.fuelUsedL(), 3));
        ObjectNode energy = ride.putObject("energy_kwh");
        energy.put("load", round(Units.joulesToKwh(r.loadEnergyJ()), 4));
        energy.put("grid", round(Units.joulesToKwh(r.gridEnergyJ()), 4));
        energy.put("generator", round(Units.joulesToKwh(r.generatorEnergyJ()), 4));
        energy.put("battery_discharge", round(Units.joulesToKwh(r.batteryDischargeJ()), 4));
        energy.put("battery_charge", round(Units.joulesToKwh(r.batteryChargeJ()), 4));
        energy.put("supercap_discharge", round(Units.joulesToKwh(r.supercapDischargeJ()), 4));
        energy.put("supercap_charge", round(Units.joulesToKwh(r.supercapChargeJ()), 4));
        ObjectNode grid = root.putObject("grid_side");
        grid.put("smoothing", m.smoothing());
        if (m.rampLimitWPerS() < Double.POSITIVE_INFINITY) {
            grid.put("ramp_limit_mw_per_s", round(Units.wToMw(m.rampLimitWPerS()), 6));
        }
        grid.put("max_ramp_mw_per_s", round(Units.wToMw(r.gridMaxRampWPerS()), 6));
        grid.put("off_utility_s", round(r.offUtilityS(), 6));
        grid.put("drop_at_disconnection_mw", round(Units.wToMw(r.gridDropW()), 6));
        grid.put("pickup_at_reconnection_mw", round(Units.wToMw(r.gridPickupW()), 6));
        grid.put("peak_to_peak_mw", round(Units.wToMw(r.gridPeakToPeakW()), 6));
        grid.put("max_ramp_without_smoothing_mw_per_s", round(Units.wToMw(r.loadMaxRampWPerS()), 6));
        grid.put("peak_to_peak_without_smoothing_mw", round(Units.wToMw(r.loadPeakToPeakW()), 6));
        grid.put("storage_energy_needed_kwh", round(Units.joulesToKwh(r.storageEnergyNeededJ()), 4));
        grid.put("storage_power_needed_mw", round(Units.wToMw(r.storagePowerNeededW()), 6));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A number, or null where the layer never acted or does not exist (NaN). */
    private static void putMaybe(ObjectNode n, String key, double v, int decimals) {
        if (Double.isNaN(v)) {
            n.putNull(key);
        } else {
            n.put(key, round(v, decimals));
        }
    }

    private static BigDecimal round(double v, int decimals) {
        return Numbers.round(v, decimals);
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
            row(sb, "storage needed", String.format(Locale.ROOT, "%.2f kWh, %.3f MW", Units.joulesToKwh(r.storageEnergyNeededJ()),
                    Units.wToMw(r.storagePowerNeededW())));
        }
        return sb.toString();
    }

    private static String time(double t) {
        return Double.isNaN(t) ? "-" : String.format(Locale.ROOT, "%.3f", t);
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-24s %s%n", label, value));
    }
}
