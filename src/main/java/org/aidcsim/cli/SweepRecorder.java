package org.aidcsim.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.aidcsim.metrics.Metric;
import org.aidcsim.report.SweepCsv;
import org.aidcsim.sweep.ParetoFront;
import org.aidcsim.sweep.Sweep;

/**
 * What a sweep keeps while it runs, in memory bounded whatever its size: every row goes on to
 * sweep.csv's scratch file; kept are the Pareto front (indices only), every k-th point for the
 * scatter chart, and the first failures with their reasons.
 */
final class SweepRecorder implements Sweep.Sink<SweepRecorder.Prepared> {
    /** Points drawn on the scatter chart besides the front: enough to show the cloud's shape. */
    static final int MAX_SAMPLED_POINTS = 2_000;
    /** Failed variants the report lists by name; sweep.csv has every reason. */
    static final int MAX_FAILURES_LISTED = 100;

    /** A variant as the workers prepare it: its CSV row, its two Pareto coordinates, and itself if it failed. */
    record Prepared(SweepCsv.Row row, double x, double y, Sweep.Variant failed) {
    }

    private final SweepCsv csv;
    private final Metric[] axes;
    private final ParetoFront front;
    private final int stride;
    private final List<double[]> sampled = new ArrayList<>();
    private final List<Sweep.Variant> failures = new ArrayList<>();
    private long failedCount;

    /**
     * @param variantCount variants in the sweep, to spread the sample over all of them
     */
    SweepRecorder(SweepCsv csv, Metric[] axes, int variantCount) {
        this.csv = csv;
        this.axes = axes.clone();
        this.front = new ParetoFront(axes[0].direction(), axes[1].direction());
        this.stride = Math.max(1, (int) Math.ceil(variantCount / (double) MAX_SAMPLED_POINTS));
    }

    @Override
    public Prepared prepare(Sweep.Variant v) {
        double x = v.metrics().map(m -> m.value(axes[0])).orElse(Double.NaN);
        double y = v.metrics().map(m -> m.value(axes[1])).orElse(Double.NaN);
        return new Prepared(SweepCsv.row(v), x, y, v.metrics().isEmpty() ? v : null);
    }

    @Override
    public void accept(Prepared p) throws IOException {
        int index = p.row().index();
        csv.append(p.row());
        front.add(index, p.x(), p.y());
        if (index % stride == 0 && !Double.isNaN(p.x()) && !Double.isNaN(p.y())) {
            sampled.add(new double[] {index, p.x(), p.y()});
        }
        if (p.failed() != null) {
            failedCount++;
            if (failures.size() < MAX_FAILURES_LISTED) {
                failures.add(p.failed());
            }
        }
    }

    ParetoFront front() {
        return front;
    }

    /** Every {@link #stride()}-th variant that ran, as {index, x, y}. */
    List<double[]> sampled() {
        return sampled;
    }

    /** One variant in this many is drawn besides the front. */
    int stride() {
        return stride;
    }

    List<Sweep.Variant> failures() {
        return failures;
    }

    long failedCount() {
        return failedCount;
    }
}
