package org.aidcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.engine.TransientSeries.Column;
import org.aidcsim.engine.TransientSeries;
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

/**
 * Power of each source over time as signed lines (storage charging runs below zero), the load drawn
 * bold over them, and events marked. Stacked areas cannot show a source that takes power, and hid
 * the load under the grid. No physics.
 */
public final class TransientChart {
    private TransientChart() {
    }

    public static JFreeChart powerBySource(TransientModel m, TransientSeries s) {
        String[] names = {"load", "grid", "generator", "battery (charging below 0)", "supercap (charging below 0)", "unserved",
            "in-rack storage (charging below 0)"};
        Column[] cols = {Column.LOAD_W, Column.GRID_W, Column.GENERATOR_W, Column.BATTERY_W, Column.SUPERCAP_W, Column.UNSERVED_W,
            Column.IN_RACK_W};
        Color[] colors = {Color.BLACK, new Color(0x7f7f7f), new Color(0x8c564b), new Color(0x2ca02c), new Color(0x1f77b4),
            new Color(0xd62728), new Color(0x9467bd)};
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        int n = 0;
        for (int c = 0; c < cols.length; c++) {
            boolean any = false;
            XYSeries series = new XYSeries(names[c], true, false);
            for (int i = 0; i < s.size(); i++) {
                double v = s.get(cols[c], i);
                any |= v != 0;
                series.add(s.timeS(i) + s.outputStepS() / 2, Units.wToMw(v));
            }
            // A layer the site does not have, or that never acts, only clutters the legend.
            if (any || c == 0) {
                data.addSeries(series);
                lines.setSeriesPaint(n, colors[c]);
                lines.setSeriesStroke(n, new BasicStroke(c == 0 ? 2.2f : 1.4f));
                n++;
            }
        }
        NumberAxis time = new NumberAxis("time (s)");
        NumberAxis power = new NumberAxis("power (MW)");
        power.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, time, power, lines);
        plot.addRangeMarker(new ValueMarker(0, new Color(0x999999), new BasicStroke(1f)));
        for (TransientModel.Event e : m.events()) {
            ValueMarker marker = new ValueMarker(e.timeS(), new Color(0x444444), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
            marker.setLabel(e.label());
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker);
        }
        JFreeChart chart = new JFreeChart(m.name() + ": power by source", plot);
        PowerCharts.style(chart);
        return chart;
    }
}
