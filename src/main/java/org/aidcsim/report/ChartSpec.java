package org.aidcsim.report;

import java.io.IOException;
import org.jfree.chart.JFreeChart;

/**
 * A chart with the size it is drawn at and the caption a report puts under it. One spec is drawn
 * once as SVG, and that drawing serves both the report and the chart file.
 *
 * @param fileStem name of the chart file pair (PNG, SVG) a command writes, or null for a report-only chart
 */
public record ChartSpec(JFreeChart chart, int widthPx, int heightPx, String caption, String fileStem) {
    public ChartSpec {
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("chart size " + widthPx + " x " + heightPx);
        }
    }

    public byte[] svg() throws IOException {
        return ChartFiles.svg(chart, widthPx, heightPx);
    }
}
