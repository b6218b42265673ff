package org.aidcsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.site.RideThroughStudy;
import org.aidcsim.thermal.CoolingLoad;
import org.aidcsim.thermal.Feed;
import org.aidcsim.thermal.RideThrough;
import org.aidcsim.thermal.RideThroughAnswers;
import org.aidcsim.units.Units;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The thermal ride-through in the transient's outputs: console lines, summary.json, CSV columns, a chart. No physics. */
public final class RideThroughReport {
    /** The temperatures, their CSV names and chart colours, in order. */
    private static final String[] NAMES = {"chip case", "coolant supply", "facility water", "server inlet air", "chilled water"};
    private static final String[] CSV = {"chip_case_c", "coolant_supply_c", "facility_water_c", "server_inlet_air_c", "chilled_water_c"};
    private static final Color[] COLORS = {new Color(0xd62728), new Color(0xff7f0e), new Color(0x1f77b4), new Color(0x2ca02c),
        new Color(0x17becf)};

    /** A peak this far past its limit is beyond where any IT keeps running (K). */
    private static final double BEYOND_SHUTDOWN_K = 30;

    private RideThroughReport() {
    }

    private static double[][] columns(RideThrough.Run run) {
        return new double[][] {run.chipCaseC(), run.coolantC(), run.facilityC(), run.roomC(), run.chilledC()};
    }

    /** Column names and values for transient.csv: only the temperatures the hall has. */
    public static List<String> csvNames(RideThroughStudy.Outcome o) {
        List<String> out = new ArrayList<>();
        double[][] c = columns(o.run());
        for (int k = 0; k < c.length; k++) {
            if (c[k].length > 0 && !Double.isNaN(c[k][0])) {
                out.add(CSV[k]);
            }
        }
        return out;
    }

