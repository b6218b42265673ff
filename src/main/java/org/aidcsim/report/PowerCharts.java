package org.aidcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.units.Units;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
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

    /** Loss waterfall: grid power, minus each stage's loss, down to chip power (kW). */
    public static JFreeChart lossWaterfall(String title, ChainPoint point) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(Units.wToKw(point.gridPowerW()), "kW", "grid input");
        for (ChainPoint.StagePoint s : point.stagesFromGrid()) {
            data.addValue(Units.wToKw(-s.lossW()), "kW", s.name());
        }
        data.addValue(Units.wToKw(point.chipPowerW()), "kW", "to the chips");
        JFreeChart chart = ChartFactory.createWaterfallChart(title, null, "power (kW)", data, PlotOrientation.VERTICAL,
                false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(false);
        range.setLowerBound(Units.wToKw(point.chipPowerW()) * 0.95);
        range.setUpperBound(Units.wToKw(point.gridPowerW()) * 1.01);
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
    }
}
