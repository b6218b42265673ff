package org.aidcsim.engine;

import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.it.ItLoad;
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
        Stepper st = new Stepper(model);
        SimulationWindow window = model.window();
        WeatherSeries weather = model.weather();
        int weatherHours = weather.hours();
        int steps = window.steps();
        double stepS = window.stepS();
        double startS = window.startTimeS();
        StepState s = st.state;
        s.durationS = stepS;
        // The window starts on a day and its steps divide the hour, so the weather hour advances by one every
        // stepsPerHour steps: counted, not divided out of the time (a long division per step cost a tenth of a run).
        int stepsPerHour = (int) (Units.SECONDS_PER_HOUR / stepS);
        int hour = (int) ((long) (startS / Units.SECONDS_PER_HOUR) % weatherHours);
        int inHour = 0;
        // A flat load at hourly steps changes nothing from hour to hour but the weather: each weather class
        // is computed once (EPW years have one to a few thousand distinct hours of the 8760).
        // Worth it only where classes repeat: a humid subtropical year has thousands fewer classes than hours, a
        // monsoon one hardly any fewer, and there storing every class's figures costs more than it saves.
        int[] weatherClass = byWeatherClass(model) && weather.windowClasses(model.cooling().usesWetBulb(),
                (int) ((long) (startS / Units.SECONDS_PER_HOUR) % weatherHours), steps).classes().length <= steps / 2
                ? weather.hourClasses(model.cooling().usesWetBulb()) : null;
        WeatherClassCache byClass = weatherClass != null ? WeatherClassCache.forRun(weatherHours, model.cooling().stepSize()) : null;
        for (int k = 0; k < steps; k++, inHour++) {
            if (inHour == stepsPerHour) {
                inHour = 0;
                hour = hour + 1 == weatherHours ? 0 : hour + 1;
            }
            s.step = k;
            s.timeS = startS + (k + 0.5) * stepS;
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
            st.compute(byClass, weatherClass != null ? weatherClass[hour] : -1);
            observer.onStep(s);
        }
    }

    /**
     * True when nothing but the weather changes from step to step (a flat load at hourly steps):
     * every hour of a weather class then has the same figures.
     */
    public static boolean byWeatherClass(SiteModel model) {
        return model.itLoad().flat() && model.window().stepS() == Units.SECONDS_PER_HOUR;
    }

    /**
     * For a site that {@link #byWeatherClass} allows: computes each weather class of the window once
     * and hands it to {@code observer} as one step that lasts all of the class's hours
     * ({@code durationS} = hours × step), in the order the classes first appear. Totals, peaks and
     * hour counts come out as from {@link #run} (sums in another order, so equal to rounding); the
     * state's {@code step} and {@code weatherHour} are those of the class's first hour.
     */
    public static void runByWeatherClass(SiteModel model, StepObserver observer) {
        if (!byWeatherClass(model)) {
            throw new IllegalArgumentException("the load is not flat at hourly steps: run it step by step");
        }
        WeatherSeries weather = model.weather();
        int weatherHours = weather.hours();
        SimulationWindow window = model.window();
        double stepS = window.stepS();
        double startS = window.startTimeS();
        int startHour = (int) ((long) (startS / Units.SECONDS_PER_HOUR) % weatherHours);
        WeatherSeries.WindowClasses classes = weather.windowClasses(model.cooling().usesWetBulb(), startHour, window.steps());
        Stepper st = new Stepper(model);
        StepState s = st.state;
        for (int i = 0; i < classes.classes().length; i++) {
            int k = classes.firstStep()[i];
            int h = (startHour + k) % weatherHours;
            s.step = k;
            s.timeS = startS + (k + 0.5) * stepS;
            s.weatherHour = h;
            s.durationS = classes.hours()[i] * stepS;
            s.dryBulbC = weather.dryBulbC(h);
            s.wetBulbC = weather.wetBulbC(h);
            s.dewPointC = weather.dewPointC(h);
            st.compute(null, -1);
            observer.onStep(s);
        }
    }

    /** One step's physics, the weather and time already in the state. */
    private static final class Stepper {
        final StepState state;
        private final ItLoad itLoad;
        private final CoolingPlant cooling;
        private final double stepS;
        private final PowerChain chain;
        private final boolean[] lossToAir;
        private final boolean[] lossToLiquid;
        private final int rackStages;
        private final double miscW;
        private final double standbyW;
        // Remembering the chain's answers pays for loads that repeat; for a measured trace the lookups only cost.
        private final boolean remember;
        private final PowerChain.RackMemo memo;
        private final PowerChain.FacilityMemo facilityMemo;

        Stepper(SiteModel model) {
            this.itLoad = model.itLoad();
            this.cooling = model.cooling();
            this.stepS = model.window().stepS();
            this.chain = model.powerChain();
            int stages = chain.size();
            this.lossToAir = new boolean[stages];
            this.lossToLiquid = new boolean[stages];
            for (int i = 0; i < stages; i++) {
                lossToAir[i] = chain.stage(i).heatSink().toAirPlant();
                lossToLiquid[i] = chain.stage(i).heatSink() == HeatSink.RACK_LIQUID;
            }
            this.rackStages = chain.rackStageCount();
            this.miscW = model.miscPowerW();
            this.standbyW = model.standbyLossW();
            this.state = new StepState(model.itLoad().groups().size(), stages, rackStages);
            state.miscPowerW = miscW;
            this.remember = model.itLoad().repeats();
            this.memo = chain.newMemo();
            this.facilityMemo = chain.newFacilityMemo();
        }

        /**
         * @param byClass the run's per-class cooling figures, or null to compute the plant every step
         * @param weatherClass the step's weather class when {@code byClass} is given
         */
        void compute(WeatherClassCache byClass, int weatherClass) {
            StepState s = state;
            s.itPowerW = itLoad.meanPowerW(s.timeS - stepS / 2, stepS, s.groupItPowerW);
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
            for (int i = 0; i < lossToAir.length; i++) {
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
            if (byClass == null || !byClass.restore(weatherClass, s.cooling)) {
                cooling.step(s.itPowerW, s.groupItPowerW, lossAir + standbyW + miscW, lossLiquid, s.dryBulbC, s.wetBulbC,
                        s.dewPointC, s.cooling);
                if (byClass != null) {
                    byClass.store(weatherClass, s.cooling);
                }
            }
            s.facilityPowerW = s.chainInputW + s.cooling.totalW() + miscW;
        }
    }
}
