package org.aidcsim.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.availability.AvailabilityResult;
import org.aidcsim.availability.MonteCarlo;
import org.aidcsim.availability.PowerPathStructure;
import org.aidcsim.economics.CostModel;
import org.aidcsim.economics.EconomicInputs;
import org.aidcsim.economics.LoadYear;
import org.aidcsim.economics.Economics;
import org.aidcsim.engine.AnnualRun;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.engine.DesignPoint;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.power.HeatSink;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.metrics.Sizing;
import org.aidcsim.metrics.SizingCalculator;
import org.aidcsim.metrics.StepSeries;
import org.aidcsim.standards.Ashrae904;
import org.aidcsim.standards.ChinaGb40879;
import org.aidcsim.standards.MeasurementPoints;
import org.aidcsim.standards.RenewableShare;
import org.aidcsim.standards.StandardsAssessment;
import org.aidcsim.standards.StandardsParams;

/**
 * Everything one design gives: the run, its sizing, its power chain at design load, its economics
 * and every catalogue metric. What run, compare and sweep all report.
 *
 * @param scenario the compiled scenario
 * @param metrics totals of the run
 * @param series per-step values, when asked for
 * @param sizing design figures
 * @param design the power chain at design IT load
 * @param economics cost and carbon
 * @param availability Monte Carlo availability, when asked for
 * @param values every catalogue metric, in report units
 * @param componentEnergyJ each cooling-plant component's electricity (J), in the order of its graph; kept with the series
 */
