package org.aidcsim.backup;

import org.aidcsim.units.Units;

/**
 * Diesel generator sets sharing the load. After a start request they come online together after
 * the start delay (NFPA 110 Type 10: within 10 s), less any that fail to start; they then accept
 * load in steps (a share of the online capacity per step, one step per interval, as ISO 8528-5
 * load-acceptance classes describe), and may be ramp-limited. Fuel is drawn from each set's tank
 * along its fuel curve; a set whose tank runs dry stops.
 */
public final class GeneratorPlant {
    private final int units;
    private final double unitRatingW;
    private final double startDelayS;
    private final double stepFraction;
    private final double stepIntervalS;
    private final double rampWPerS;
    private final FuelCurve fuel;
    private final double tankLitresPerUnit;
    private final int failToStart;
    private boolean starting;
    private double startRequestS;
    private double outputW;
    private double fuelUsedL;

    /**
     * @param units sets installed
     * @param unitRatingW rating of one set (W)
     * @param startDelayS start request to online (s)
     * @param stepFraction share of the online capacity accepted per load step, in (0, 1]
     * @param stepIntervalS time between load steps (s)
     * @param rampWPerS largest output increase per second of the whole plant (W/s); infinite for none
     * @param fuel fuel curve
     * @param tankLitresPerUnit fuel in each set's tank (L)
     * @param failToStart sets that fail to start
     */
    GeneratorPlant(int units, double unitRatingW, double startDelayS, double stepFraction, double stepIntervalS,
            double rampWPerS, FuelCurve fuel, double tankLitresPerUnit, int failToStart) {
        if (units < 1 || !(unitRatingW > 0) || !(startDelayS >= 0) || !(stepFraction > 0 && stepFraction <= 1)
                || !(stepIntervalS >= 0) || !(rampWPerS > 0) || !(tankLitresPerUnit >= 0) || failToStart < 0) {
            throw new IllegalArgumentException("invalid generator plant");
        }
        this.units = units;
        this.unitRatingW = unitRatingW;
        this.startDelayS = startDelayS;
        this.stepFraction = stepFraction;
        this.stepIntervalS = stepIntervalS;
        this.rampWPerS = rampWPerS;
        this.fuel = fuel;
        this.tankLitresPerUnit = tankLitresPerUnit;
        this.failToStart = Math.min(failToStart, units);
    }

    /** A new plant like this one, stopped and with full tanks. */
    public GeneratorPlant fresh() {
        return new GeneratorPlant(units, unitRatingW, startDelayS, stepFraction, stepIntervalS, rampWPerS, fuel, tankLitresPerUnit,
                failToStart);
    }

    public void requestStart(double timeS) {
        if (!starting) {
            starting = true;
            startRequestS = timeS;
        }
    }

    public void stop() {
        starting = false;
        outputW = 0;
    }

    /** Sets that came online. */
    public int runningUnits() {
        return units - failToStart;
    }

    /** Time the sets come online (s), or +∞ when not starting or none can start. */
    public double onlineAtS() {
        return starting && runningUnits() > 0 ? startRequestS + startDelayS : Double.POSITIVE_INFINITY;
    }

    public boolean online(double timeS) {
        return timeS >= onlineAtS() && fuelUsedL < tankLitresPerUnit * runningUnits();
    }

    /** Output the plant can give at {@code timeS} for a step of {@code dtS}: accepted steps and ramp (W). */
    public double availableW(double timeS, double dtS) {
        if (!online(timeS)) {
            return 0.0;
        }
        double capacity = runningUnits() * unitRatingW;
        int steps = stepIntervalS > 0 ? 1 + (int) Math.floor((timeS - onlineAtS()) / stepIntervalS) : Integer.MAX_VALUE;
        double accepted = Math.min(capacity, steps * stepFraction * capacity);
        return Math.min(accepted, outputW + rampWPerS * dtS);
    }

    /** Delivers up to {@code wantW} for a step; returns the output (W). */
    public double deliver(double wantW, double timeS, double dtS) {
        double out = Math.min(wantW, availableW(timeS, dtS));
        outputW = out;
        if (out > 0) {
            int running = runningUnits();
            fuelUsedL += fuel.litresPerSecond(out / running, unitRatingW) * running * dtS;
        }
        return out;
    }

    public double fuelUsedL() {
        return fuelUsedL;
    }

    /** Hours the tanks last at {@code loadW} shared by the running sets. */
    public double autonomyHours(double loadW) {
        int running = runningUnits();
        if (running == 0 || loadW <= 0) {
            return running == 0 ? 0.0 : Double.POSITIVE_INFINITY;
        }
        double rate = fuel.litresPerSecond(loadW / running, unitRatingW) * running;
        return tankLitresPerUnit * running / rate / Units.SECONDS_PER_HOUR;
    }

    /** Fuel in the tanks of the sets that run (L). */
    public double tankLitres() {
        return tankLitresPerUnit * runningUnits();
    }

    public double capacityW() {
        return units * unitRatingW;
    }
}
