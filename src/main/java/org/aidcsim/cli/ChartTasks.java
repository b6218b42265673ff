package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.aidcsim.report.ChartFiles;
import org.aidcsim.report.StudyCharts;
import org.jfree.chart.ChartUtils;
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

    /**
     * Draws a throw-away chart, to PNG and SVG in memory, on a background thread: loading and
     * initialising Java2D, fonts, JFreeChart and the SVG generator costs a few hundred milliseconds
     * once per process, which a command that reads a scenario first can spend on its otherwise idle
     * second core instead of after its work. Nothing is written; a failure here changes nothing.
     */
    static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                JFreeChart chart = StudyCharts.paretoScatter("", "x", "y", new double[] {0, 1}, new double[] {1, 0},
                        new boolean[] {true, true}, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
                ChartFiles.svg(chart, 200, 150);
                ChartUtils.encodeAsPNG(chart.createBufferedImage(200, 150));
            } catch (IOException | RuntimeException e) {
                // the real charts will say what is wrong, if anything is
            }
        }, "aidcsim-chart-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
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
