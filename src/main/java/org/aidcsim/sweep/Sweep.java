package org.aidcsim.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioVariants;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Node;
import org.aidcsim.schema.NodePaths;

/**
 * Runs the Cartesian product of the dimensions on all cores. Variants are numbered in row-major
 * order (the first dimension changes slowest) and come back in that order whatever thread ran
 * them, so the same scenario gives the same table. A variant that fails is kept with its reason;
 * the others still run.
 */
public final class Sweep {
    /**
     * One variant.
     *
     * @param index position in the product, from 0
     * @param values the value of each dimension
     * @param evaluation its results, or empty when it failed
     * @param error why it failed, or ""
     */
    public record Variant(int index, List<String> values, Optional<Evaluation> evaluation, String error) {
        public Variant {
            values = List.copyOf(values);
        }
    }

    private Sweep() {
    }

    /**
     * Checks the dimensions before anything runs: every path must name a field of the scenario and
     * every value must be valid there on its own. All problems are reported together.
     */
    public static void check(LoadedScenario base, List<SweepDimension> dimensions) throws ScenarioException {
        List<Issue> issues = new ArrayList<>();
        double variants = 1;
        for (SweepDimension d : dimensions) {
            variants *= d.values().size();
            if (d.values().size() > SweepDimensions.MAX_VALUES) {
                issues.add(new Issue(d.origin(), d.originPath(), "too many values (expected at most " + SweepDimensions.MAX_VALUES
                        + " per dimension, found " + d.values().size() + ")"));
            }
        }
        if (!dimensions.isEmpty() && variants > MAX_VARIANTS) {
            issues.add(new Issue(dimensions.get(0).origin(), "sweep", String.format(Locale.ROOT,
                    "too many variants (expected at most %d, found %.0f)", MAX_VARIANTS, variants)));
        }
        if (!issues.isEmpty()) {
            // each value is checked below by building its variant: not for a sweep that will not run
            throw new ScenarioException(issues);
        }
        for (SweepDimension d : dimensions) {
            try {
                Object at = base.resolved();
                for (Object seg : NodePaths.parse(d.path())) {
                    if (seg instanceof String key && at instanceof Map<?, ?> m && m.containsKey(key)) {
                        at = m.get(key);
                    } else if (seg instanceof Integer i && at instanceof List<?> l && i < l.size()) {
                        at = l.get(i);
                    } else {
                        throw new NodePaths.PathException("names no field of the scenario (expected a path such as "
                                + "it.groups[0].rack_power_kw or cooling.technology, found \"" + d.path() + "\")");
                    }
                }
            } catch (NodePaths.PathException e) {
                issues.add(new Issue(d.origin(), d.originPath() + ".path", e.getMessage()));
                continue;
            }
            for (Node value : d.values()) {
                try {
                    ScenarioVariants.with(base, Map.of(d.path(), value), removals(base, List.of(d), List.of(value)));
                } catch (ScenarioException e) {
                    issues.addAll(e.issues());
                }
            }
        }
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
    }

    /**
     * Variants of one sweep at most. A sweep is every combination of its dimensions, so a few long
     * ranges multiply past what any study reads; a million is the scale a design-space exploration
     * needs (docs/limits.md).
     */
    public static final int MAX_VARIANTS = 1_000_000;

    /** Number of variants. */
    public static int size(List<SweepDimension> dimensions) {
        int n = 1;
        for (SweepDimension d : dimensions) {
            n = Math.multiplyExact(n, d.values().size());
        }
        return n;
    }

    /**
     * Runs every variant.
     *
     * @param threads worker threads (≥ 1)
     * @param withSeries keep each variant's hourly series (for hourly carbon or charts)
     * @param progress told the count of finished variants as they finish
     */
    public static List<Variant> run(LoadedScenario base, List<SweepDimension> dimensions, int threads, boolean withSeries,
            IntConsumer progress) {
        return run(base, dimensions, threads, withSeries, 0, progress);
    }

    /** As above, estimating each variant's availability over {@code availabilityYears} (0: not at all). */
    public static List<Variant> run(LoadedScenario base, List<SweepDimension> dimensions, int threads, boolean withSeries,
            double availabilityYears, IntConsumer progress) {
        int n = size(dimensions);
        Variant[] out = new Variant[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // Plain threads joined one by one rather than a pool's future: a worker that dies (out of memory, even
        // inside its own error handling) ends its thread, and join returns; a future it never completes would
        // leave the command waiting forever.
        Thread[] workers = new Thread[Math.max(1, Math.min(threads, n))];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
                        out[i] = variant(base, dimensions, i, withSeries, availabilityYears);
                        progress.accept(done.incrementAndGet());
                    }
                } catch (Throwable t) { // NOPMD: any failure of a worker ends the sweep, reported by the caller
                    failure.compareAndSet(null, t);
                }
            }, "aidcsim-sweep-" + w);
            workers[w].setDaemon(true);
            // a worker whose own catch ran out of memory dies quietly: the count of finished variants tells
            workers[w].setUncaughtExceptionHandler((thread, e) -> { });
            workers[w].start();
        }
        try {
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            failure.compareAndSet(null, e);
            for (Thread worker : workers) {
                worker.interrupt();
            }
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        }
        Throwable failed = failure.get();
        if (failed instanceof Error error) {
            throw error; // out of memory, above all: the caller says so rather than report a bug
        }
        if (failed != null) {
            throw new IllegalStateException("sweep failed: " + failed, failed);
        }
        if (done.get() < n) {
            // a worker died in its own error handling: only memory exhaustion does that
            throw new OutOfMemoryError("a sweep worker stopped after " + done.get() + " of " + n + " variants");
        }
        return List.of(out);
    }

    /**
     * Fields to drop before applying the values: the sweep itself, and the liquid section when the
     * cooling technology changes (the new technology brings its own liquid defaults) unless the
     * sweep sets liquid fields itself.
     */
    static List<String> removals(LoadedScenario base, List<SweepDimension> dimensions, List<Node> values) {
        List<String> out = new ArrayList<>();
        out.add("sweep");
        for (int d = 0; d < dimensions.size(); d++) {
            if (dimensions.get(d).path().equals("cooling.technology")
                    && dimensions.stream().noneMatch(x -> x.path().startsWith("cooling.liquid"))
                    && !SweepDimension.label(values.get(d)).equals(base.spec().cooling().technology().key())) {
                out.add("cooling.liquid");
            }
        }
        return out;
    }

    static Variant variant(LoadedScenario base, List<SweepDimension> dimensions, int index, boolean withSeries,
            double availabilityYears) {
        Map<String, Node> sets = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        int rest = index;
        int[] pick = new int[dimensions.size()];
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            int size = dimensions.get(d).values().size();
            pick[d] = rest % size;
            rest /= size;
        }
        List<Node> chosen = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            SweepDimension dim = dimensions.get(d);
            Node value = dim.values().get(pick[d]);
            sets.put(dim.path(), value);
            chosen.add(value);
            labels.add(SweepDimension.label(value));
        }
        List<String> removals = removals(base, dimensions, chosen);
        try {
            LoadedScenario variant = ScenarioVariants.with(base, sets, removals);
            return new Variant(index, labels, Optional.of(Evaluation.of(ScenarioCompiler.compile(variant), withSeries,
                    availabilityYears)), "");
        } catch (ScenarioException e) {
            Issue first = e.issues().get(0);
            String more = e.issues().size() > 1 ? " (+" + (e.issues().size() - 1) + " more)" : "";
            return new Variant(index, labels, Optional.empty(), (first.path().isEmpty() ? "" : first.path() + ": ")
                    + first.message() + more);
        }
    }
}
