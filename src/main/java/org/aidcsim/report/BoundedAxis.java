package org.aidcsim.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis that labels only the values its metric can take. The visible range keeps a margin
 * past a bound, so that a point at 100 % or at zero is drawn whole rather than cut by the plot
 * edge, but no tick reads 100.1 % or −0.5 m³.
 */
final class BoundedAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private final double lowest;
    private final double highest;

    BoundedAxis(String label, double lowest, double highest) {
        super(label);
        this.lowest = lowest;
        this.highest = highest;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<ValueTick> kept = new ArrayList<>();
        for (Object tick : super.refreshTicks(g2, state, dataArea, edge)) {
            double value = ((ValueTick) tick).getValue();
            double slack = 1e-9 * Math.max(1, Math.abs(value));
            if (value >= lowest - slack && value <= highest + slack) {
                kept.add((ValueTick) tick);
            }
        }
        return kept;
    }
}
