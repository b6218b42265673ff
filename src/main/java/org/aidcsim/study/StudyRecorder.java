package org.aidcsim.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidcsim.metrics.Metric;
import org.aidcsim.sweep.Sweep;

/**
 * Keeps what a study's report needs as the samples come back in order: each sample's inputs as
 * numbers and as written, every metric (NaN where the sample failed), and the failures with their
 * reasons. Arrays sized once: a study of n samples holds about (metrics + inputs) × 8 × n bytes. A study
 * too large to hold is recorded by its first samples only: a prefix of a Sobol' sequence is itself evenly spread,
 * and of random or Latin-hypercube points a random sample, where a stride (every k-th) would pin the leading
 * digits of a Sobol' point's coordinates and cover a box of the inputs only.
 */
public final class StudyRecorder implements Sweep.Sink<Sweep.Variant> {
    /** Failures kept with their reason for the report; the CSV has every one. */
    public static final int MAX_FAILURES_KEPT = 100;

    private final StudyRun run;
    private final int rows;
    private final double[][] inputs;
    private final String[][] labels;
    private final double[][] metrics;
    private final String[] errors;
    private final List<Sweep.Variant> failures = new ArrayList<>();
    private int failed;

    public StudyRecorder(StudyRun run) {
        this(run, run.plan().samples());
    }

    /** A recorder of the first {@code rows} samples of {@code run} (all of them when it has fewer). */
    public StudyRecorder(StudyRun run, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows: expected at least 1, found " + rows);
        }
        this.run = run;
        int n = Math.min(rows, run.plan().samples());
        this.rows = n;
        int d = run.plan().inputs().size();
        this.inputs = new double[n][d];
        this.labels = new String[n][];
        this.metrics = new double[Metric.values().length][n];
        this.errors = new String[n];
    }

    @Override
    public Sweep.Variant prepare(Sweep.Variant variant) {
        return variant;
    }

    @Override
    public void accept(Sweep.Variant v) {
        int i = v.index();
        if (i >= rows) {
            throw new IllegalArgumentException("sample " + i + " is beyond the " + rows + " this recorder holds");
        }
        inputs[i] = run.inputs(i);
        labels[i] = v.values().toArray(String[]::new);
        Metric[] all = Metric.values();
        for (int m = 0; m < all.length; m++) {
            metrics[m][i] = v.metrics().isPresent() ? v.metrics().get().value(all[m]) : Double.NaN;
        }
        if (v.metrics().isEmpty()) {
            errors[i] = v.error();
            failed++;
            if (failures.size() < MAX_FAILURES_KEPT) {
                failures.add(v);
            }
        }
    }

    public StudyRun run() {
        return run;
    }

    /** Rows held: samples 0 … rows − 1, all of them unless the study is too large to hold. */
    public int rows() {
        return rows;
    }

    /** Whether every sample of the study is held. */
    public boolean holdsAll() {
        return rows == run.plan().samples();
    }

    /** Failed samples among the rows held. */
    public int failed() {
        return failed;
    }

    public List<Sweep.Variant> failures() {
        return failures;
    }

    /** Sample i's inputs as written. */
    public String[] labels(int i) {
        return labels[i];
    }

    /** Sample i's reason for failing, or null. */
    public String error(int i) {
        return errors[i];
    }

    /** Metric {@code m} in every sample held (NaN where it failed). */
    public double[] values(Metric m) {
        return metrics[m.ordinal()];
    }

    /** Every metric's values, in catalogue order. */
    public Map<Metric, double[]> allValues() {
        Map<Metric, double[]> out = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            out.put(m, metrics[m.ordinal()]);
        }
        return out;
    }

    /** The distribution of every metric. */
    public List<StudySummary.Stats> stats() {
        return StudySummary.stats(allValues());
    }

    /** The inputs ranked for {@code m}. */
    public List<StudySummary.Swing> tornado(Metric m) {
        String[][] written = Arrays.stream(labels).map(l -> l == null ? new String[0] : l).toArray(String[][]::new);
        return StudySummary.tornado(run.plan().inputs(), inputs, written, values(m));
    }
}
