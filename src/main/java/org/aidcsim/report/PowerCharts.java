package org.aidcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.units.Units;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts of the power chain. Reads results; no physics. */
public final class PowerCharts {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    private PowerCharts() {
    }

    /**
     * The loss of each stage at one operating point (kW), grid first, as horizontal bars from zero
     * with their values: a waterfall on an axis starting near the grid power would magnify the
     * small stages and hide the scale. The subtitle gives grid, rack and chip power.
     */
    public static JFreeChart lossesByStage(String title, ChainPoint point) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChainPoint.StagePoint s : point.stagesFromGrid()) {
            data.addValue(Units.wToKw(s.lossW()), "loss", s.name());
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, "loss (kW)", data, PlotOrientation.HORIZONTAL, false, true,
                false);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "grid %,.0f kW → rack inputs %,.0f kW → chips %,.0f kW "
                + "(grid → chip %.2f %%)", Units.wToKw(point.gridPowerW()), Units.wToKw(point.itPowerW()),
                Units.wToKw(point.chipPowerW()), 100 * point.endToEndEfficiency()), new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0xd62728));
        double gridKw = Units.wToKw(point.gridPowerW());
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                double kw = dataset.getValue(row, column).doubleValue();
                return String.format(Locale.ROOT, "%,.1f kW (%.2f %% of grid)", kw, gridKw > 0 ? 100 * kw / gridKw : 0);
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(true);
        range.setUpperMargin(0.35);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        style(chart);
        return chart;
    }

    /**
     * End-to-end (grid to chip) and facility-side (grid to rack) efficiency against IT load, one
     * curve per label.
     *
     * @param curves label → operating points at increasing load
     */
    public static JFreeChart efficiencyVsLoad(String title, Map<String, List<ChainPoint>> curves, double designItW) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (var e : curves.entrySet()) {
            XYSeries endToEnd = new XYSeries(e.getKey() + " (grid -> chip)");
            XYSeries facility = new XYSeries(e.getKey() + " (grid -> rack)");
            for (ChainPoint p : e.getValue()) {
                double loadPct = 100 * p.itPowerW() / designItW;
                endToEnd.add(loadPct, 100 * p.endToEndEfficiency());
                facility.add(loadPct, 100 * p.facilityEfficiency());
            }
            data.addSeries(facility);
            data.addSeries(endToEnd);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "IT load (% of design)", "efficiency (%)", data,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, PALETTE[(i / 2) % PALETTE.length]);
            r.setSeriesStroke(i, i % 2 == 0
                    ? new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f)
                    : new BasicStroke(2f));
        }
        plot.setRenderer(r);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getDomainAxis()).setRange(0, 105);
        style(chart);
        return chart;
    }

    /** A note under the chart's plot, left-aligned and wrapped to its width: what a reader needs beside the picture. */
    static void note(JFreeChart chart, String text) {
        TextTitle note = new TextTitle(text, new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setTextAlignment(HorizontalAlignment.LEFT);
        note.setPadding(4, 8, 2, 8);
        chart.addSubtitle(note);
    }

    static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(new Color(0xdddddd));
            xy.setRangeGridlinePaint(new Color(0xdddddd));
        } else if (chart.getPlot() instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(new Color(0xdddddd));
        }
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        }
    }
}