public record Evaluation(CompiledScenario scenario, AnnualMetrics metrics, Optional<StepSeries> series, Sizing sizing,
        ChainPoint design, Economics economics, Optional<AvailabilityResult> availability, MetricValues values,
        Optional<List<Double>> componentEnergyJ) {

    /** Runs and prices {@code compiled}; with {@code withSeries}, keeps every step too. */
    public static Evaluation of(CompiledScenario compiled, boolean withSeries) {
        return of(compiled, withSeries, 0);
    }

    /**
     * Runs, prices and, for {@code availabilityYears} &gt; 0, estimates availability with that many
     * simulated years (seed from the scenario).
     */
    public static Evaluation of(CompiledScenario compiled, boolean withSeries, double availabilityYears) {
        SiteModel model = compiled.model();
        AnnualMetrics metrics;
        Optional<StepSeries> series;
        Optional<List<Double>> componentEnergyJ = Optional.empty();
        Optional<double[]> hourly = Optional.empty();
        StandardsParams standards = compiled.standards();
        // Hourly carbon and on-site generation are matched hour by hour, so they need each step's facility power.
        boolean perStepPower = compiled.economics().hourlyCarbonGPerKwh().isPresent() || standards.hourlyRenewables();
        if (withSeries) {
            AnnualRun run = AnnualRun.of(model);
            metrics = run.metrics();
            series = Optional.of(run.series());
            componentEnergyJ = Optional.of(run.componentEnergyJ());
            if (perStepPower) {
                hourly = Optional.of(facilityPower(run.series()));
            }
        } else if (perStepPower) {
            double[] facilityW = new double[model.window().steps()];
            metrics = AnnualRun.metricsAndFacilityPower(model, facilityW);
            series = Optional.empty();
            hourly = Optional.of(facilityW);
        } else {
            metrics = AnnualRun.metricsOnly(model);
            series = Optional.empty();
        }
        Sizing sizing = SizingCalculator.of(model.cooling(), model.itLoad(), model.designItPowerW(), metrics, model.weather());
        ChainPoint design = ChainPoint.of(model, 1.0);
        Economics economics = CostModel.price(model, metrics, sizing, design, compiled.backup(), compiled.economics(), hourly,
                loadYears(compiled, metrics, hourly, perStepPower));
        Optional<AvailabilityResult> availability = Optional.empty();
        MetricValues.Builder values = MetricValues.builder(metrics, sizing)
                .design(design.endToEndEfficiency(), design.conductorMassKg())
                .economics(economics.capexTotal(), economics.opexTotalPerYear(), economics.tco(), economics.carbonTonnesPerYear(),
                        economics.horizonItEnergyJ(), economics.discountedItEnergyJ(), economics.undiscountedCost(),
                        economics.rampsUp() ? economics.horizonPue() : Double.NaN);
        values.lossHeat(lossHeatToPlantJ(model, metrics));
        double ref = standards.hourlyRenewables()
                ? RenewableShare.ref(hourly.orElseThrow(), model.window().stepS(), model.window().startHour(),
                        standards.onsiteGenerationW().orElseGet(() -> RenewableShare.constant(0)),
                        standards.renewableFractionHourly().orElseGet(() -> RenewableShare.constant(standards.renewableFraction())))
                : standards.renewableFraction();
        values.standards(MeasurementPoints.itEnergyCategory1J(model.powerChain(), metrics.itEnergyJ(), metrics.stageLossEnergyJ()),
                MeasurementPoints.itEnergyCategory2J(model.powerChain(), metrics.itEnergyJ(), metrics.stageLossEnergyJ()),
                ref, ChinaGb40879.grade(metrics.pue()));
        Ashrae904 ashrae = Ashrae904.of(model, metrics);
        values.ashrae(ashrae.annualizedMlc(), ashrae.designMlc(), ashrae.elcFullLoad());
        if (availabilityYears > 0) {
            var params = compiled.scenario().spec().availability();
            var structure = PowerPathStructure.build(model.name(), model.powerChain(), model.cooling().liquid(), compiled.backup(),
                    params, metrics.peakFacilityPowerW(), model.designItPowerW());
            AvailabilityResult a = MonteCarlo.run(structure, availabilityYears, params.seed());
            availability = Optional.of(a);
            values.availability(a.availability(), a.downtimeMinutesPerYear());
        }
        return new Evaluation(compiled, metrics, series, sizing, design, economics, availability, values.build(), componentEnergyJ);
    }

    /**
     * Each year of the horizon at the load it carries, when the load ramps up: one run per distinct
     * share (the design share reuses the run already made); empty when every year runs the design load.
     */
    /**
     * The chain's losses that the cooling plant removes (J): facility stages in cooled air or liquid,
     * the batteries' float losses (released in the electrical room's cooled air), every in-rack stage.
     */
    private static double lossHeatToPlantJ(SiteModel model, AnnualMetrics m) {
        double j = m.inRackLossEnergyJ() + model.standbyLossW() * m.simulatedS();
        List<Double> stages = m.stageLossEnergyJ();
        for (int i = 0; i < stages.size(); i++) {
            HeatSink sink = model.powerChain().stage(i).heatSink();
            if (sink.toAirPlant() || sink == HeatSink.RACK_LIQUID) {
                j += stages.get(i);
            }
        }
        return j;
    }

    private static List<LoadYear> loadYears(CompiledScenario compiled, AnnualMetrics designRun, Optional<double[]> designHourly,
            boolean perStepPower) {
        EconomicInputs in = compiled.economics();
        if (!in.rampsUp()) {
            return List.of();
        }
        SiteModel model = compiled.model();
        Map<Double, LoadYear> runs = new HashMap<>();
        runs.put(1.0, new LoadYear(1.0, designRun, designHourly));
        List<LoadYear> years = new ArrayList<>();
        for (int y = 1; y <= in.years(); y++) {
            years.add(runs.computeIfAbsent(in.loadFraction(y), f -> {
                SiteModel share = model.withItLoad(model.itLoad().scaled(f));
                if (perStepPower) {
                    double[] facilityW = new double[share.window().steps()];
                    return new LoadYear(f, AnnualRun.metricsAndFacilityPower(share, facilityW), Optional.of(facilityW));
                }
                return new LoadYear(f, AnnualRun.metricsOnly(share), Optional.empty());
            }));
        }
        return years;
    }

    /** The design judged by the standards: China's grade and ceilings, the EU reporting set. */
    public StandardsAssessment standards() {
        return StandardsAssessment.of(scenario.model(), metrics, values, scenario.standards(), scenario.jurisdiction(),
                DesignPoint.facilityPowerW(scenario.model()));
    }

    private static double[] facilityPower(StepSeries s) {
        double[] p = new double[s.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = s.get(StepSeries.Column.FACILITY_POWER_W, i);
        }
        return p;
    }
}
