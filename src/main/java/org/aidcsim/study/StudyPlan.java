package org.aidcsim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.metrics.Metric;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioVariants;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.schema.NodePaths;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimension;

/**
 * A study read from a scenario's {@code study} section and checked before anything runs: every
 * path names a field, every input's extremes (or every written value) are valid there, and the
 * points are drawn once from the seed.
 *
 * @param base the scenario studied
 * @param inputs the uncertain fields
 * @param samples how many samples
 * @param seed the sampler's seed
 * @param sampling how points are drawn
 * @param tornadoMetrics the metrics the tornado ranks inputs for
 * @param shortcut how samples are built without validating each whole, when every input changes only itself (as a sweep's
 *        values may); empty when some value brings other changes
 */
public record StudyPlan(LoadedScenario base, List<UncertainInput> inputs, int samples, long seed, Sampling sampling,
        List<Metric> tornadoMetrics, Optional<ScenarioVariants.Substitution> shortcut) {
    /**
     * Most numbers a Latin hypercube draws (samples × inputs): it draws them all at once, 8 bytes each, held while
     * the study runs. Sobol' and random points are computed from their sample's number and held nowhere.
     */
    public static final long MAX_DRAWS = 20_000_000L;
    /** Most samples of a study: sample numbers are Java ints, and 10⁹ is the scale docs/studies.md works out for a cluster. */
    public static final int MAX_SAMPLES = 1_000_000_000;

    public StudyPlan {
        inputs = List.copyOf(inputs);
        tornadoMetrics = List.copyOf(tornadoMetrics);
    }

    /**
     * The study of {@code s}, checked; {@code samples} and {@code seed} replace the file's when given.
     *
     * @throws ScenarioException every problem found, located
     */
    public static StudyPlan read(LoadedScenario s, Optional<Integer> samplesOption, Optional<Long> seedOption) throws ScenarioException {
        Object section = s.resolved().get("study");
        Location file = new Location(s.file().toString(), 0, 0);
        if (!(section instanceof Map<?, ?> study)) {
            throw new ScenarioException(List.of(new Issue(file, "study", "no study section (expected study: {inputs: [...]}, "
                    + "docs/studies.md)")));
        }
        List<Issue> issues = new ArrayList<>();
        List<UncertainInput> inputs = new ArrayList<>();
        List<?> written = (List<?>) study.get("inputs");
        for (int i = 0; i < written.size(); i++) {
            String at = "study.inputs[" + i + "]";
            Map<?, ?> in = (Map<?, ?>) written.get(i);
            String path = (String) in.get("path");
            Location origin = s.locations().getOrDefault(at, file);
            if (inputs.stream().anyMatch(x -> x.path().equals(path))) {
                issues.add(new Issue(origin, at + ".path", "\"" + path + "\" is given twice (expected each field once)"));
                continue;
            }
            try {
                inputs.add(input(s, at, path, (Map<?, ?>) in.get("distribution"), origin));
            } catch (IllegalArgumentException e) {
                issues.add(new Issue(s.locations().getOrDefault(at + ".distribution", origin), at + ".distribution", e.getMessage()));
            }
        }
        int samples = samplesOption.orElse(((Number) study.get("samples")).intValue());
        long seed = seedOption.orElse(((Number) study.get("seed")).longValue());
        Sampling sampling = Sampling.ofKey((String) study.get("sampling")).orElseThrow();
        if (sampling == Sampling.LATIN_HYPERCUBE && (long) samples * Math.max(1, inputs.size()) > MAX_DRAWS) {
            issues.add(new Issue(s.locations().getOrDefault("study.samples", file), "study.samples", String.format(Locale.ROOT,
                    "too many draws for a Latin hypercube, which draws all at once (expected samples × inputs ≤ %,d, found "
                            + "%,d × %d; sobol or random sampling computes each sample's point alone and takes up to %,d samples, more than "
                            + "1,000,000 with --engine spark)",
                    MAX_DRAWS, samples, inputs.size(), MAX_SAMPLES)));
        }
        if (sampling == Sampling.SOBOL && inputs.size() > Sampling.MAX_SOBOL_DIMENSIONS) {
            issues.add(new Issue(s.locations().getOrDefault("study.sampling", file), "study.sampling", "a Sobol' sequence of "
                    + "more than " + Sampling.MAX_SOBOL_DIMENSIONS + " inputs (expected fewer inputs or latin_hypercube)"));
        }
        List<Metric> metrics = new ArrayList<>();
        List<?> keys = (List<?>) study.get("metrics");
        for (int k = 0; k < keys.size(); k++) {
            Optional<Metric> m = Metric.ofKey((String) keys.get(k));
            if (m.isEmpty()) {
                issues.add(new Issue(s.locations().getOrDefault("study.metrics[" + k + "]", file), "study.metrics[" + k + "]",
                        "no metric of that key (expected a key of docs/outputs.md such as pue, tco, wue_l_per_kwh, found "
                                + keys.get(k) + ")"));
            } else {
                metrics.add(m.get());
            }
        }
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        // every path and every extreme or written value validated as the sweep validates its values
        Sweep.Plan checked = Sweep.check(s, inputs.stream().map(in -> new SweepDimension(in.path(), in.checkpoints(), in.origin(),
                in.originPath())).toList());
        return new StudyPlan(s, inputs, samples, seed, sampling, metrics, checked.shortcut());
    }

    private static UncertainInput input(LoadedScenario s, String at, String path, Map<?, ?> d, Location origin) {
        String type = (String) d.get("type");
        Distribution distribution = switch (type) {
            case "uniform" -> new Distribution.Uniform(num(d, "min"), num(d, "max"));
            case "normal" -> new Distribution.Normal(num(d, "mean"), num(d, "sd"));
            case "triangular" -> new Distribution.Triangular(num(d, "min"), num(d, "mode"), num(d, "max"));
            case "lognormal" -> new Distribution.Lognormal(num(d, "median"), num(d, "sigma"));
            default -> null;
        };
        if (distribution != null) {
            return new UncertainInput(path, distribution, List.of(), origin, at);
        }
        List<Node> choices;
        try {
            choices = ((Node.ListNode) NodePaths.get(s.root(), at + ".distribution.values").orElseThrow()).items();
        } catch (NodePaths.PathException e) {
            throw new IllegalStateException(e);
        }
        List<?> weights = (List<?>) d.get("weights");
        if (weights != null && weights.size() != choices.size()) {
            throw new IllegalArgumentException(String.format("one weight per value (expected %d weights, found %d)", choices.size(),
                    weights.size()));
        }
        List<Double> w = new ArrayList<>();
        List<Double> indices = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            w.add(weights == null ? 1.0 : ((Number) weights.get(i)).doubleValue());
            indices.add((double) i);
        }
        return new UncertainInput(path, new Distribution.Discrete(indices, w), choices, origin, at);
    }

    private static double num(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
