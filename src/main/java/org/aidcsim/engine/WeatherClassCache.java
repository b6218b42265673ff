package org.aidcsim.engine;

import org.aidcsim.cooling.CoolingStep;

/**
 * The cooling plant's figures per weather class of one run (see
 * {@link org.aidcsim.weather.WeatherSeries#hourClasses}): when nothing but the weather changes from
 * hour to hour (a flat load at hourly steps), an hour whose weather an earlier hour had gets that
 * hour's figures, bit for bit what the plant would compute again. One per thread, reused run after
 * run (a generation count marks what this run stored), so that a sweep allocates nothing for it.
 */
final class WeatherClassCache {
    private static final ThreadLocal<WeatherClassCache> PER_THREAD = ThreadLocal.withInitial(WeatherClassCache::new);

    private double[] figures = new double[0];
    private int[] storedIn = new int[0];
    private int generation;
    private int figuresPerClass;

    private WeatherClassCache() {
    }

    /** This thread's cache, emptied for a run of up to {@code classes} weather classes of {@code figuresPerClass} doubles each. */
    static WeatherClassCache forRun(int classes, int figuresPerClass) {
        WeatherClassCache c = PER_THREAD.get();
        // grown, never shrunk: a sweep over plants of several sizes allocates only for the largest
        if (c.storedIn.length < classes) {
            c.storedIn = new int[classes];
            c.generation = 0;
        }
        if (c.figures.length < c.storedIn.length * figuresPerClass) {
            c.figures = new double[c.storedIn.length * figuresPerClass];
        }
        c.figuresPerClass = figuresPerClass;
        c.generation++;
        return c;
    }

    /** Restores class {@code c}'s figures into {@code step}; false when this run has not stored them yet. */
    boolean restore(int c, CoolingStep step) {
        if (storedIn[c] != generation) {
            return false;
        }
        step.restoreFrom(figures, c * figuresPerClass);
        return true;
    }

    void store(int c, CoolingStep step) {
        step.saveTo(figures, c * figuresPerClass);
        storedIn[c] = generation;
    }
}
