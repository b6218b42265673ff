package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.aidcsim.report.ChartFiles;
import org.jfree.chart.JFreeChart;

/** Charts drawn on worker threads while a command writes its data files. */
final class ChartTasks {
    private ChartTasks() {
    }

    /** Draws {@code chart} once as SVG, writes its PNG and SVG files from that drawing, returns the SVG for a report. */
    static byte[] drawAndWrite(JFreeChart chart, Path base, int widthPx, int heightPx) throws IOException {
        byte[] svg = ChartFiles.svg(chart, widthPx, heightPx);
        ChartFiles.write(chart, svg, base, widthPx, heightPx);
        return svg;
    }

    /** The result of a drawing task; its failure (a chart that cannot be drawn or written) as an IOException. */
    static <T> T done(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
