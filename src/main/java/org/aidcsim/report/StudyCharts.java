package org.aidcsim.report;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.sweep.Evaluation;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts that compare designs: energy by end use, and a sweep's scatter with its Pareto front. No physics. */
public final class StudyCharts {
    /** The end uses beyond IT that add up, with the IT energy, to the facility energy, bottom of the stack first. */
    private static final List<Metric> OVERHEADS = List.of(Metric.POWER_LOSS_MWH, Metric.FAN_ENERGY_MWH, Metric.PUMP_ENERGY_MWH,
            Metric.CHILLER_ENERGY_MWH, Metric.MISC_ENERGY_MWH);

    private StudyCharts() {
    }

    /**
     * Stacked bars of the energy each design spends beyond its IT load (MWh), by end use, with each
     * design's PUE under its bar: the part of the bill that designs differ in. (The IT energy, about
     * nine tenths of the total, would flatten every difference.)
     */
    public static JFreeChart energyBeyondIt(String title, List<String> labels, List<Evaluation> designs) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < designs.size(); i++) {
            MetricValues m = designs.get(i).values();
            String category = labels.get(i) + String.format(Locale.ROOT, " (PUE %.3f)", m.value(Metric.PUE));
            for (Metric use : OVERHEADS) {
                data.addValue(m.value(use), use.label(), category);
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, "energy beyond IT (" + Metric.IT_ENERGY_MWH.unit().symbol()
                + ")", data, PlotOrientation.VERTICAL, true, true, false);
        var plot = chart.getCategoryPlot();
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        Color[] colors = {new Color(0xd62728), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0x1f77b4), new Color(0x7f7f7f)};
        for (int u = 0; u < colors.length; u++) {
            r.setSeriesPaint(u, colors[u]);
        }
        if (labels.size() > 4) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        PowerCharts.style(chart);
        return chart;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).average().orElse(0);
    }

    /** Every variant as a point; the Pareto front (each axis minimised or maximised as its metric says) highlighted. */
    public static JFreeChart paretoScatter(String title, String xLabel, String yLabel, double[] x, double[] y, boolean[] front) {
        XYSeries all = new XYSeries("variants", false, true);
        XYSeries pareto = new XYSeries("Pareto front", true, true);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                continue;
            }
            all.add(x[i], y[i]);
            if (front[i]) {
                pareto.add(x[i], y[i]);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(all);
        data.addSeries(pareto);
        JFreeChart chart = ChartFactory.createScatterPlot(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        r.setSeriesPaint(0, new Color(0x1f77b4));
        r.setSeriesLinesVisible(1, true);
        r.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesPaint(1, new Color(0xd62728));
        plot.setRenderer(r);
        for (NumberAxis axis : List.of((NumberAxis) plot.getRangeAxis(), (NumberAxis) plot.getDomainAxis())) {
            axis.setAutoRangeIncludesZero(false);
            // A metric that is the same for every variant (no water at all) gets a readable axis, not ±5E-9.
            axis.setAutoRangeMinimumSize(1e-3 * Math.max(1, Math.abs(axis == plot.getRangeAxis() ? mean(y) : mean(x))));
            axis.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
            axis.setUpperMargin(0.08);
            axis.setLowerMargin(0.08);
        }
        PowerCharts.style(chart);
        chart.setPadding(new RectangleInsets(4, 4, 4, 24));
        return chart;
    }
}
