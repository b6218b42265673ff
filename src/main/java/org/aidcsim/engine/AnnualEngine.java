package org.aidcsim.engine;

import org.aidcsim.metrics.StepObserver;
import org.aidcsim.metrics.StepObservers;
import org.aidcsim.metrics.StepState;
import org.aidcsim.power.HeatSink;
import org.aidcsim.power.PowerChain;
import org.aidcsim.units.Units;
import org.aidcsim.weather.WeatherSeries;

/**
 * Steps a site over its simulation window. Per step: IT load per rack group → in-rack stages from
 * the rack inputs in to the chips → facility stages from the rack inputs back to the grid (each
 * stage's input = output + loss) → heat placement → cooling plant → facility power.
 */
public final class AnnualEngine {
    private AnnualEngine() {
    }

    /** Runs {@code model} and hands each step to {@code observer} (combine several with {@link StepObservers#of}). */
    public static void run(SiteModel model, StepObserver observer) {
        PowerChain chain = model.powerChain();
        int stages = chain.size();
        boolean[] lossToAir = new boolean[stages];
        boolean[] lossToLiquid = new boolean[stages];
        for (int i = 0; i < stages; i++) {
            lossToAir[i] = chain.stage(i).heatSink().toAirPlant();
            lossToLiquid[i] = chain.stage(i).heatSink() == HeatSink.RACK_LIQUID;
        }
        int rackStages = chain.rackStageCount();
        SimulationWindow window = model.window();
        WeatherSeries weather = model.weather();
        int weatherHours = weather.hours();
        int steps = window.steps();
        double stepS = window.stepS();
        double startS = window.startTimeS();
        double miscW = model.miscPowerW();
        double standbyW = model.standbyLossW();
        StepState s = new StepState(model.itLoad().groups().size(), stages, rackStages);
        // Remembering the chain's answers pays for loads that repeat; for a measured trace the lookups only cost.
        boolean remember = model.itLoad().repeats();
        PowerChain.RackMemo memo = chain.newMemo();
        PowerChain.FacilityMemo facilityMemo = chain.newFacilityMemo();
        s.durationS = stepS;
        s.miscPowerW = miscW;
        // The window starts on a day and its steps divide the hour, so the weather hour advances by one every
        // stepsPerHour steps: counted, not divided out of the time (a long division per step cost a tenth of a run).
        int stepsPerHour = (int) (Units.SECONDS_PER_HOUR / stepS);
        int hour = (int) ((long) (startS / Units.SECONDS_PER_HOUR) % weatherHours);
        int inHour = 0;
        // A flat load at hourly steps changes nothing from hour to hour but the weather: each weather class
        // is computed once (EPW years have one to a few thousand distinct hours of the 8760).
        int[] weatherClass = remember && model.itLoad().flat() && stepsPerHour == 1
                ? weather.hourClasses(model.cooling().usesWetBulb()) : null;
        WeatherClassCache byClass = weatherClass != null ? WeatherClassCache.forRun(weatherHours) : null;
        for (int k = 0; k < steps; k++, inHour++) {
            if (inHour == stepsPerHour) {
                inHour = 0;
                hour = hour + 1 == weatherHours ? 0 : hour + 1;
            }
            double t = startS + (k + 0.5) * stepS;
            s.step = k;
            s.timeS = t;
            s.weatherHour = hour;
            if (stepsPerHour == 1) {
                s.dryBulbC = weather.dryBulbC(hour);
                s.wetBulbC = weather.wetBulbC(hour);
                s.dewPointC = weather.dewPointC(hour);
            } else {
                // An EPW row holds the value at the end of its hour; a shorter step takes the straight line from the
                // previous row to this one at the step's end, so that the last step of the hour has the hourly value.
                int prev = hour == 0 ? weatherHours - 1 : hour - 1;
                double f = (inHour + 1) / (double) stepsPerHour;
                s.dryBulbC = weather.dryBulbC(prev) + f * (weather.dryBulbC(hour) - weather.dryBulbC(prev));
                s.wetBulbC = weather.wetBulbC(prev) + f * (weather.wetBulbC(hour) - weather.wetBulbC(prev));
                s.dewPointC = weather.dewPointC(prev) + f * (weather.dewPointC(hour) - weather.dewPointC(prev));
            }
            s.itPowerW = model.itLoad().meanPowerW(t - stepS / 2, stepS, s.groupItPowerW);
            s.chipPowerW = remember ? chain.chipPowerW(s.groupItPowerW, s.rackStageLossW, memo)
                    : chain.chipPowerW(s.groupItPowerW, s.rackStageLossW);
            double inRack = 0;
            for (int r = 0; r < rackStages; r++) {
                inRack += s.rackStageLossW[r];
            }
            s.inRackLossW = inRack;
            s.chainInputW = remember ? chain.inputPowerW(s.itPowerW, s.stageLossW, facilityMemo)
                    : chain.inputPowerW(s.itPowerW, s.stageLossW);
            double lossTotal = 0;
            double lossAir = 0;
            double lossLiquid = 0;
            for (int i = 0; i < stages; i++) {
                double loss = s.stageLossW[i];
                lossTotal += loss;
                if (lossToAir[i]) {
                    lossAir += loss;
                } else if (lossToLiquid[i]) {
                    lossLiquid += loss;
                }
            }
            // Battery float losses are fed from the grid beside the chain and heat the electrical room.
            s.chainInputW += standbyW;
            s.powerLossW = lossTotal + standbyW;
            if (byClass == null || !byClass.restore(weatherClass[hour], s.cooling)) {
                model.cooling().step(s.itPowerW, lossAir + standbyW + miscW, lossLiquid, s.dryBulbC, s.wetBulbC, s.dewPointC,
                        s.cooling);
                if (byClass != null) {
                    byClass.store(weatherClass[hour], s.cooling);
                }
            }
            s.facilityPowerW = s.chainInputW + s.cooling.totalW() + miscW;
            observer.onStep(s);
        }
    }
}
