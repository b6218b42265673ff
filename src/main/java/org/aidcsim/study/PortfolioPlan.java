package org.aidcsim.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.metrics.Direction;
import org.aidcsim.metrics.Metric;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioVariants;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.schema.NodePaths;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimension;

/**
 * A portfolio read from a scenario's {@code portfolio} section: every candidate site with every
 * candidate design, each pair the scenario with both's fields set (the design's win where both set
 * one), checked before anything runs: each path names a field and each value is valid there.
 *
 * @param base the scenario
 * @param sites the sites' names
 * @param designs the designs' names
 * @param siteSets each site's fields
 * @param designSets each design's fields
 * @param rankBy the ranking metric and the second metric of the Pareto front
 */
public record PortfolioPlan(LoadedScenario base, List<String> sites, List<String> designs, List<Map<String, Node>> siteSets,
        List<Map<String, Node>> designSets, List<Metric> rankBy) {
    /** Most pairs a portfolio runs: as many as a sweep's variants. */
    public static final int MAX_PAIRS = Sweep.MAX_VARIANTS;

    public int size() {
        return sites.size() * designs.size();
    }

    /** The pair {@code i}: site i / designs, design i % designs. */
    public String site(int i) {
        return sites.get(i / designs.size());
    }

    public String design(int i) {
        return designs.get(i % designs.size());
    }

    /** Pair {@code i} run: its metrics, or why it failed. */
    public Sweep.Variant pair(int i) {
        Map<String, Node> sets = new LinkedHashMap<>(siteSets.get(i / designs.size()));
        sets.putAll(designSets.get(i % designs.size()));
        List<String> labels = List.of(site(i), design(i));
        try {
            List<SweepDimension> dims = sets.entrySet().stream().map(e -> new SweepDimension(e.getKey(), List.of(e.getValue()),
                    e.getValue().location(), "portfolio")).toList();
            List<String> removals = new ArrayList<>(Sweep.removals(base, dims, new ArrayList<>(sets.values())));
            removals.add("portfolio");
            LoadedScenario variant = ScenarioVariants.with(base, sets, removals);
            return new Sweep.Variant(i, labels, Optional.of(Evaluation.of(SiteCompiler.compile(variant), false).values()), "");
        } catch (ScenarioException e) {
            Issue first = e.issues().get(0);
            return new Sweep.Variant(i, labels, Optional.empty(), (first.path().isEmpty() ? "" : first.path() + ": ")
                    + first.message());
        }
    }

    /** The portfolio of {@code s}, checked. */
    public static PortfolioPlan read(LoadedScenario s) throws ScenarioException {
        Object section = s.resolved().get("portfolio");
        Location file = new Location(s.file().toString(), 0, 0);
        if (!(section instanceof Map<?, ?> p)) {
            throw new ScenarioException(List.of(new Issue(file, "portfolio", "no portfolio section (expected portfolio: {sites: [...], "
                    + "designs: [...]}, docs/studies.md)")));
        }
        List<Issue> issues = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        List<String> designs = new ArrayList<>();
        List<Map<String, Node>> siteSets = entries(s, "portfolio.sites", (List<?>) p.get("sites"), sites, issues);
        List<Map<String, Node>> designSets = entries(s, "portfolio.designs", (List<?>) p.get("designs"), designs, issues);
        List<Metric> rankBy = new ArrayList<>();
        List<?> keys = (List<?>) p.get("rank_by");
        for (int k = 0; k < keys.size(); k++) {
            String at = "portfolio.rank_by[" + k + "]";
            var m = Metric.ofKey((String) keys.get(k));
            if (m.isEmpty() || m.get().direction() == Direction.NEITHER) {
                issues.add(new Issue(s.locations().getOrDefault(at, file), at, "expected a metric with a better direction (pue, tco, "
                        + "capex, wue_l_per_kwh, carbon_t_per_year, …), found " + keys.get(k)));
            } else {
                rankBy.add(m.get());
            }
        }
        if (keys.size() != 2) {
            issues.add(new Issue(s.locations().getOrDefault("portfolio.rank_by", file), "portfolio.rank_by", "two metrics (expected "
                    + "2, found " + keys.size() + ")"));
        }
        if ((long) sites.size() * designs.size() > MAX_PAIRS) {
            issues.add(new Issue(s.locations().getOrDefault("portfolio", file), "portfolio", String.format("too many pairs (expected "
                    + "sites × designs ≤ %,d, found %,d)", MAX_PAIRS, (long) sites.size() * designs.size())));
        }
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        // every path and value checked as a sweep checks its values: each value alone in the scenario
        Map<String, List<Node>> byPath = new LinkedHashMap<>();
        for (List<Map<String, Node>> group : List.of(siteSets, designSets)) {
            group.forEach(m -> m.forEach((path, value) -> byPath.computeIfAbsent(path, x -> new ArrayList<>()).add(value)));
        }
        Sweep.check(s, byPath.entrySet().stream().map(e -> new SweepDimension(e.getKey(), e.getValue(),
                e.getValue().get(0).location(), "portfolio")).toList());
        return new PortfolioPlan(s, sites, designs, siteSets, designSets, rankBy);
    }

    private static List<Map<String, Node>> entries(LoadedScenario s, String at, List<?> written, List<String> names, List<Issue> issues) {
        List<Map<String, Node>> out = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Map<?, ?> e = (Map<?, ?>) written.get(i);
            String name = (String) e.get("name");
            String here = at + "[" + i + "]";
            if (names.contains(name)) {
                issues.add(new Issue(s.locations().getOrDefault(here + ".name", new Location(s.file().toString(), 0, 0)), here + ".name",
                        "\"" + name + "\" is named twice (expected each name once)"));
            }
            names.add(name);
            Map<String, Node> sets = new LinkedHashMap<>();
            List<?> fields = (List<?>) e.get("set");
            for (int k = 0; k < fields.size(); k++) {
                String path = (String) ((Map<?, ?>) fields.get(k)).get("path");
                try {
                    Node value = NodePaths.get(s.root(), here + ".set[" + k + "].value").orElseThrow();
                    sets.put(path, value);
                } catch (NodePaths.PathException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            out.add(sets);
        }
        return out;
    }
}
