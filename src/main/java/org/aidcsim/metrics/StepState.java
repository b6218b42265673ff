package org.aidcsim.metrics;

import org.aidcsim.cooling.CoolingStep;

/**
 * Everything that happened in one step. Reused from step to step: observers copy what they keep.
 * Balances: {@code facilityPowerW = itPowerW + powerLossW + cooling.totalW() + miscPowerW} and
 * {@code itPowerW = chipPowerW + inRackLossW}.
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
    /** Outdoor wet bulb at station pressure (°C). */
    public double wetBulbC;
    /** Outdoor dew point (°C). */
    public double dewPointC;
    /** IT power at the rack inputs (W). */
    public double itPowerW;
    /** IT power of each rack group (W). */
    public final double[] groupItPowerW;
    /** Loss of each facility stage, from the rack inputs back to the grid (W). */
    public final double[] stageLossW;
    /** Sum of the facility stage losses and the backup's standby losses (W). */
    public double powerLossW;
    /** Loss of each in-rack stage summed over racks, from the rack input inwards (W). */
    public final double[] rackStageLossW;
    /** Sum of the in-rack losses: inside the IT power (W). */
    public double inRackLossW;
    /** Power delivered to the chips (W). */
    public double chipPowerW;
    /** Power the IT chain draws from the grid (W). */
    public double chainInputW;
    /** Lighting, security, BMS (W). */
    public double miscPowerW;
    /** The cooling plant's flows. */
    public final CoolingStep cooling = new CoolingStep();
    /** Total facility power from the grid (W). */
    public double facilityPowerW;

    public StepState(int groups, int stages, int rackStages) {
        this.groupItPowerW = new double[groups];
        this.stageLossW = new double[stages];
        this.rackStageLossW = new double[rackStages];
    }
}
