package org.aidcsim.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
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
import org.aidcsim.scenario.ScenarioVariants;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.units.Units;

/**
 * PUE against rack density for several cooling technologies, in the scenario's own climate and on
 * its own power chain. The hall keeps its design IT load: at each density every rack group is
 * re-racked to carry the same power (racks = round(racks × old density / new density), at least 1).
 * A technology switched in takes its own defaults; a density a technology cannot cool (air above
 * its per-rack limit) is reported as infeasible with the reason, not run.
 */
public final class DensityStudy {
    /**
     * One point.
     *
     * @param technology cooling technology key
     * @param setValues the value of each extra swept field, as labelled in outputs (empty without)
     * @param rackPowerKw density
     * @param values the run's catalogue metrics (economics and availability left out), or empty when infeasible
     * @param reason why it is infeasible, or ""
     */
    public record Point(String technology, List<String> setValues, double rackPowerKw, Optional<MetricValues> values,
            String reason) {
        /** The line this point belongs to: its technology and extra values. */
        public String line() {
            return setValues.isEmpty() ? technology : technology + ", " + String.join(", ", setValues);
        }
    }

    private DensityStudy() {
    }

    /**
     * Runs every (technology, extra values, density) combination on all cores; results come back in
     * input order, densities innermost.
     *
     * @param dims extra swept fields (e.g. cooling.liquid.coolant), each value tried with every technology
     */
    public static List<Point> run(LoadedScenario base, List<CoolingTechnology> technologies, List<Double> densitiesKw,
            List<SweepDimension> dims) {
        List<List<Node>> combos = new ArrayList<>();
        combos.add(List.of());
        for (SweepDimension d : dims) {
            List<List<Node>> next = new ArrayList<>();
            for (List<Node> c : combos) {
                for (Node v : d.values()) {
                    List<Node> longer = new ArrayList<>(c);
                    longer.add(v);
                    next.add(longer);
                }
            }
            combos = next;
        }
        List<Object[]> jobs = new ArrayList<>();
        for (CoolingTechnology t : technologies) {
            for (List<Node> c : combos) {
                for (double d : densitiesKw) {
                    jobs.add(new Object[] {t, c, d});
                }
            }
        }
        return IntStream.range(0, jobs.size()).parallel()
                .mapToObj(i -> point(base, (CoolingTechnology) jobs.get(i)[0], dims, castNodes(jobs.get(i)[1]), (Double) jobs.get(i)[2]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Node> castNodes(Object o) {
        return (List<Node>) o;
    }

    static Point point(LoadedScenario base, CoolingTechnology tech, List<SweepDimension> dims, List<Node> values,
            double densityKw) {
        Location here = new Location("density study", 0, 0);
        Map<String, Node> sets = new LinkedHashMap<>();
        sets.put("cooling.technology", new Node.ScalarNode(here, Optional.of(tech.key())));
        var groups = base.spec().it().groups();
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).itCapacityW().isEmpty()) {
                long racks = Math.max(1, Math.round(groups.get(g).racks() * Units.wToKw(groups.get(g).rackPowerW()) / densityKw));
                sets.put("it.groups[" + g + "].racks", new Node.ScalarNode(here, Optional.of(racks)));
            }
            sets.put("it.groups[" + g + "].rack_power_kw", new Node.ScalarNode(here, Optional.of(densityKw)));
        }
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < dims.size(); k++) {
            sets.put(dims.get(k).path(), values.get(k));
            labels.add(SweepDimension.label(values.get(k)));
        }
        // another technology brings its own liquid defaults and components
        List<String> removals = tech.equals(base.spec().cooling().technology()) ? List.of() : List.of("cooling.liquid", "cooling.plant");
        try {
            LoadedScenario variant = ScenarioVariants.with(base, sets, removals);
            SiteModel model = SiteCompiler.compile(variant).model();
            AnnualMetrics run = AnnualRun.metricsOnly(model);
            Sizing sizing = SizingCalculator.of(model.cooling(), model.itLoad(), model.designItPowerW(), run, model.weather());
            return new Point(tech.key(), labels, densityKw, Optional.of(MetricValues.builder(run, sizing).build()), "");
        } catch (ScenarioException e) {
            var issue = e.issues().get(0);
            String reason = issue.path().isEmpty() ? issue.message() : issue.path() + ": " + issue.message();
            return new Point(tech.key(), labels, densityKw, Optional.empty(), reason);
        }
    }
}
