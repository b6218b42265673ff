package org.aidcsim.cooling;

/**
 * Dry coolers (closed-circuit air coolers, no water used) in front of an air-cooled chiller whose
 * condenser fans are inside its COP. The dry cooler's fans follow the affinity laws; the airflow
 * needed scales with the heat carried and inversely with the initial temperature difference
 * (water in − outdoor air), so in cold weather they slow right down. While the chiller trims a
 * partial economizer, the dry-cooler fans run flat out to cool as much as they can.
 *
 * @param approachK leaving water − outdoor dry bulb at design airflow (K)
 * @param fans dry-cooler fans, sized on the loop's design heat
 * @param designItdK initial temperature difference at design: loop ΔT + approach (K)
 */
public record DryCooler(double approachK, AffinityMover fans, double designItdK) implements HeatRejector {
    /** {@inheritDoc} Dry coolers and air-cooled condensers see the dry bulb only. */
    @Override
    public boolean usesWetBulb() {
        return false;
    }

    @Override
    public double designPowerW() {
        return fans.designPowerW();
    }

    @Override
    public double coldestWaterC(double dryBulbC, double wetBulbC) {
        return dryBulbC + approachK;
    }

    @Override
    public double chillerSinkC(double dryBulbC, double wetBulbC) {
        return dryBulbC;
    }

    @Override
    public void run(double freeHeatW, double chillerHeatW, double freeFraction, double returnWaterC, double dryBulbC,
            double wetBulbC, double[] out, int at) {
        out[at + HeatRejector.WATER] = 0;
        out[at + HeatRejector.PUMP] = 0;
        double speed = fanSpeed(freeHeatW, freeFraction, returnWaterC, dryBulbC);
        out[at + HeatRejector.FAN] = speed > 0 ? fans.powerAtSpeedW(speed) : 0.0;
    }

    /**
     * The fans' speed as a fraction of design, before their minimum: 0 with nothing on the economizer, flat
     * out while the chiller trims, else what the heat needs at this initial temperature difference with
     * air entering at {@code airC}.
     */
    double fanSpeed(double freeHeatW, double freeFraction, double returnWaterC, double airC) {
        if (freeHeatW <= 0) {
            return 0.0;
        }
        if (freeFraction < 1) {
            return 1.0;
        }
        double itd = Math.max(returnWaterC - airC, 1e-3);
        return Math.min(1.0, freeHeatW / fans.designHeatW() * designItdK / itd);
    }
}
