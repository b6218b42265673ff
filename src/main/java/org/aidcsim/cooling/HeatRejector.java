package org.aidcsim.cooling;

/**
 * How a water loop's heat leaves the site: what the coldest water it can make is, what its
 * chiller condenses against, and what its fans, pumps and water cost.
 */
public sealed interface HeatRejector permits DryCooler, AdiabaticDryCooler, CoolingTower {
    /** True when the rejector's figures depend on the wet bulb (evaporative towers), not only on the dry bulb. */
    boolean usesWetBulb();

    /** Coldest water the economizer path can deliver now (°C). */
    double coldestWaterC(double dryBulbC, double wetBulbC);

    /** Temperature the chiller's condenser rejects to (°C): outdoor air, or condenser water leaving the chiller. */
    double chillerSinkC(double dryBulbC, double wetBulbC);

    /** Where {@link #run} writes, from its {@code at}: fan power (W), pump power (W), make-up water (kg/s). */
    int FAN = 0;
    int PUMP = 1;
    int WATER = 2;

    /** Fans and condenser pumps at design (W). */
    double designPowerW();

    /**
     * Fans, pumps and water of the rejector for this step.
     *
     * @param freeHeatW heat carried by the economizer path (W)
     * @param chillerHeatW heat the chiller's condenser rejects: evaporator load + compressor work (W)
     * @param freeFraction share of the loop's load on the economizer, in [0, 1]
     * @param returnWaterC water entering the rejector from the load (°C)
     * @param out receives fan power, pump power and water use at {@code at} + {@link #FAN}, {@link #PUMP}, {@link #WATER}
     */
    void run(double freeHeatW, double chillerHeatW, double freeFraction, double returnWaterC, double dryBulbC,
            double wetBulbC, double[] out, int at);
}
