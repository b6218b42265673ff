package org.aidcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** The axes of a Pareto chart show every point whole, and label no value a metric cannot take. */
class ParetoAxisTest {
    @Test
    void aMetricEqualForEveryVariantGetsASmallSpanAroundIt() {
        Range zero = StudyCharts.paddedRange(new double[] {0, 0, 0});
        assertEquals(-1, zero.getLowerBound());
        assertEquals(1, zero.getUpperBound());
        Range hundred = StudyCharts.paddedRange(new double[] {100, 100});
        assertEquals(99, hundred.getLowerBound(), 1e-12);
        assertEquals(101, hundred.getUpperBound(), 1e-12);
    }

    @Test
    void spreadValuesGetEightPercentMarginsAndNaNIsIgnored() {
        Range r = StudyCharts.paddedRange(new double[] {10, Double.NaN, 20});
        assertEquals(9.2, r.getLowerBound(), 1e-12);
        assertEquals(20.8, r.getUpperBound(), 1e-12);
    }

    @Test
    void noTickBelowZeroForWaterNorAboveOneHundredPercentForAvailability() {
        JFreeChart chart = StudyCharts.paretoScatter("t", "site water (m³)", "availability (%)",
                new double[] {0, 0}, new double[] {99.995, 100}, new boolean[] {true, false}, Double.POSITIVE_INFINITY, 100);
        List<Double> x = ticks((NumberAxis) chart.getXYPlot().getDomainAxis(), RectangleEdge.BOTTOM);
        List<Double> y = ticks((NumberAxis) chart.getXYPlot().getRangeAxis(), RectangleEdge.LEFT);
        assertFalse(x.isEmpty() || y.isEmpty());
        assertTrue(x.stream().allMatch(v -> v >= 0), x.toString());
        assertTrue(y.stream().allMatch(v -> v <= 100 + 1e-9), y.toString());
        assertTrue(chart.getXYPlot().getRangeAxis().getUpperBound() > 100, "the point at 100 % is drawn whole");
    }

    private static List<Double> ticks(NumberAxis axis, RectangleEdge edge) {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        List<?> ticks = axis.refreshTicks(g, new AxisState(), new Rectangle2D.Double(0, 0, 800, 500), edge);
        return ticks.stream().map(t -> ((ValueTick) t).getValue()).toList();
    }
}
