package org.aidcsim.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long command on standard error: on a terminal, a bar with rate and time left (the
 * progressbar library); otherwise nothing, so that logs and pipes stay clean. Counts what finished
 * either way, for the message of a command that runs out of memory. Safe to call from any thread.
 */
final class TerminalProgress implements IntConsumer {
    private final PrintWriter err;
    private final ProgressBar bar;
    private long done;
    /** Whether the bar was closed: a count that arrives late (Spark's listener bus is asynchronous) draws nothing. */
    private boolean closed;

    /**
     * @param task what the bar is labelled with ("sweep")
     * @param unit what is counted, with its leading space (" variants")
     * @param terminal whether standard output and input are a terminal (System.console() is there)
     */
    TerminalProgress(PrintWriter err, String task, String unit, long total, boolean terminal) {
        this.err = err;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(unit, 1)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(250)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    synchronized (err) {
                        err.print("\r" + line);
                        err.flush();
                    }
                }, 100)).build() : null;
    }

    /** Finished so far. */
    synchronized long done() {
        return done;
    }

    @Override
    public void accept(int done) {
        advanceTo(done);
    }

    /** Finished so far is {@code done} (counts only rise: threads may report out of order). */
    synchronized void advanceTo(long done) {
        this.done = Math.max(this.done, done);
        if (bar != null && !closed) {
            bar.stepTo(this.done);
        }
    }

    /** Closes the bar and ends its line. */
    synchronized void finish() {
        if (bar != null && !closed) {
            closed = true;
            bar.close();
            err.println();
        }
    }
}
