package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.aidcsim.it.CampaignProfile;
import org.aidcsim.it.CheckpointProfile;
import org.aidcsim.metrics.StepSeries;
import org.junit.jupiter.api.Test;

/** Steps shorter than an hour: interpolated weather, step-mean loads, and what an hourly view hides. */
class SubHourlyTest {
    @Test
    void checkpointMeansAreExact() {
        // 120 s at 30 % every 1800 s. An hour holds two dips: mean = (2 × 120 × 0.3 + 3360) / 3600 = 0.9533….
        CheckpointProfile p = new CheckpointProfile(1800, 120, 0.3);
        assertEquals((2 * 120 * 0.3 + 3360) / 3600, p.meanFraction(0, 3600), 1e-12);
        assertEquals(0.3, p.meanFraction(0, 60), 1e-12, "a minute inside a dip");
        assertEquals(1.0, p.meanFraction(600, 60), 1e-12, "a minute between dips");
        assertEquals((60 * 0.3 + 60) / 120, p.meanFraction(1740 + 1800, 120), 1e-12, "a step straddling a dip's start");
        assertEquals(0.3, p.fraction(1800), 0.0);
    }

    /**
     * A campaign of 10 h jobs (checkpoints as above) and 2 h idle at 25 %, by hand: a 12 h cycle holds
     * 10 h of training at (2 × 120 × 0.3 + 3360) / 3600 per hour and 2 h at 0.25, so its mean is
     * (10 × 0.95333… + 2 × 0.25) / 12; an hour inside a gap is 0.25; the hour that ends a job is
     * training; each job's checkpoints count from its own start.
     */
    @Test
    void campaignMeansAreExact() {
        CheckpointProfile training = new CheckpointProfile(1800, 120, 0.3);
        CampaignProfile p = new CampaignProfile(training, 10 * 3600, 2 * 3600, 0.25);
        double trainingHour = (2 * 120 * 0.3 + 3360) / 3600;
        assertEquals((10 * trainingHour + 2 * 0.25) / 12, p.meanFraction(0, 12 * 3600), 1e-12);
        assertEquals((10 * trainingHour + 2 * 0.25) / 12, p.meanFraction(5 * 12 * 3600, 12 * 3600), 1e-12, "every cycle alike");
        assertEquals(0.25, p.meanFraction(10.5 * 3600, 3600), 1e-12, "an hour inside the gap");
        assertEquals(trainingHour, p.meanFraction(9 * 3600, 3600), 1e-12, "the job's last hour");
        assertEquals((trainingHour + 0.25) / 2, p.meanFraction(9 * 3600, 2 * 3600), 1e-12, "straddling the end of a job");
        assertEquals(0.3, p.fraction(12 * 3600 + 60), 0.0, "the next job opens with its first checkpoint");
        assertEquals(0.25, p.fraction(11 * 3600), 0.0);
    }

    @Test
    void weatherIsInterpolatedWithinTheHourAndHourlyValuesKept() {
        SiteModel m = Scenarios.model("scenarios/ai-hall-cold-plate.yaml");
        SiteModel minutes = SiteModel.builder().name(m.name()).weather(m.weather()).itLoad(m.itLoad()).designItPowerW(m.designItPowerW()).powerChain(m.powerChain())
                .cooling(m.cooling()).miscPowerW(m.miscPowerW()).standbyLossW(m.standbyLossW()).whiteSpaceM2(m.whiteSpaceM2())
                .window(new SimulationWindow(1, 1, 600)).build();
        List<Double> dryBulb = new ArrayList<>();
        AnnualEngine.run(minutes, s -> dryBulb.add(s.dryBulbC));
        var w = m.weather();
        // Hour 1 (the second EPW row): its six 10-minute steps go from row 0's value towards row 1's, ending on it.
        for (int k = 0; k < 6; k++) {
            double f = (k + 1) / 6.0;
            assertEquals(w.dryBulbC(0) + f * (w.dryBulbC(1) - w.dryBulbC(0)), dryBulb.get(6 + k), 1e-12);
        }
        assertEquals(w.dryBulbC(23), dryBulb.get(24 * 6 - 1), 1e-12, "the hour's last step has the hourly value");
    }

    @Test
    void anHourlyViewHidesTheCheckpointDipsPeak() throws Exception {
        var c = Scenarios.fromYaml("""
                name: checkpoints
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it:
                  groups:
                    - name: training
                      racks: 10
                      rack_power_kw: 100
                      profile: {type: checkpoint, interval_s: 1800, dip_s: 120, dip_fraction: 0.3}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                simulation: {days: 1, step_s: 60}
                """);
        AnnualRun run = AnnualRun.of(c.model());
        StepResolution r = StepResolution.of(c.model(), run.metrics(), run.series()).orElseThrow();
        // Constant weather: the step peak is the full-load facility power; every hourly mean holds two dips.
        double peak = 0;
        for (int i = 0; i < run.series().size(); i++) {
            peak = Math.max(peak, run.series().get(StepSeries.Column.FACILITY_POWER_W, i));
        }
        assertEquals(peak, r.peakFacilityW(), 1e-6);
        assertTrue(r.hiddenPeakW() > 0.03 * peak, "two 2-minute dips to 30 % hide about 4.7 % of the peak: " + r.hiddenPeakW());
        // Hourly steps integrate the dips (0.9533 of full IT load each hour) instead of sampling a midpoint in a dip.
        assertEquals(r.peakOfHourlyMeansW(), r.hourlyPeakFacilityW(), 0.01 * peak,
                "hourly steps see about the hourly mean, not an instant");
        assertTrue(Math.abs(r.pue() - r.hourlyPue()) < 0.01);
    }
}
