package org.aidcsim.engine;

import org.aidcsim.metrics.StepObserver;
import org.aidcsim.metrics.StepObservers;
import org.aidcsim.metrics.StepState;
import org.aidcsim.power.HeatSink;
import org.aidcsim.power.PowerChain;
import org.aidcsim.units.Units;

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
        int weatherHours = model.weather().hours();
        int steps = window.steps();
        double stepS = window.stepS();
        double startS = window.startTimeS();
        double miscW = model.miscPowerW();
        double standbyW = model.standbyLossW();
        StepState s = new StepState(model.itLoad().groups().size(), stages, rackStages);
        PowerChain.RackMemo memo = chain.newMemo();
        PowerChain.FacilityMemo facilityMemo = chain.newFacilityMemo();
        s.durationS = stepS;
        s.miscPowerW = miscW;
        // The window starts on a day and its steps divide the hour, so the weather hour advances by one every
        // stepsPerHour steps: counted, not divided out of the time (a long division per step cost a tenth of a run).
        int stepsPerHour = (int) (Units.SECONDS_PER_HOUR / stepS);
        int hour = (int) ((long) (startS / Units.SECONDS_PER_HOUR) % weatherHours);
        int inHour = 0;
        for (int k = 0; k < steps; k++, inHour++) {
            if (inHour == stepsPerHour) {
                inHour = 0;
                hour = hour + 1 == weatherHours ? 0 : hour + 1;
            }
            double t = startS + (k + 0.5) * stepS;
            s.step = k;
            s.timeS = t;
            s.weatherHour = hour;
            s.dryBulbC = model.weather().dryBulbC(hour);
            s.wetBulbC = model.weather().wetBulbC(hour);
            s.dewPointC = model.weather().dewPointC(hour);
            s.itPowerW = model.itLoad().powerW(t, s.groupItPowerW);
            s.chipPowerW = chain.chipPowerW(s.groupItPowerW, s.rackStageLossW, memo);
            double inRack = 0;
            for (int r = 0; r < rackStages; r++) {
                inRack += s.rackStageLossW[r];
            }
            s.inRackLossW = inRack;
            s.chainInputW = chain.inputPowerW(s.itPowerW, s.stageLossW, facilityMemo);
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
            model.cooling().step(s.itPowerW, lossAir + standbyW + miscW, lossLiquid, s.dryBulbC, s.wetBulbC, s.dewPointC, s.cooling);
            s.facilityPowerW = s.chainInputW + s.cooling.totalW() + miscW;
            observer.onStep(s);
        }
    }
}
