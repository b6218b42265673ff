package org.aidcsim.engine;

import java.util.List;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.ComponentEnergy;
import org.aidcsim.metrics.MetricsAccumulator;
import org.aidcsim.metrics.SeriesRecorder;
import org.aidcsim.metrics.StepObservers;
import org.aidcsim.metrics.StepSeries;
import org.aidcsim.weather.WeatherSeries;

/**
 * The results of one run: totals and, when asked for, the per-step series.
 *
 * @param model the site that was run
 * @param metrics totals and extremes
 * @param series per-step values
 * @param componentEnergyJ each cooling-plant component's electricity (J), in the order of its graph
 */
public record AnnualRun(SiteModel model, AnnualMetrics metrics, StepSeries series, List<Double> componentEnergyJ) {
    public AnnualRun {
        componentEnergyJ = List.copyOf(componentEnergyJ);
    }

    /** Runs {@code model} and records totals, every step and every plant component's energy. */
    public static AnnualRun of(SiteModel model) {
        SeriesRecorder series = new SeriesRecorder(model.window().steps(), model.window().stepS());
        ComponentEnergy components = new ComponentEnergy(model.cooling().graph());
        if (AnnualEngine.byWeatherClass(model)) {
            // the totals as every other command computes them for this site (per weather class), the series step by step
            AnnualEngine.run(model, StepObservers.of(series, components));
            return new AnnualRun(model, metricsOnly(model), series.result(), components.result());
        }
        MetricsAccumulator metrics = accumulator(model);
        AnnualEngine.run(model, StepObservers.of(metrics, series, components));
        return new AnnualRun(model, metrics.result(), series.result(), components.result());
    }

    /**
     * Runs {@code model} for its totals only: what sweeps and benchmarks need. A flat load at hourly
     * steps is run once per weather class ({@link AnnualEngine#runByWeatherClass}).
     */
    public static AnnualMetrics metricsOnly(SiteModel model) {
        MetricsAccumulator metrics = accumulator(model);
        if (AnnualEngine.byWeatherClass(model)) {
            AnnualEngine.runByWeatherClass(model, metrics);
        } else {
            AnnualEngine.run(model, metrics);
        }
        return metrics.result();
    }

    /**
     * Runs {@code model} for its totals and the facility power of each step (W), and nothing else
     * per step: what hourly carbon needs, in an eighth of a series' memory.
     */
    public static AnnualMetrics metricsAndFacilityPower(SiteModel model, double[] facilityPowerW) {
        if (facilityPowerW.length != model.window().steps()) {
            throw new IllegalArgumentException("expected one value per step (" + model.window().steps() + "), found "
                    + facilityPowerW.length);
        }
        MetricsAccumulator metrics = accumulator(model);
        if (AnnualEngine.byWeatherClass(model)) {
            WeatherSeries weather = model.weather();
            int[] classOfHour = weather.hourClasses(model.cooling().usesWetBulb());
            double[] byClass = new double[weather.hours()];
            AnnualEngine.runByWeatherClass(model, StepObservers.of(metrics, s -> byClass[classOfHour[s.weatherHour]] = s.facilityPowerW));
            int hour = model.window().startHour() % weather.hours();
            for (int k = 0; k < facilityPowerW.length; k++, hour = hour + 1 == weather.hours() ? 0 : hour + 1) {
                facilityPowerW[k] = byClass[classOfHour[hour]];
            }
            return metrics.result();
        }
        AnnualEngine.run(model, StepObservers.of(metrics, s -> facilityPowerW[s.step] = s.facilityPowerW));
        return metrics.result();
    }

    private static MetricsAccumulator accumulator(SiteModel model) {
        return new MetricsAccumulator(model.powerChain().size(), model.powerChain().rackStageCount(), model.cooling());
    }
}
