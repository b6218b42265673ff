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
 * too large to hold is recorded thinned: every {@code every}-th sample only (0, every, 2·every, …), row r being
 * sample r × every.
 */
public final class StudyRecorder implements Sweep.Sink<Sweep.Variant> {
    /** Failures kept with their reason for the report; the CSV has every one. */
    public static final int MAX_FAILURES_KEPT = 100;

    private final StudyRun run;
    private final int every;
    private final double[][] inputs;
    private final String[][] labels;
    private final double[][] metrics;
    private final String[] errors;
    private final List<Sweep.Variant> failures = new ArrayList<>();
    private int failed;

    public StudyRecorder(StudyRun run) {
        this(run, 1);
    }

    /** A recorder of every {@code every}-th sample of {@code run}. */
    public StudyRecorder(StudyRun run, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("every: expected at least 1, found " + every);
        }
        this.run = run;
        this.every = every;
        int n = (int) ((run.plan().samples() + (long) every - 1) / every);
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
        if (v.index() % every != 0) {
            throw new IllegalArgumentException("sample " + v.index() + " is not one of every " + every + "th");
        }
        int i = v.index() / every;
        for (int k = 0; k < inputs[i].length; k++) {
            inputs[i][k] = run.input(v.index(), k);
        }
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

    /** Rows held: every sample's, or every {@link #every()}-th's. */
    public int rows() {
        return errors.length;
    }

    /** One row per this many samples: 1 when every sample is held. */
    public int every() {
        return every;
    }

    /** Failed samples among the rows held. */
    public int failed() {
        return failed;
    }

    public List<Sweep.Variant> failures() {
        return failures;
    }

    /** Row i's inputs as written (row i is sample i × {@link #every()}). */
    public String[] labels(int i) {
        return labels[i];
    }

    /** Row i's reason for failing, or null. */
    public String error(int i) {
        return errors[i];
    }

    /** Metric {@code m} in every row (NaN where it failed). */
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
