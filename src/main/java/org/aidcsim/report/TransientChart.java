package org.aidcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.engine.TransientSeries.Column;
import org.aidcsim.engine.TransientSeries;
import org.aidcsim.units.Units;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Who carries the load: the sources stacked as areas (storage charging stacks below zero), the load
 * drawn as a line over them, so that the stack meets the line wherever the load is served and a
 * gap shows as unserved. Events are numbered at their markers, a number shared by events close in
 * time, and listed under the chart, so that no two labels overlap. No physics.
 */
public final class TransientChart {
    /** Events closer than this share of the window share a marker. */
    private static final double SAME_MARKER_SHARE = 0.03;

    private TransientChart() {
    }

    public static JFreeChart powerBySource(TransientModel m, TransientSeries s) {
        String[] names = {"grid", "generator", "battery (charging below 0)", "supercap (charging below 0)",
            "in-rack storage (charging below 0)", "unserved"};
        Column[] cols = {Column.GRID_W, Column.GENERATOR_W, Column.BATTERY_W, Column.SUPERCAP_W, Column.IN_RACK_W, Column.UNSERVED_W};
        Color[] colors = {new Color(0xa0a0a0), new Color(0x8c564b), new Color(0x2ca02c), new Color(0x1f77b4), new Color(0x9467bd),
            new Color(0xd62728)};
        // A layer the site does not have, or that never acts, only clutters the legend.
        List<Integer> present = new ArrayList<>();
        for (int c = 0; c < cols.length; c++) {
            for (int i = 0; i < s.size() && !present.contains(c); i++) {
                if (s.get(cols[c], i) != 0) {
                    present.add(c);
                }
            }
        }
        // Stacked by hand, each layer one polygon from zero to its running sum (giving above zero, charging below),
        // drawn from the top of the stack down so that each covers the one above it where it reaches: one shape
        // per layer leaves no seams between the thousands of steps a stacked-area renderer draws one by one.
        XYSeriesCollection sources = new XYSeriesCollection();
        XYAreaRenderer areas = new XYAreaRenderer(XYAreaRenderer.AREA);
        int rows = s.size();
        double[] up = new double[rows];
        double[] down = new double[rows];
        List<XYSeries[]> layers = new ArrayList<>();
        for (int c : present) {
            XYSeries above = new XYSeries(names[c], false, false);
            XYSeries below = new XYSeries(names[c] + " (below zero)", false, false);
            for (int i = 0; i < rows; i++) {
                double v = Units.wToMw(s.get(cols[c], i));
                up[i] += Math.max(v, 0.0);
                down[i] += Math.min(v, 0.0);
                double x = s.timeS(i) + s.outputStepS() / 2;
                above.add(x, up[i], false);
                below.add(x, down[i], false);
            }
            layers.add(new XYSeries[] {above, below});
        }
        int n = 0;
        // the plot draws its series last first (XYPlot's reverse rendering order): the bottom layer, added first, on top
        for (int k = 0; k < layers.size(); k++) {
            for (int side = 0; side < 2; side++) {
                sources.addSeries(layers.get(k)[side]);
                areas.setSeriesPaint(n, colors[present.get(k)]);
                areas.setSeriesVisibleInLegend(n, side == 0);
                n++;
            }
        }
        XYSeries load = new XYSeries("load", false, false);
        for (int i = 0; i < s.size(); i++) {
            load.add(s.timeS(i) + s.outputStepS() / 2, Units.wToMw(s.get(Column.LOAD_W, i)), false);
        }
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f));
        NumberAxis time = new NumberAxis("time (s)");
        NumberAxis power = new NumberAxis("power (MW)");
        power.setAutoRangeIncludesZero(true);
        power.setUpperMargin(0.1); // the load line and the event numbers clear of the top
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        XYPlot plot = new XYPlot(sources, time, power, areas);
        plot.setRenderer(1, line);
        plot.setDataset(1, new XYSeriesCollection(load));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.addRangeMarker(new ValueMarker(0, new Color(0x999999), new BasicStroke(1f)));
        double spanS = Math.max(s.size() * s.outputStepS(), 1e-9);
        markers(m, spanS).forEach(plot::addDomainMarker);
        List<String> listed = eventList(m, spanS);
        JFreeChart chart = new JFreeChart(m.name() + ": who carries the load", plot);
        PowerCharts.style(chart);
        if (!listed.isEmpty()) {
            PowerCharts.note(chart, "Events: " + String.join("; ", listed) + ".");
        }
        return chart;
    }

    /**
     * Numbered markers, one per group of events close in time, in two rows taken in turn so that
     * neighbouring numbers stand apart.
     */
    static List<ValueMarker> markers(TransientModel m, double spanS) {
        return markers(m.events(), spanS);
    }

    static List<ValueMarker> markers(List<TransientModel.Event> events, double spanS) {
        List<ValueMarker> out = new ArrayList<>();
        List<List<Integer>> groups = groups(events, spanS);
        List<TransientModel.Event> sorted = sorted(events);
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> members = groups.get(g);
            int first = members.get(0);
            int last = members.get(members.size() - 1);
            ValueMarker marker = new ValueMarker(sorted.get(first).timeS(), new Color(0x444444), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
            marker.setLabel(first == last ? Integer.toString(first + 1) : (first + 1) + "–" + (last + 1));
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(g % 2 == 0 ? 2 : 16, 2, 2, 2));
            out.add(marker);
        }
        return out;
    }

    /** The events numbered as their markers, for under a chart. */
    static List<String> eventList(TransientModel m, double spanS) {
        return eventList(m.events(), spanS);
    }

    static List<String> eventList(List<TransientModel.Event> events, double spanS) {
        List<TransientModel.Event> sorted = sorted(events);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            out.add(String.format(Locale.ROOT, "%d %s at %.3f s", k + 1, sorted.get(k).label(), sorted.get(k).timeS()));
        }
        return out;
    }

    private static List<TransientModel.Event> sorted(List<TransientModel.Event> events) {
        return events.stream().sorted((a, b) -> Double.compare(a.timeS(), b.timeS())).toList();
    }

    /** Indexes of the sorted events, grouped where they lie within {@link #SAME_MARKER_SHARE} of the window of the first. */
    private static List<List<Integer>> groups(List<TransientModel.Event> events, double spanS) {
        List<TransientModel.Event> sorted = sorted(events);
        List<List<Integer>> out = new ArrayList<>();
        int k = 0;
        while (k < sorted.size()) {
            double at = sorted.get(k).timeS();
            List<Integer> group = new ArrayList<>();
            while (k < sorted.size() && sorted.get(k).timeS() - at <= SAME_MARKER_SHARE * spanS) {
                group.add(k++);
            }
            out.add(group);
        }
        return out;
    }
}
