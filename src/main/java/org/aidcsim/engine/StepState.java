package org.aidcsim.engine;

import org.aidcsim.cooling.CoolingStep;

/**
 * Everything that happened in one step. Reused from step to step: observers copy what they keep.
 * Balance: {@code facilityPowerW = itPowerW + powerLossW + cooling.totalW() + miscPowerW}.
 */
public final class StepState {
    /** Step number from 0. */
    public int step;
    /** Middle of the step, seconds from 1 January 00:00 (s). */
    public double timeS;
    /** Length of the step (s). */
    public double durationS;
    /** Index of the weather hour. */
    public int weatherHour;
    /** Outdoor dry bulb (°C). */
    public double dryBulbC;
    /** IT power at the rack inputs (W). */
    public double itPowerW;
    /** Loss of each power-chain stage, from the rack input back to the grid (W). */
    public final double[] stageLossW;
    /** Sum of the stage losses (W). */
    public double powerLossW;
    /** Power the IT chain draws from the grid (W). */
    public double chainInputW;
    /** Lighting, security, BMS (W). */
    public double miscPowerW;
    /** The cooling plant's flows. */
    public final CoolingStep cooling = new CoolingStep();
    /** Total facility power from the grid (W). */
    public double facilityPowerW;

    StepState(int stages) {
        this.stageLossW = new double[stages];
    }
}
