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
import org.aidcsim.scenario.ScenarioCompiler;
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
     * @param rackPowerKw density
     * @param values the run's catalogue metrics (economics and availability left out), or empty when infeasible
     * @param reason why it is infeasible, or ""
     */
    public record Point(String technology, double rackPowerKw, Optional<MetricValues> values, String reason) {
    }

    private DensityStudy() {
    }

    /** Runs every (technology, density) pair on all cores; results come back in input order. */
    public static List<Point> run(LoadedScenario base, List<CoolingTechnology> technologies, List<Double> densitiesKw) {
        List<double[]> pairs = new ArrayList<>();
        for (int t = 0; t < technologies.size(); t++) {
            for (double d : densitiesKw) {
                pairs.add(new double[] {t, d});
            }
        }
        return IntStream.range(0, pairs.size()).parallel()
                .mapToObj(i -> point(base, technologies.get((int) pairs.get(i)[0]), pairs.get(i)[1]))
                .toList();
    }

    static Point point(LoadedScenario base, CoolingTechnology tech, double densityKw) {
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
        List<String> removals = tech.equals(base.spec().cooling().technology()) ? List.of() : List.of("cooling.liquid");
        try {
            LoadedScenario variant = ScenarioVariants.with(base, sets, removals);
            SiteModel model = ScenarioCompiler.compile(variant).model();
            AnnualMetrics run = AnnualRun.metricsOnly(model);
            Sizing sizing = SizingCalculator.of(model.cooling(), model.itLoad(), run, model.weather());
            return new Point(tech.key(), densityKw, Optional.of(MetricValues.builder(run, sizing).build()), "");
        } catch (ScenarioException e) {
            String reason = e.issues().get(0).message();
            return new Point(tech.key(), densityKw, Optional.empty(), reason);
        }
    }
}
