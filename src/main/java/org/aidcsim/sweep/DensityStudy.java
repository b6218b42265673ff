package org.aidcsim.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.cooling.CoolingTechnology;
import org.aidcsim.engine.AnnualRun;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.metrics.Sizing;
import org.aidcsim.metrics.SizingCalculator;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioInputs;
import org.aidcsim.scenario.ScenarioSpec;
import org.aidcsim.scenario.ScenarioVariants;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.units.Units;

/**
 * PUE against rack density for several cooling technologies, in the scenario's own climate and on
 * its own power chain. The hall keeps its design IT load: at each density the densest rack groups
 * (those of the highest rack power; storage and management racks beside them keep theirs) are
 * re-racked to carry the same power (racks = round(racks × old density / new density), at least 1;
 * a group counted in systems keeps its system's liquid share and chips). A technology switched in
 * takes its own defaults, and a field of the liquid loop is left out for air; a density a
 * technology cannot cool (air above its per-rack limit) is reported as infeasible with the reason,
 * not run.
 */
public final class DensityStudy {
    /**
     * One point.
     *
     * @param technology cooling technology key
     * @param setValues the value of each extra swept field, as labelled in outputs (empty without); "" for a field the
     *        technology does not have
     * @param rackPowerKw density
     * @param values the run's catalogue metrics (economics and availability left out), or empty when infeasible
     * @param reason why it is infeasible, or ""
     */
    public record Point(String technology, List<String> setValues, double rackPowerKw, Optional<MetricValues> values,
            String reason) {
        /** The line this point belongs to: its technology and extra values. */
        public String line() {
            List<String> given = setValues.stream().filter(v -> !v.isEmpty()).toList();
            return given.isEmpty() ? technology : technology + ", " + String.join(", ", given);
        }
    }

    /**
     * A checked study, ready to run.
     *
     * @param labels each extra field's values as outputs name them, in the fields' order: a weather file by the place its
     *        header names, anything else as written
     * @param climate where the study runs, for titles: the place of the scenario's weather, or how many climates a
     *        swept weather file gives
     */
    public record Plan(LoadedScenario base, List<CoolingTechnology> technologies, List<Double> densitiesKw,
            List<SweepDimension> dims, List<List<String>> labels, String climate) {
        public Plan {
            technologies = List.copyOf(technologies);
            densitiesKw = List.copyOf(densitiesKw);
            dims = List.copyOf(dims);
            labels = labels.stream().map(List::copyOf).toList();
        }
    }

    private static final String WEATHER_FILE = "site.weather.file";

    private DensityStudy() {
    }

    /**
     * Checks every value of every extra field with every technology before anything runs, as
     * {@code validate} would: a value wrong in itself (an unknown coolant, a weather file that is not
     * there) is an input error, not an infeasible point; a value refused by some technologies only (water in an
     * immersion tank) makes those points infeasible. Values are tried one field at a time, the
     * other fields at their first value, at the first density; the files each names are read.
     *
     * @param dims extra swept fields (e.g. cooling.liquid.coolant), each value tried with every technology
     * @throws ScenarioException with every value's problems, located at the option
     */
    public static Plan check(LoadedScenario base, List<CoolingTechnology> technologies, List<Double> densitiesKw,
            List<SweepDimension> dims) throws ScenarioException {
        List<Issue> issues = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (int k = 0; k < dims.size(); k++) {
            SweepDimension d = dims.get(k);
            List<String> named = new ArrayList<>();
            if (technologies.stream().noneMatch(t -> applies(t, d))) {
                issues.add(new Issue(d.origin(), d.originPath(), "\"" + d.path() + "\" is a field of the liquid loop, which none of "
                        + "the technologies has (expected a liquid technology in --technologies, found only air)"));
                labels.add(d.values().stream().map(SweepDimension::label).toList());
                continue;
            }
            for (Node value : d.values()) {
                List<Node> values = new ArrayList<>(dims.stream().map(x -> x.values().get(0)).toList());
                values.set(k, value);
                String label = SweepDimension.label(value);
                // wrong for one technology is an infeasible point (water in an immersion tank); wrong for all, an input error
                List<Issue> firstRefusal = null;
                boolean acceptedSomewhere = false;
                for (CoolingTechnology tech : technologies.stream().filter(t -> applies(t, d)).toList()) {
                    List<Issue> found = new ArrayList<>();
                    try {
                        ScenarioInputs in = ScenarioInputs.read(variant(base, tech, dims, values, densitiesKw.get(0)), found);
                        if (found.isEmpty() && d.path().equals(WEATHER_FILE) && !in.weather().locationName().isBlank()) {
                            label = in.weather().locationName().replaceFirst(", WMO [0-9]+$", "");
                        }
                    } catch (ScenarioException e) {
                        found.addAll(e.issues());
                    }
                    List<Issue> here = found.stream().filter(i -> i.path().startsWith(d.path())).toList();
                    acceptedSomewhere |= here.isEmpty();
                    if (!here.isEmpty() && firstRefusal == null) {
                        firstRefusal = here;
                    }
                }
                if (!acceptedSomewhere) {
                    String shown = SweepDimension.label(value);
                    firstRefusal.stream().map(i -> new Issue(d.origin(), d.originPath(), shown + ": " + i.message()))
                            .filter(i -> !issues.contains(i)).forEach(issues::add);
                }
                named.add(label);
            }
            labels.add(named);
        }
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        int weatherDim = dims.stream().map(SweepDimension::path).toList().indexOf(WEATHER_FILE);
        String climate;
        if (weatherDim >= 0) {
            climate = "in " + labels.get(weatherDim).size() + " climates";
        } else {
            // a weather file the base cannot read makes every point infeasible, each saying why: here it only names nothing
            var weather = ScenarioInputs.read(base, new ArrayList<>()).weather();
            climate = weather == null || weather.locationName().isBlank() ? ""
                    : "in " + weather.locationName().replaceFirst(", WMO [0-9]+$", "");
        }
        return new Plan(base, technologies, densitiesKw, dims, labels, climate);
    }

