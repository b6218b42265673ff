package org.aidcsim.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.aidcsim.metrics.Metric;
import org.aidcsim.report.SweepCsv;
import org.aidcsim.sweep.ParetoFront;
import org.aidcsim.sweep.Requirement;
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
    record Prepared(SweepCsv.Row row, double x, double y, Sweep.Variant failed, boolean unmet) {
    }

    private final SweepCsv csv;
    private final List<Requirement> requirements;
    private long unmetCount;
    private final Metric[] axes;
    private final ParetoFront front;
    private final int stride;
    private final List<double[]> sampled = new ArrayList<>();
    private final List<Sweep.Variant> failures = new ArrayList<>();
    private long failedCount;

    /**
     * @param variantCount variants in the sweep, to spread the sample over all of them
     * @param requirements conditions a variant must meet to count for the front and the chart
     */
    SweepRecorder(SweepCsv csv, Metric[] axes, int variantCount, List<Requirement> requirements) {
        this.csv = csv;
        this.requirements = List.copyOf(requirements);
        this.axes = axes.clone();
        this.front = new ParetoFront(axes[0].direction(), axes[1].direction());
        this.stride = Math.max(1, (int) Math.ceil(variantCount / (double) MAX_SAMPLED_POINTS));
    }

    @Override
    public Prepared prepare(Sweep.Variant v) {
        // A variant outside the requirements keeps its row in sweep.csv but leaves the front and the chart.
        boolean meets = v.metrics().map(m -> requirements.stream().allMatch(r -> r.isMetBy(m))).orElse(false);
        double x = meets ? v.metrics().get().value(axes[0]) : Double.NaN;
        double y = meets ? v.metrics().get().value(axes[1]) : Double.NaN;
        return new Prepared(SweepCsv.row(v), x, y, v.metrics().isEmpty() ? v : null, v.metrics().isPresent() && !meets);
    }

    @Override
    public void accept(Prepared p) throws IOException {
        int index = p.row().index();
        csv.append(p.row());
        front.add(index, p.x(), p.y());
        if (index % stride == 0 && !Double.isNaN(p.x()) && !Double.isNaN(p.y())) {
            sampled.add(new double[] {index, p.x(), p.y()});
        }
        if (p.unmet()) {
            unmetCount++;
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

    /** Variants that ran but miss a requirement. */
    long unmetCount() {
        return unmetCount;
    }
}
