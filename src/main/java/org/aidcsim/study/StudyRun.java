package org.aidcsim.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioVariants;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Node;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimension;

/**
 * A study's samples, each the scenario with its uncertain fields set, run in process on the sweep's
 * engine (all cores, results in sample order); the same plan and seed give the same samples and the
 * same figures, on any number of threads.
 */
public final class StudyRun {
    private final StudyPlan plan;
    /** Each sample's uniform numbers, one per input. */
    private final Sampling.Points points;
    private final List<SweepDimension> asDimensions;

    public StudyRun(StudyPlan plan) {
        this.plan = plan;
        this.points = plan.sampling().draw(plan.samples(), plan.inputs().size(), plan.seed());
        this.asDimensions = plan.inputs().stream().map(in -> new SweepDimension(in.path(), in.checkpoints(), in.origin(),
                in.originPath())).toList();
    }

    public StudyPlan plan() {
        return plan;
    }

    /** Every input of sample i as a number (NaN for a written value that is not one), its point computed once. */
    public double[] inputs(int i) {
        double[] point = points.at(i);
        double[] out = new double[point.length];
        for (int k = 0; k < point.length; k++) {
            out[k] = plan.inputs().get(k).number(point[k]);
        }
        return out;
    }

    /** Sample {@code i}: its values as labels and every metric of its evaluation, or why it failed. */
    public Sweep.Variant sample(int i) {
        double[] point = points.at(i);
        return sample(i, point, shortcut(point));
    }

    /** Sample {@code i}, built by substitution or validated whole: the two must agree (a test holds them to it). */
    Sweep.Variant sample(int i, boolean bySubstitution) {
        return sample(i, points.at(i), bySubstitution);
    }

    private Sweep.Variant sample(int i, double[] point, boolean bySubstitution) {
        List<Node> chosen = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Map<String, Node> sets = new LinkedHashMap<>();
        for (int k = 0; k < plan.inputs().size(); k++) {
            UncertainInput in = plan.inputs().get(k);
            Node value = in.value(point[k]);
            chosen.add(value);
            labels.add(in.choices().isEmpty() ? Double.toString(in.number(point[k])) : SweepDimension.label(value));
            sets.put(in.path(), value);
        }
        try {
            LoadedScenario base = plan.base();
            LoadedScenario variant;
            if (bySubstitution) {
                variant = plan.shortcut().get().variant(chosen);
            } else {
                List<String> removals = new ArrayList<>(Sweep.removals(base, asDimensions, chosen));
                removals.add("study");
                variant = ScenarioVariants.with(base, sets, removals);
            }
            return new Sweep.Variant(i, labels, Optional.of(Evaluation.of(SiteCompiler.compile(variant), false).values()), "");
        } catch (ScenarioException e) {
            Issue first = e.issues().get(0);
            return new Sweep.Variant(i, labels, Optional.empty(), (first.path().isEmpty() ? "" : first.path() + ": ")
                    + first.message());
        }
    }

    /**
     * Whether the sample at {@code point} can be built by substitution: the plan admits every input's extremes or written
     * values as changing only themselves, and each drawn number lies between its input's validated extremes
     * (a normal's or lognormal's rare draw beyond ±4 sd is built and validated whole).
     */
    private boolean shortcut(double[] point) {
        if (plan.shortcut().isEmpty()) {
            return false;
        }
        for (int k = 0; k < plan.inputs().size(); k++) {
            UncertainInput in = plan.inputs().get(k);
            if (!in.choices().isEmpty()) {
                continue;
            }
            double x = in.number(point[k]);
            List<Double> ends = in.distribution().checkpoints();
            if (!plan.shortcut().get().numberField(k) || x < ends.get(0) || x > ends.get(ends.size() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Runs every sample on {@code threads} workers, handing each to {@code sink} in sample order. */
    public <T> void run(int threads, IntConsumer progress, Sweep.Sink<T> sink) throws IOException {
        Sweep.run(plan.samples(), this::sample, threads, progress, sink);
    }
}
