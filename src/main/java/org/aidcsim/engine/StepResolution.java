package org.aidcsim.engine;

import java.util.Optional;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.StepSeries;
import org.aidcsim.units.Units;

/**
 * What an hourly view hides in a run with steps shorter than an hour: the highest facility power
 * at the run's own step against the highest hourly mean of the same run, and the PUE and peak of
 * the same site simulated with hourly steps. A load that swings within the hour (training
 * checkpoints, inference bursts) sizes feeders, transformers and the grid connection by its step
 * peak, which an hourly mean flattens; cooling responds non-linearly, so the PUE moves too.
 *
 * @param stepS the run's step (s)
 * @param peakFacilityW highest facility power of any step (W)
 * @param peakOfHourlyMeansW highest facility power averaged over a clock hour (W)
 * @param pue annual PUE at the run's step
 * @param hourlyPeakFacilityW highest facility power of the same site run at hourly steps (W)
 * @param hourlyPue PUE of the same site run at hourly steps
 */
public record StepResolution(double stepS, double peakFacilityW, double peakOfHourlyMeansW, double pue, double hourlyPeakFacilityW,
        double hourlyPue) {

    /** Step peak − highest hourly mean (W): what an hourly mean hides. */
    public double hiddenPeakW() {
        return peakFacilityW - peakOfHourlyMeansW;
    }

    /** Empty for hourly runs; otherwise the comparison, with one more run of the site at hourly steps. */
    public static Optional<StepResolution> of(SiteModel model, AnnualMetrics metrics, StepSeries series) {
        SimulationWindow w = model.window();
        if (w.stepS() >= Units.SECONDS_PER_HOUR) {
            return Optional.empty();
        }
        int perHour = (int) (Units.SECONDS_PER_HOUR / w.stepS());
        double peakMean = 0;
        for (int start = 0; start + perHour <= series.size(); start += perHour) {
            double sum = 0;
            for (int i = start; i < start + perHour; i++) {
                sum += series.get(StepSeries.Column.FACILITY_POWER_W, i);
            }
            peakMean = Math.max(peakMean, sum / perHour);
        }
        SiteModel hourly = SiteModel.builder().name(model.name()).weather(model.weather()).itLoad(model.itLoad()).designItPowerW(model.designItPowerW())
                .powerChain(model.powerChain()).cooling(model.cooling()).miscPowerW(model.miscPowerW())
                .standbyLossW(model.standbyLossW()).whiteSpaceM2(model.whiteSpaceM2())
                .window(new SimulationWindow(w.startDay(), w.days(), (int) Units.SECONDS_PER_HOUR)).build();
        AnnualMetrics h = AnnualRun.metricsOnly(hourly);
        return Optional.of(new StepResolution(w.stepS(), metrics.peakFacilityPowerW(), peakMean, metrics.pue(), h.peakFacilityPowerW(),
                h.pue()));
    }
}
