package org.aidcsim.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
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
     * @param metrics every catalogue metric of its evaluation, or empty when it failed
     * @param error why it failed, or ""
     */
    public record Variant(int index, List<String> values, Optional<MetricValues> metrics, String error) {
        public Variant {
            values = List.copyOf(values);
        }
    }

    private Sweep() {
    }

    /**
     * Checks the dimensions before anything runs: every path must name a field of the scenario and
     * every value must be valid there on its own. All problems are reported together.
     *
     * @return the sweep, ready to run
     */
    public static Plan check(LoadedScenario base, List<SweepDimension> dimensions) throws ScenarioException {
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
        ScenarioVariants.Substitution shortcut;
        try {
            shortcut = new ScenarioVariants.Substitution(base, dimensions.stream().map(SweepDimension::path).toList(), "sweep");
        } catch (NodePaths.PathException e) {
            shortcut = null; // a path that names nothing is reported below
        }
        for (int di = 0; di < dimensions.size(); di++) {
            SweepDimension d = dimensions.get(di);
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
                    LoadedScenario alone = ScenarioVariants.with(base, Map.of(d.path(), value), removals(base, List.of(d),
                            List.of(value)));
                    if (shortcut != null) {
                        shortcut.admit(di, value, alone);
                    }
                } catch (ScenarioException e) {
                    issues.addAll(e.issues());
                }
            }
        }
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        return new Plan(base, dimensions, shortcut != null && shortcut.exact() ? Optional.of(shortcut) : Optional.empty());
    }

    /**
     * A checked sweep.
     *
     * @param base the scenario swept
     * @param dimensions the swept fields
     * @param shortcut how variants are built without validating each whole, when every swept value changes only
     *        itself; empty when some value brings other changes (a cooling technology, its own defaults)
     */
    public record Plan(LoadedScenario base, List<SweepDimension> dimensions, Optional<ScenarioVariants.Substitution> shortcut) {
        public Plan {
            dimensions = List.copyOf(dimensions);
        }

        /** Number of variants. */
        public int size() {
            return Sweep.size(dimensions);
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
     * Where a sweep's variants go. {@link #prepare} runs on the worker that evaluated the variant,
     * in any order and concurrently (the place for costly work such as formatting a row);
     * {@link #accept} receives the prepared variants one at a time in index order.
     *
     * @param <T> what a variant is prepared into
     */
    public interface Sink<T> {
        /** Never null. */
        T prepare(Variant variant);

        void accept(T prepared) throws IOException;
    }

    /**
     * How far the workers may run ahead of the variant {@link Sink#accept} waits for, per worker:
     * the variants held in memory at once are bounded by this, whatever the sweep's size.
     */
    static final int AHEAD_PER_WORKER = 64;

    /** Runs every variant and returns them in index order: for sweeps small enough to hold whole. */
    public static List<Variant> run(LoadedScenario base, List<SweepDimension> dimensions, int threads, IntConsumer progress)
            throws ScenarioException {
        List<Variant> out = new ArrayList<>();
        try {
            run(check(base, dimensions), threads, 0, progress, new Sink<Variant>() {
                @Override
                public Variant prepare(Variant variant) {
                    return variant;
                }

                @Override
                public void accept(Variant prepared) {
                    out.add(prepared);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the sink above never throws it
        }
        return out;
    }

    /**
     * Runs every variant on {@code threads} workers and hands each to {@code sink} in index order,
     * keeping only a bounded window of finished variants in memory.
     *
     * @param availabilityYears simulated years of the availability estimate per variant (0: none)
     * @param progress told the count of finished variants as they finish
     * @throws IOException what the sink threw; the sweep stops at the first failure
     * @throws OutOfMemoryError when a worker ran out of memory
     */
    public static <T> void run(Plan plan, int threads, double availabilityYears, IntConsumer progress, Sink<T> sink)
            throws IOException {
        run(plan.size(), i -> variant(plan, i, availabilityYears), threads, progress, sink);
    }

    /**
     * Runs {@code n} variants that {@code variants} makes by index on {@code threads} workers, handing each to
     * {@code sink} in index order: the engine of sweeps and studies alike.
     *
     * @throws IOException what the sink threw; the run stops at the first failure
     * @throws OutOfMemoryError when a worker ran out of memory
     */
    public static <T> void run(int n, IntFunction<Variant> variants, int threads, IntConsumer progress, Sink<T> sink)
            throws IOException {
        int workerCount = Math.max(1, Math.min(threads, n));
        new Ordered<>(variants, progress, sink, n, workerCount).run();
    }

    /** The workers of one run and the window that puts their variants back in order. */
    private static final class Ordered<T> {
        private final IntFunction<Variant> variants;
        private final IntConsumer progress;
        private final Sink<T> sink;
        private final int n;
        private final Thread[] workers;
        private final Object[] window;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        /** Guarded by {@code this}: the next variant to hand out, and the next the sink waits for. */
        private int next;
        private int accepted;

        Ordered(IntFunction<Variant> variants, IntConsumer progress, Sink<T> sink, int n, int workerCount) {
            this.variants = variants;
            this.progress = progress;
            this.sink = sink;
            this.n = n;
            this.workers = new Thread[workerCount];
            this.window = new Object[workerCount * AHEAD_PER_WORKER];
        }

        void run() throws IOException {
            // Plain threads joined one by one rather than a pool's future: a worker that dies (out of memory,
            // even inside its own error handling) ends its thread and join returns, where a future it never
            // completed would leave the command waiting forever.
            for (int w = 0; w < workers.length; w++) {
                workers[w] = new Thread(this::work, "aidcsim-sweep-" + w);
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
            if (failed instanceof IOException io) {
                throw io;
            }
            if (failed != null) {
                throw new IllegalStateException("sweep failed: " + failed, failed);
            }
            if (accepted < n) {
                // a worker died in its own error handling: only memory exhaustion does that
                throw new OutOfMemoryError("a sweep worker stopped after " + done.get() + " of " + n + " variants");
            }
        }

        private void work() {
            try {
                for (int i = take(); i >= 0; i = take()) {
                    T prepared = Objects.requireNonNull(sink.prepare(variants.apply(i)),
                            "a sink's prepared variant");
                    progress.accept(done.incrementAndGet());
                    deliver(i, prepared);
                }
            } catch (Throwable t) { // NOPMD: any failure of a worker ends the sweep, reported by the caller
                failure.compareAndSet(null, t);
                synchronized (this) {
                    notifyAll();
                }
            }
        }

        /** The next variant to run, once the window has room for it; -1 when there is none or the sweep failed. */
        private synchronized int take() throws InterruptedException {
            while (next < n && next - accepted >= window.length && failure.get() == null) {
                // bounded wait: a worker that died without a word (out of memory in its own catch) never delivers
                wait(50);
                if (anyWorkerDead()) {
                    failure.compareAndSet(null, new OutOfMemoryError("a sweep worker stopped after " + done.get() + " of " + n
                            + " variants"));
                }
            }
            return next < n && failure.get() == null ? next++ : -1;
        }

        private boolean anyWorkerDead() {
            for (Thread w : workers) {
                if (w != null && w.getState() == Thread.State.TERMINATED) {
                    return true;
                }
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        private synchronized void deliver(int index, T prepared) throws IOException {
            window[index % window.length] = prepared;
            boolean moved = false;
            while (accepted < n && window[accepted % window.length] != null) {
                T head = (T) window[accepted % window.length];
                window[accepted % window.length] = null;
                sink.accept(head);
                accepted++;
                moved = true;
            }
            if (moved) {
                notifyAll();
            }
        }
    }

    /**
     * Fields to drop before applying the values: the sweep itself, and the liquid section and the
     * plant when the cooling technology changes (the new technology brings its own liquid defaults
     * and components) unless the sweep sets fields of them itself.
     */
    public static List<String> removals(LoadedScenario base, List<SweepDimension> dimensions, List<Node> values) {
        List<String> out = new ArrayList<>();
        out.add("sweep");
        for (int d = 0; d < dimensions.size(); d++) {
            boolean otherTechnology = dimensions.get(d).path().equals("cooling.technology")
                    && !SweepDimension.label(values.get(d)).equals(base.spec().cooling().technology().key());
            for (String section : List.of("cooling.liquid", "cooling.plant")) {
                if (otherTechnology && dimensions.stream().noneMatch(x -> x.path().startsWith(section))) {
                    out.add(section);
                }
            }
        }
        return out;
    }

    /** The swept values of variant {@code index}, as its row labels them. */
    public static List<String> labels(List<SweepDimension> dimensions, int index) {
        List<String> labels = new ArrayList<>(dimensions.size());
        for (Node value : chosen(dimensions, index)) {
            labels.add(SweepDimension.label(value));
        }
        return labels;
    }

    /** The value of each dimension in variant {@code index}: row-major, the last dimension changes fastest. */
    private static List<Node> chosen(List<SweepDimension> dimensions, int index) {
        Node[] chosen = new Node[dimensions.size()];
        int rest = index;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            List<Node> values = dimensions.get(d).values();
            chosen[d] = values.get(rest % values.size());
            rest /= values.size();
        }
        return List.of(chosen);
    }

    static Variant variant(Plan plan, int index, double availabilityYears) {
        List<SweepDimension> dimensions = plan.dimensions();
        List<Node> chosen = chosen(dimensions, index);
        List<String> labels = labels(dimensions, index);
        try {
            LoadedScenario variant;
            if (plan.shortcut().isPresent()) {
                variant = plan.shortcut().get().variant(chosen);
            } else {
                Map<String, Node> sets = new LinkedHashMap<>();
                for (int d = 0; d < dimensions.size(); d++) {
                    sets.put(dimensions.get(d).path(), chosen.get(d));
                }
                variant = ScenarioVariants.with(plan.base(), sets, removals(plan.base(), dimensions, chosen));
            }
            return new Variant(index, labels, Optional.of(Evaluation.of(SiteCompiler.compile(variant), false,
                    availabilityYears).values()), "");
        } catch (ScenarioException e) {
            Issue first = e.issues().get(0);
            String more = e.issues().size() > 1 ? " (+" + (e.issues().size() - 1) + " more)" : "";
            return new Variant(index, labels, Optional.empty(), (first.path().isEmpty() ? "" : first.path() + ": ")
                    + first.message() + more);
        }
    }
}