    /** The temperatures of row {@code i}, in the order of {@link #csvNames}. */
    public static double[] csvRow(RideThroughStudy.Outcome o, int i) {
        double[][] c = columns(o.run());
        List<Double> out = new ArrayList<>();
        for (double[] col : c) {
            if (col.length > 0 && !Double.isNaN(col[0])) {
                out.add(col[i]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Console lines. */
    public static String table(RideThroughStudy.Outcome o) {
        StringBuilder sb = new StringBuilder("\nthermal ride-through (transient.cooling)\n");
        List<CoolingLoad> ups = o.setup().loads().stream().filter(l -> l.feed() == Feed.UPS).toList();
        row(sb, "cooling on the UPS", ups.isEmpty() ? "none" : String.join(", ", ups.stream().map(CoolingLoad::name).toList())
                + String.format(Locale.ROOT, " (%,.0f kW beside the IT)", Units.wToKw(o.setup().onUpsW())));
        row(sb, "generator bus down", String.format(Locale.ROOT, "%.1f s; chillers back %.0f s after it returns",
                o.busDownS(), o.setup().spec().chillerRestartS()));
        RideThrough.Run run = o.run();
        double[][] c = columns(run);
        for (int k = 0; k < NAMES.length; k++) {
            if (c[k].length == 0 || Double.isNaN(c[k][0])) {
                continue;
            }
            double peak = max(c[k]);
            Optional<Double> limit = limitOf(o, NAMES[k]);
            double at = run.firstS(NAMES[k]);
            double lossS = o.buses().gridToggleS().length > 0 ? o.buses().gridToggleS()[0] : 0.0;
            String value = String.format(Locale.ROOT, "peak %.1f °C", peak) + limit.map(l -> Double.isNaN(at)
                    ? String.format(Locale.ROOT, ", within its %.1f °C limit", l)
                    : String.format(Locale.ROOT, ", above its %.1f °C limit from %.1f s (%.1f s after the loss)", l, at, at - lossS))
                    .orElse("") + (limit.isPresent() && peak > limit.get() + BEYOND_SHUTDOWN_K
                    ? "; far past where any IT keeps running: at_limit: shutdown stops its heat" : "");
            row(sb, NAMES[k], value);
        }
        if (!Double.isNaN(run.shutdownS())) {
            row(sb, "IT shut down", String.format(Locale.ROOT, "at %.1f s (transient.cooling.at_limit: shutdown); the electrical "
                    + "figures above still count its load", run.shutdownS()));
        }
        if (o.loadDropped()) {
            row(sb, "note", "the backup dropped load above; these temperatures take the IT's heat as the backup served it");
        }
        if (o.endsBeforeCoolingIsBack()) {
            row(sb, "note", Double.isNaN(o.coolingBackS()) ? "the cooling's bus does not come back in the window (no generators, "
                    + "utility still out): the answers hold within the window only"
                    : String.format(Locale.ROOT, "the window ends at %.0f s, before the cooling is back at full duty at %.0f s: "
                            + "the answers hold within the window only (lengthen duration_s)", o.durationS(), o.coolingBackS()));
        }
        RideThroughAnswers.Answers a = o.answers();
        row(sb, "to keep every limit", a.smallestTankM3().map(m3 -> m3 == 0 ? "no tank needed"
                : "tanks of " + tanks(o, m3)).orElse(String.format(Locale.ROOT,
                "no tank of up to %,.0f m³ with the loads fed as they are", RideThroughAnswers.MAX_TANK_M3)));
        double addedW = a.upsLoadsW() - o.setup().onUpsW();
        row(sb, "  or on the UPS", a.upsLoads().map(names -> names.isEmpty() ? "nothing more"
                : String.join(", ", names) + String.format(Locale.ROOT, ": %,.0f kW, %,.1f kWh of battery until their bus is back",
                        Units.wToKw(a.upsLoadsW()), Units.joulesToKwh(a.upsEnergyJ()))
                        + (addedW > o.upsHeadroomW() ? String.format(Locale.ROOT, "; but the battery gives at most %,.0f kW beside the "
                        + "IT: a larger UPS", Units.wToKw(Math.max(0, o.upsHeadroomW()))) : "")).orElse("not even every pump and fan"));
        row(sb, "every pump on the UPS", a.firstLimitWithPumpsOnUps().map(x -> String.format(Locale.ROOT, "%s above %.1f °C from "
                + "%.1f s", x.limit(), x.limitC(), x.atS())).orElse("every limit kept"));
        row(sb, "  and tanks of", a.smallestTankWithPumpsOnUpsM3().map(m3 -> m3 == 0 ? "none needed"
                : tanks(o, m3) + " keep every limit").orElse("no size is enough"));
        row(sb, "assumed", String.format(Locale.ROOT, "rejection back at its design capacity %.0f s after its bus; IT mass %.0f kJ/K "
                + "a rack; %.2f kJ/K a cold plate (docs/backup-transients.md)", o.setup().spec().chillerRestartS(),
                Units.jToKj(o.setup().spec().itMassJPerKPerRack()), Units.jToKj(o.setup().spec().plateJPerKPerChip())));
        row(sb, "energy check", String.format(Locale.ROOT, "heat in %,.1f MJ = rejected %,.1f + held %,.1f MJ",
                Units.jToMj(run.heatInJ()), Units.jToMj(run.rejectedJ()), Units.jToMj(run.storedJ())));
        return sb.toString();
    }

    /** A tank volume as built: one tank a loop, split by the heat each carries. */
    private static String tanks(RideThroughStudy.Outcome o, double m3) {
        var hall = o.setup().hall();
        double liquidW = hall.liquid().map(l -> l.designHeatW()).orElse(0.0);
        double share = liquidW + hall.air().designHeatW() > 0 ? liquidW / (liquidW + hall.air().designHeatW()) : 0.0;
        return share > 0 ? String.format(Locale.ROOT, "%,.1f m³ (%,.1f on the facility water, %,.1f on the chilled water)", m3,
                m3 * share, m3 * (1 - share)) : String.format(Locale.ROOT, "%,.1f m³ on the chilled water", m3);
    }

    private static Optional<Double> limitOf(RideThroughStudy.Outcome o, String name) {
        var hall = o.setup().hall();
        return switch (name) {
            case RideThrough.CHIP_CASE -> hall.liquid().flatMap(l -> l.chip()).map(c -> c.caseLimitC());
            case RideThrough.COOLANT_SUPPLY -> hall.liquid().map(l -> l.coolantSupplyLimitC()).filter(Double::isFinite);
            case RideThrough.SERVER_INLET_AIR -> Optional.of(hall.air().inletLimitC());
            default -> Optional.empty();
        };
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-24s %s%n", label, value));
    }

    /** summary.json → thermal. */
    public static void json(ObjectNode root, RideThroughStudy.Outcome o) {
        ObjectNode t = root.putObject("thermal");
        ArrayNode loads = t.putArray("cooling_loads");
        for (CoolingLoad l : o.setup().loads()) {
            ObjectNode n = loads.addObject();
            n.put("name", l.name());
            n.put("feed", l.feed().key());
            n.put("power_kw", Numbers.full(Units.wToKw(l.powerW())));
            n.put("restart_delay_s", Numbers.full(l.restartDelayS()));
            n.put("ramp_s", Numbers.full(l.rampS()));
        }
        t.put("cooling_on_ups_kw", Numbers.full(Units.wToKw(o.setup().onUpsW())));
        t.put("generator_bus_down_s", Numbers.full(o.busDownS()));
        t.put("tank_m3", Numbers.full(o.setup().spec().tankM3()));
        ArrayNode limits = t.putArray("limits");
        RideThrough.Run run = o.run();
        double[][] c = columns(run);
        for (int k = 0; k < NAMES.length; k++) {
            if (c[k].length == 0 || Double.isNaN(c[k][0])) {
                continue;
            }
            ObjectNode n = limits.addObject();
            n.put("temperature", CSV[k]);
            n.put("peak_c", Numbers.full(max(c[k])));
            Optional<Double> limit = limitOf(o, NAMES[k]);
            if (limit.isPresent()) {
                n.put("limit_c", Numbers.full(limit.get()));
            } else {
                n.putNull("limit_c");
            }
            double at = run.firstS(NAMES[k]);
            if (Double.isNaN(at)) {
                n.putNull("reached_at_s");
            } else {
                n.put("reached_at_s", Numbers.full(at));
            }
        }
        t.put("holds", run.holds());
        t.put("load_dropped", o.loadDropped());
        t.put("window_ends_before_cooling_is_back", o.endsBeforeCoolingIsBack());
        t.put("ups_headroom_kw", Numbers.full(Units.wToKw(o.upsHeadroomW())));
        if (Double.isNaN(run.shutdownS())) {
            t.putNull("it_shutdown_at_s");
        } else {
            t.put("it_shutdown_at_s", Numbers.full(run.shutdownS()));
        }
        ObjectNode answers = t.putObject("to_keep_every_limit");
        RideThroughAnswers.Answers a = o.answers();
        putMaybe(answers, "smallest_tank_m3", a.smallestTankM3());
        if (a.upsLoads().isPresent()) {
            ArrayNode names = answers.putArray("loads_on_ups");
            a.upsLoads().get().forEach(names::add);
            answers.put("loads_on_ups_kw", Numbers.full(Units.wToKw(a.upsLoadsW())));
            answers.put("battery_energy_for_them_kwh", Numbers.full(Units.joulesToKwh(a.upsEnergyJ())));
        } else {
            answers.putNull("loads_on_ups");
        }
        putMaybe(answers, "smallest_tank_with_pumps_on_ups_m3", a.smallestTankWithPumpsOnUpsM3());
        if (a.firstLimitWithPumpsOnUps().isPresent()) {
            ObjectNode first = answers.putObject("first_limit_with_pumps_on_ups");
            first.put("limit", a.firstLimitWithPumpsOnUps().get().limit());
            first.put("reached_at_s", Numbers.full(a.firstLimitWithPumpsOnUps().get().atS()));
        } else {
            answers.putNull("first_limit_with_pumps_on_ups");
        }
        ObjectNode energy = t.putObject("energy_mj");
        energy.put("heat_in", Numbers.full(Units.jToMj(run.heatInJ())));
        energy.put("rejected", Numbers.full(Units.jToMj(run.rejectedJ())));
        energy.put("held", Numbers.full(Units.jToMj(run.storedJ())));
    }

    private static void putMaybe(ObjectNode n, String key, Optional<Double> v) {
        if (v.isPresent()) {
            n.put(key, Numbers.full(v.get()));
        } else {
            n.putNull(key);
        }
    }

    /** Temperatures against time, each limit as a dashed line in its colour, the outage's events marked. */
    public static JFreeChart chart(TransientModel m, RideThroughStudy.Outcome o) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        RideThrough.Run run = o.run();
        double[][] c = columns(run);
        double rowS = run.timeS().length > 1 ? run.timeS()[1] - run.timeS()[0] : 1.0;
        int n = 0;
        XYPlot plot = new XYPlot(data, new NumberAxis("time (s)"), new NumberAxis("temperature (°C)"), lines);
        for (int k = 0; k < NAMES.length; k++) {
            if (c[k].length == 0 || Double.isNaN(c[k][0])) {
                continue;
            }
            XYSeries s = new XYSeries(NAMES[k], false, false);
            for (int i = 0; i < c[k].length; i++) {
                s.add(run.timeS()[i] + rowS, c[k][i], false);
            }
            data.addSeries(s);
            lines.setSeriesPaint(n, COLORS[k]);
            lines.setSeriesStroke(n, new BasicStroke(2f));
            n++;
            int colour = k;
            limitOf(o, NAMES[k]).ifPresent(limit -> {
                ValueMarker marker = new ValueMarker(limit, COLORS[colour], new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
                marker.setLabel(String.format(Locale.ROOT, "%s limit %.0f °C", NAMES[colour], limit));
                marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                marker.setLabelPaint(COLORS[colour]);
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                plot.addRangeMarker(marker);
            });
        }
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.12);
        ((NumberAxis) plot.getDomainAxis()).setLowerMargin(0);
        ((NumberAxis) plot.getDomainAxis()).setUpperMargin(0);
        List<TransientModel.Event> events = new ArrayList<>(m.events());
        double online = o.buses().generatorOnlineS();
        if (Double.isFinite(online)) {
            events.add(new TransientModel.Event(online, "generators carry the load"));
            events.add(new TransientModel.Event(online + o.setup().spec().pumpRestartS() + o.setup().spec().pumpRampS(),
                    "pumps and fans back at full speed"));
        }
        if (Double.isFinite(o.coolingBackS()) && o.coolingBackS() > 0 && o.coolingBackS() <= m.durationS()) {
            events.add(new TransientModel.Event(o.coolingBackS(), "chillers back at full duty"));
        }
        for (var e : TransientChart.markers(events, m.durationS())) {
            plot.addDomainMarker(e);
        }
        JFreeChart chart = new JFreeChart(m.name() + ": temperatures through the outage", plot);
        PowerCharts.style(chart);
        List<String> listed = TransientChart.eventList(events, m.durationS());
        if (!listed.isEmpty()) {
            PowerCharts.note(chart, "Events: " + String.join("; ", listed) + ".");
        }
        return chart;
    }
}