    /**
     * Runs every (technology, extra values, density) combination on all cores; results come back in
     * input order, densities innermost.
     */
    public static List<Point> run(Plan plan) {
        record Job(CoolingTechnology technology, int[] valueIndex, double densityKw) {
        }
        List<Job> jobs = new ArrayList<>();
        for (CoolingTechnology t : plan.technologies()) {
            // a field a technology does not have (the liquid loop's, for air) is left out of its lines: -1
            List<int[]> combos = new ArrayList<>();
            combos.add(new int[0]);
            for (SweepDimension d : plan.dims()) {
                List<int[]> next = new ArrayList<>();
                for (int[] c : combos) {
                    for (int v = 0; v < (applies(t, d) ? d.values().size() : 1); v++) {
                        int[] longer = Arrays.copyOf(c, c.length + 1);
                        longer[c.length] = applies(t, d) ? v : -1;
                        next.add(longer);
                    }
                }
                combos = next;
            }
            for (int[] c : combos) {
                for (double d : plan.densitiesKw()) {
                    jobs.add(new Job(t, c, d));
                }
            }
        }
        return jobs.parallelStream().map(j -> point(plan, j.technology(), j.valueIndex(), j.densityKw())).toList();
    }

    static Point point(Plan plan, CoolingTechnology tech, int[] valueIndex, double densityKw) {
        List<Node> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < valueIndex.length; k++) {
            values.add(valueIndex[k] < 0 ? null : plan.dims().get(k).values().get(valueIndex[k]));
            labels.add(valueIndex[k] < 0 ? "" : plan.labels().get(k).get(valueIndex[k]));
        }
        try {
            SiteModel model = SiteCompiler.compile(variant(plan.base(), tech, plan.dims(), values, densityKw)).model();
            AnnualMetrics run = AnnualRun.metricsOnly(model);
            Sizing sizing = SizingCalculator.of(model.cooling(), model.itLoad(), model.designItPowerW(), run, model.weather());
            return new Point(tech.key(), labels, densityKw, Optional.of(MetricValues.builder(run, sizing).build()), "");
        } catch (ScenarioException e) {
            var issue = e.issues().get(0);
            String reason = issue.path().isEmpty() ? issue.message() : issue.path() + ": " + issue.message();
            return new Point(tech.key(), labels, densityKw, Optional.empty(), reason);
        }
    }

    /** False for a field of the liquid loop and a technology without one. */
    static boolean applies(CoolingTechnology tech, SweepDimension d) {
        return tech.hasLiquidLoop() || !(d.path().equals("cooling.liquid") || d.path().startsWith("cooling.liquid."));
    }

    /** The base re-racked to {@code densityKw} with {@code tech} and the extra fields set. */
    private static LoadedScenario variant(LoadedScenario base, CoolingTechnology tech, List<SweepDimension> dims, List<Node> values,
            double densityKw) throws ScenarioException {
        Location here = new Location("density study", 0, 0);
        Map<String, Node> sets = new LinkedHashMap<>();
        sets.put("cooling.technology", new Node.ScalarNode(here, Optional.of(tech.key())));
        var groups = base.spec().it().groups();
        double densestW = groups.stream().mapToDouble(ScenarioSpec.RackGroupSpec::rackPowerW).max().orElse(0);
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).rackPowerW() < densestW * (1 - 1e-9)) {
                continue; // storage and management racks beside the AI racks keep what the file gives them
            }
            if (groups.get(g).itCapacityW().isEmpty()) {
                long racks = Math.max(1, Math.round(groups.get(g).racks() * Units.wToKw(groups.get(g).rackPowerW()) / densityKw));
                sets.put("it.groups[" + g + "].racks", new Node.ScalarNode(here, Optional.of(racks)));
            }
            sets.put("it.groups[" + g + "].rack_power_kw", new Node.ScalarNode(here, Optional.of(densityKw)));
        }
        for (int k = 0; k < dims.size(); k++) {
            if (values.get(k) != null && applies(tech, dims.get(k))) {
                sets.put(dims.get(k).path(), values.get(k));
            }
        }
        // another technology brings its own liquid defaults and components
        List<String> removals = new ArrayList<>(tech.equals(base.spec().cooling().technology()) ? List.of()
                : List.of("cooling.liquid", "cooling.plant"));
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).rackPowerW() < densestW * (1 - 1e-9)) {
                continue;
            }
            // a group counted in systems is re-racked like any other; its system still gives the liquid share and the chips
            if (base.locations().containsKey("it.groups[" + g + "].systems")) {
                removals.add("it.groups[" + g + "].systems");
            }
        }
        return ScenarioVariants.with(base, sets, removals);
    }
}
