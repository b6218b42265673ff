package org.aidcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.Monthly;
import org.aidcsim.metrics.StepSeries.Column;
import org.aidcsim.metrics.StepSeries;
import org.aidcsim.sweep.DensityStudy;
import org.aidcsim.units.Units;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts of cooling and PUE. Reads results; no physics. */
public final class CoolingCharts {
    private static final Color[] PALETTE = {new Color(0xd62728), new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c)};

    private CoolingCharts() {
    }

    /** PUE against rack density, one line per technology; infeasible points are left out. */
    public static JFreeChart pueVsDensity(String title, List<DensityStudy.Point> points) {
        Map<String, XYSeries> series = new LinkedHashMap<>();
        for (DensityStudy.Point p : points) {
            XYSeries s = series.computeIfAbsent(p.technology(), XYSeries::new);
            p.values().ifPresent(v -> s.add(p.rackPowerKw(), v.value(Metric.PUE)));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        series.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "rack power (kW)", "annual PUE", data,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(r);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        PowerCharts.style(chart);
        return chart;
    }

    /** PUE of each month as bars. */
    public static JFreeChart monthlyPue(String title, StepSeries s) {
        double[] pue = Monthly.pue(s);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < 12; m++) {
            if (!Double.isNaN(pue[m])) {
                data.addValue(pue[m], "PUE", Monthly.NAMES[m]);
                min = Math.min(min, pue[m]);
                max = Math.max(max, pue[m]);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, "PUE", data, PlotOrientation.VERTICAL, false, true, false);
        var plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, new Color(0x1f77b4));
        ((BarRenderer) plot.getRenderer()).setBarPainter(
                new StandardBarPainter());
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        if (min <= max) {
            double pad = Math.max(0.005, (max - min) * 0.2);
            axis.setRange(Math.max(1.0, min - pad), max + pad);
        }
        PowerCharts.style(chart);
        return chart;
    }

    /** Hourly PUE as a heat map: day of year across, hour of day up. */
    public static JFreeChart pueHeatMap(String title, StepSeries s) {
        int n = s.size();
        double[][] xyz = new double[3][n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double startH = s.startTimeS(i) / Units.SECONDS_PER_HOUR;
            double it = s.get(Column.IT_POWER_W, i);
            double pue = it > 0 ? s.get(Column.FACILITY_POWER_W, i) / it : Double.NaN;
            xyz[0][i] = Math.floor(startH / 24.0) % 365 + 1;
            xyz[1][i] = startH - 24.0 * Math.floor(startH / 24.0);
            xyz[2][i] = pue;
            if (!Double.isNaN(pue)) {
                min = Math.min(min, pue);
                max = Math.max(max, pue);
            }
        }
        if (!(min < max)) {
            min = Double.isFinite(min) ? min - 0.01 : 1.0;
            max = min + 0.02;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("PUE", xyz);
        NumberAxis days = new NumberAxis("day of year");
        days.setRange(0.5, 365.5);
        NumberAxis hours = new NumberAxis("hour of day");
        hours.setRange(0, 24);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(1.0);
        renderer.setBlockHeight(s.stepS() / Units.SECONDS_PER_HOUR);
        renderer.setBlockAnchor(RectangleAnchor.BOTTOM_LEFT);
        LookupPaintScale scale = new LookupPaintScale(min, max, Color.LIGHT_GRAY);
        Color[] ramp = {new Color(0x313695), new Color(0x4575b4), new Color(0x74add1), new Color(0xabd9e9), new Color(0xfee090),
            new Color(0xfdae61), new Color(0xf46d43), new Color(0xd73027), new Color(0xa50026)};
        for (int k = 0; k < ramp.length; k++) {
            scale.add(min + (max - min) * k / ramp.length, ramp[k]);
        }
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, days, hours, renderer);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        NumberAxis legendAxis = new NumberAxis("PUE");
        legendAxis.setRange(min, max);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        legend.setStripWidth(14);
        chart.addSubtitle(legend);
        PowerCharts.style(chart);
        return chart;
    }
}
