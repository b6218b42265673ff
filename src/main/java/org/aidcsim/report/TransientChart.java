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
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Power by source over time, stacked, with the load drawn over it and events marked. No physics. */
public final class TransientChart {
    private TransientChart() {
    }

    public static JFreeChart powerBySource(TransientModel m, TransientSeries s) {
        String[] names = {"grid", "generator", "battery", "supercap", "unserved"};
        Column[] cols = {Column.GRID_W, Column.GENERATOR_W, Column.BATTERY_W, Column.SUPERCAP_W, Column.UNSERVED_W};
        Color[] colors = {new Color(0x7f7f7f), new Color(0x8c564b), new Color(0x2ca02c), new Color(0x1f77b4), new Color(0xd62728)};
        DefaultTableXYDataset stack = new DefaultTableXYDataset();
        for (int c = 0; c < cols.length; c++) {
            XYSeries series = new XYSeries(names[c], true, false);
            for (int i = 0; i < s.size(); i++) {
                double v = s.get(cols[c], i);
                series.add(s.timeS(i) + s.outputStepS() / 2, Units.wToMw(Math.max(0.0, v)));
            }
            stack.addSeries(series);
        }
        XYSeries load = new XYSeries("load");
        for (int i = 0; i < s.size(); i++) {
            load.add(s.timeS(i) + s.outputStepS() / 2, Units.wToMw(s.get(Column.LOAD_W, i)));
        }
        NumberAxis time = new NumberAxis("time (s)");
        NumberAxis power = new NumberAxis("power (MW)");
        StackedXYAreaRenderer2 area = new StackedXYAreaRenderer2();
        for (int c = 0; c < colors.length; c++) {
            area.setSeriesPaint(c, colors[c]);
        }
        XYPlot plot = new XYPlot(stack, time, power, area);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, new BasicStroke(1.2f));
        plot.setRenderer(1, line);
        plot.setDataset(1, new XYSeriesCollection(load));
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
