package org.aidcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.aidcsim.metrics.Metric;
import org.aidcsim.study.StudySummary;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts of a study's distributions: exceedance curves and tornados. Reads results; no physics. */
public final class UncertaintyCharts {
    private static final Color LINE = new Color(0x1f77b4);
    private static final Color MARK = new Color(0x555555);
    /** Most points an exceedance curve draws: the sorted sample thinned evenly beyond that. */
    private static final int MAX_CURVE_POINTS = 2_000;

    private UncertaintyCharts() {
    }

    /**
     * The probability of exceeding each value of {@code metric} over the samples, a step per sample,
     * with P10, P50 and P90 marked.
     */
    public static JFreeChart exceedance(String title, Metric metric, double[] values, StudySummary.Stats stats, String currency) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).map(metric::shown).sorted().toArray();
        XYSeries curve = new XYSeries(metric.label(), false, true);
        int n = sorted.length;
        int stride = Math.max(1, n / MAX_CURVE_POINTS);
        for (int i = 0; i < n; i += stride) {
            curve.add(sorted[i], 100.0 * (n - i) / n);
        }
        if (n > 0) {
            curve.add(sorted[n - 1], 100.0 / n);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, metric.axisLabel(currency), "samples exceeding it (%)",
                new XYSeriesCollection(curve), PlotOrientation.VERTICAL, false, true, false);
        XYPlot plot = chart.getXYPlot();
        XYStepRenderer r = new XYStepRenderer();
        r.setSeriesPaint(0, LINE);
        r.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(r);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setAutoRangeIncludesZero(false);
        double[] at = {stats.p10(), stats.p50(), stats.p90()};
        String[] names = {"P10", "P50", "P90"};
        for (int k = 0; k < at.length; k++) {
            ValueMarker m = new ValueMarker(metric.shown(at[k]), MARK, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
            m.setLabel(names[k] + " " + metric.format(at[k]));
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            m.setLabelAnchor(k % 2 == 0 ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(k % 2 == 0 ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(m);
        }
        PowerCharts.style(chart);
        PowerCharts.note(chart, String.format(Locale.ROOT, "%,d samples; dashed: P10, P50, P90, the values 10, 50 and 90 %% of the "
                + "samples lie at or below.", n));
        return chart;
    }

    /**
     * A tornado: for each input, a bar from the metric's mean over its bottom fifth of samples to the
     * mean over its top fifth (a written input: its worst to its best value), largest swing first.
     */
    public static JFreeChart tornado(String title, Metric metric, List<StudySummary.Swing> swings, double mean, String currency) {
        int k = swings.size();
        String[] names = new String[k];
        Number[][] starts = new Number[1][k];
        Number[][] ends = new Number[1][k];
        for (int i = 0; i < k; i++) {
            StudySummary.Swing s = swings.get(i);
            names[i] = s.input() + (Double.isNaN(s.spearman()) ? " (" + StudyReport.shortLabel(s.lowLabel()) + " … "
                    + StudyReport.shortLabel(s.highLabel()) + ")"
                    : String.format(Locale.ROOT, " (ρ %+.2f)", s.spearman()));
            starts[0][i] = metric.shown(Math.min(s.lowMean(), s.highMean()));
            ends[0][i] = metric.shown(Math.max(s.lowMean(), s.highMean()));
        }
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(new String[] {metric.label()}, names, starts, ends);
        JFreeChart chart = ChartFactory.createBarChart(title, "", metric.axisLabel(currency), data, PlotOrientation.HORIZONTAL,
                false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        IntervalBarRenderer r = new IntervalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, LINE);
        r.setMaximumBarWidth(0.08);
        // the bars float between two means: the axis spans them, not zero
        r.setIncludeBaseInRange(false);
        plot.setRenderer(r);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis x = (NumberAxis) plot.getRangeAxis();
        x.setAutoRangeIncludesZero(false);
        ValueMarker center = new ValueMarker(metric.shown(mean), MARK, new BasicStroke(1f));
        plot.addRangeMarker(center);
        PowerCharts.style(chart);
        PowerCharts.note(chart, "Method: " + StudySummary.TORNADO_METHOD + ". The line: the mean over all samples.");
        return chart;
    }

    /** Height for a tornado of {@code bars} inputs (px). */
    public static int tornadoHeightPx(int bars) {
        return Math.max(320, 140 + 46 * bars);
    }
}
