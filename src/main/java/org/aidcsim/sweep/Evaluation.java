package org.aidcsim.sweep;

import java.util.Optional;
import org.aidcsim.availability.AvailabilityResult;
import org.aidcsim.availability.MonteCarlo;
import org.aidcsim.economics.CostModel;
import org.aidcsim.economics.Economics;
import org.aidcsim.engine.AnnualRun;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.engine.SizingCalculator;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.Sizing;
import org.aidcsim.metrics.StepSeries;
import org.aidcsim.scenario.AvailabilityFactory;
import org.aidcsim.scenario.CompiledScenario;
import org.aidcsim.scenario.EconomicsFactory;
import org.aidcsim.scenario.ScenarioException;

/**
 * Everything one design gives: the run, its sizing, its power chain at design load and its
 * economics. What run, compare and sweep all report.
 *
 * @param scenario the compiled scenario
 * @param metrics totals of the run
 * @param series per-step values, when asked for
 * @param sizing design figures
 * @param design the power chain at design IT load
 * @param economics cost and carbon
 * @param availability Monte Carlo availability, when asked for
 */
public record Evaluation(CompiledScenario scenario, AnnualMetrics metrics, Optional<StepSeries> series, Sizing sizing,
        ChainPoint design, Economics economics, Optional<AvailabilityResult> availability) {

    /** Runs and prices {@code compiled}; with {@code withSeries}, keeps every step too. */
    public static Evaluation of(CompiledScenario compiled, boolean withSeries) throws ScenarioException {
        return of(compiled, withSeries, 0);
    }

    /**
     * Runs, prices and, for {@code availabilityYears} &gt; 0, estimates availability with that many
     * simulated years (seed from the scenario).
     */
    public static Evaluation of(CompiledScenario compiled, boolean withSeries, double availabilityYears) throws ScenarioException {
        var model = compiled.model();
        AnnualMetrics metrics;
        Optional<StepSeries> series;
        if (withSeries) {
            AnnualRun run = AnnualRun.of(model);
            metrics = run.metrics();
            series = Optional.of(run.series());
        } else {
            metrics = AnnualRun.metricsOnly(model);
            series = Optional.empty();
        }
        Sizing sizing = SizingCalculator.of(model, metrics);
        ChainPoint design = ChainPoint.of(model, 1.0);
        EconomicsFactory.PricedParts parts = EconomicsFactory.parts(compiled);
        Optional<double[]> hourly = parts.inputs().hourlyCarbonGPerKwh().isPresent() ? facilityPower(compiled, series)
                : Optional.empty();
        Economics economics = CostModel.price(model, metrics, sizing, design, parts.whiteSpaceM2(), parts.battery(),
                parts.supercap(), parts.generators(), parts.inputs(), hourly);
        Optional<AvailabilityResult> availability = Optional.empty();
        if (availabilityYears > 0) {
            var structure = AvailabilityFactory.build(compiled, metrics.peakFacilityPowerW());
            availability = Optional.of(MonteCarlo.run(structure, availabilityYears, compiled.scenario().spec().availability().seed()));
        }
        return new Evaluation(compiled, metrics, series, sizing, design, economics, availability);
    }

    private static Optional<double[]> facilityPower(CompiledScenario compiled, Optional<StepSeries> series) {
        StepSeries s = series.orElseGet(() -> AnnualRun.of(compiled.model()).series());
        double[] p = new double[s.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = s.get(StepSeries.Column.FACILITY_POWER_W, i);
        }
        return Optional.of(p);
    }
}
