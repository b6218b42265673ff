package org.aidcsim.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;
import java.util.function.Function;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts that compare designs: energy by end use, and a sweep's scatter with its Pareto front. No physics. */
public final class StudyCharts {
    /** The end uses beyond IT that add up, with the IT energy, to the facility energy, bottom of the stack first. */
    private static final List<Metric> OVERHEADS = List.of(Metric.POWER_LOSS_MWH, Metric.FAN_ENERGY_MWH, Metric.PUMP_ENERGY_MWH,
            Metric.CHILLER_ENERGY_MWH, Metric.MISC_ENERGY_MWH);

    /** In-rack losses, then each of {@link #OVERHEADS}. */
    private static final Color[] USE_COLORS = {new Color(0x9467bd), new Color(0xd62728), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0x1f77b4), new Color(0x7f7f7f)};

    private StudyCharts() {
    }

    /** Energy each design spends beyond its IT load, by end use, with its PUE under each bar. */
    public static JFreeChart energyBeyondIt(String title, List<String> labels, List<MetricValues> designs) {
        return stackedUses(title, labels, designs, OVERHEADS, "energy beyond IT", m -> String.format(Locale.ROOT, " (PUE %.3f)",
                m.value(Metric.PUE)), 0);
    }

    /**
     * Energy each variant spends beyond its IT load per MWh of IT energy, by end use, as horizontal
     * bars (each bar's length is (PUE − 1) × 1,000 kWh/MWh), so that halls of different size compare;
     * the variant's fields and values on the left, its PUE after them.
     */
    public static JFreeChart energyBeyondItPerIt(String title, List<String> labels, List<MetricValues> designs) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < designs.size(); i++) {
            MetricValues m = designs.get(i);
            String category = labels.get(i) + String.format(Locale.ROOT, " (PUE %.3f)", m.value(Metric.PUE));
            double itMwh = m.value(Metric.IT_ENERGY_MWH);
            for (Metric use : OVERHEADS) {
                data.addValue(itMwh > 0 ? 1000 * m.value(use) / itMwh : Double.NaN, use.label(), category);
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, "energy beyond IT (kWh per MWh of IT energy)", data,
                PlotOrientation.HORIZONTAL, true, true, false);
        var plot = chart.getCategoryPlot();
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int u = 0; u < OVERHEADS.size(); u++) {
            r.setSeriesPaint(u, USE_COLORS[u + 1]);
        }
        // long labels (several fields and a weather file) take the room they need, up to half the width
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        PowerCharts.style(chart);
        return chart;
    }

    /** Height (px) of a horizontal bar chart of {@code bars} bars: room for each bar and its two-line label. */
    public static int barChartHeightPx(int bars) {
        return Math.max(360, 150 + 34 * bars);
    }

    /**
     * Energy each design spends beyond what its chips draw, by end use, in-rack losses first: what
     * ranks power architectures, whose in-rack stages differ; grid → chip efficiency and PUE under
     * each bar.
     */
    public static JFreeChart energyBeyondChips(String title, List<String> labels, List<MetricValues> designs) {
        List<Metric> uses = new ArrayList<>(List.of(Metric.IN_RACK_LOSS_MWH));
        uses.addAll(OVERHEADS);
        return stackedUses(title, labels, designs, uses, "energy beyond the chips", m -> String.format(Locale.ROOT,
                " (grid → chip %.1f %%, PUE %.3f)", 100 * m.value(Metric.END_TO_END_EFFICIENCY), m.value(Metric.PUE)), 1);
    }

    private static JFreeChart stackedUses(String title, List<String> labels, List<MetricValues> designs, List<Metric> uses,
            String axis, Function<MetricValues, String> caption, int extraColors) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < designs.size(); i++) {
            MetricValues m = designs.get(i);
            String category = labels.get(i) + caption.apply(m);
            for (Metric use : uses) {
                data.addValue(m.value(use), use.label(), category);
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, axis + " (" + Metric.IT_ENERGY_MWH.unit().symbol()
                + ")", data, PlotOrientation.VERTICAL, true, true, false);
        var plot = chart.getCategoryPlot();
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        for (int u = 0; u < uses.size(); u++) {
            r.setSeriesPaint(u, USE_COLORS[u + 1 - extraColors]);
        }
        if (labels.size() > 4) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        PowerCharts.style(chart);
        return chart;
    }

    /**
     * The values' span with 8 % margins; a metric equal for every variant (no water at all) gets a
     * small span around its value rather than ±5E-9.
     */
    static Range paddedRange(double[] values) {
        double lo = Arrays.stream(values).filter(Double::isFinite).min().orElse(0);
        double hi = Arrays.stream(values).filter(Double::isFinite).max().orElse(1);
        double margin = hi - lo > 1e-9 * Math.max(1, Math.abs(hi)) ? 0.08 * (hi - lo) : (hi == 0 ? 1 : 0.01 * Math.abs(hi));
        return new Range(lo - margin, hi + margin);
    }

    /**
     * An axis over the values with margins, labelled only where the metric can be: from zero if no
     * value is negative, up to {@code max}. Past a bound the margin shrinks to 3 % of the span, room
     * for a marker drawn on the bound.
     */
    private static NumberAxis axis(NumberAxis like, double[] values, double max) {
        boolean signed = Arrays.stream(values).filter(Double::isFinite).anyMatch(v -> v < 0);
        double floor = signed ? Double.NEGATIVE_INFINITY : 0;
        Range padded = paddedRange(values);
        double from = padded.getLowerBound();
        double to = padded.getUpperBound();
        if (from < floor) {
            from = floor - 0.03 * (to - floor);
        }
        if (to > max) {
            to = max + 0.03 * (max - from);
        }
        NumberAxis axis = new BoundedAxis(like.getLabel(), floor, max);
        axis.setLabelFont(like.getLabelFont());
        axis.setLabelPaint(like.getLabelPaint());
        axis.setTickLabelFont(like.getTickLabelFont());
        axis.setTickLabelPaint(like.getTickLabelPaint());
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(from, to);
        return axis;
    }

    /**
     * Every variant as a point; the Pareto front (each axis minimised or maximised as its metric says) highlighted.
     *
     * @param xMax the largest value the x metric can take as shown (100 for a percentage), or infinity; likewise yMax
     */
    public static JFreeChart paretoScatter(String title, String xLabel, String yLabel, double[] x, double[] y, boolean[] front,
            double xMax, double yMax) {
        return paretoScatter(title, xLabel, yLabel, x, y, front, new String[x.length], xMax, yMax);
    }

    /**
     * The same, each point with a label (null for none) written beside it: the front's points name
     * their variants.
     */
    public static JFreeChart paretoScatter(String title, String xLabel, String yLabel, double[] x, double[] y, boolean[] front,
            String[] labels, double xMax, double yMax) {
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
        plot.setDomainAxis(axis((NumberAxis) plot.getDomainAxis(), x, xMax));
        plot.setRangeAxis(axis((NumberAxis) plot.getRangeAxis(), y, yMax));
        for (int i = 0; i < x.length; i++) {
            if (labels[i] != null && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                XYTextAnnotation label = new XYTextAnnotation(" " + labels[i], x[i], y[i]);
                label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
                label.setPaint(new Color(0x8b1a1a));
                plot.addAnnotation(label);
            }
        }
        PowerCharts.style(chart);
        chart.setPadding(new RectangleInsets(4, 4, 4, 24));
        return chart;
    }
}
