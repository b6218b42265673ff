package org.aidcsim.cooling;

/**
 * Dry coolers with adiabatic pre-cooling pads, in front of an air-cooled chiller: above the
 * switch-over dry bulb the pads are wetted and the air reaches the coil at dry bulb −
 * ε·(dry bulb − wet bulb), so the coil sees a colder sink (more economizer hours, slower fans)
 * at the cost of the water the pads evaporate. Below it they run dry as {@link DryCooler}. The
 * chiller's own condenser is not pre-cooled (it condenses against the dry bulb).
 *
 * <p>Water: the air through the pads, at the fans' speed times their design flow (design heat over
 * c_p times the coil's air rise), gives up c_p·(dry bulb − pad outlet) per kg, which evaporates
 * that over the latent heat; make-up is that times C / (C − 1) for the pads' bleed (DOE FEMP
 * Best Management Practice 10).
 *
 * @param coil the dry cooler behind the pads, its approach to the air entering its coil
 * @param switchOverC dry bulb above which the pads are wetted (°C)
 * @param padEffectiveness the pads' saturation effectiveness, in [0, 1]
 * @param coilAirRiseK air rise across the coil at design (K): sets the design air flow
 * @param cyclesOfConcentration pad water cycles of concentration, above 1
 */
public record AdiabaticDryCooler(DryCooler coil, double switchOverC, double padEffectiveness, double coilAirRiseK,
        double cyclesOfConcentration) implements HeatRejector {
    /** Specific heat of dry air (J/(kg·K)), ASHRAE Handbook Fundamentals 2017 ch. 1 eq. 30. */
    private static final double CP_DRY_AIR = 1006.0;

    public AdiabaticDryCooler {
        if (!(padEffectiveness >= 0 && padEffectiveness <= 1) || !(coilAirRiseK > 0) || !(cyclesOfConcentration > 1)) {
            throw new IllegalArgumentException("invalid adiabatic dry cooler");
        }
    }

    /** {@inheritDoc} The pads cool towards the wet bulb. */
    @Override
    public boolean usesWetBulb() {
        return true;
    }

    @Override
    public double designPowerW() {
        return coil.designPowerW();
    }

    /** Air entering the coil (°C): pre-cooled by the wetted pads above the switch-over. */
    public double coilAirC(double dryBulbC, double wetBulbC) {
        return dryBulbC > switchOverC ? dryBulbC - padEffectiveness * (dryBulbC - wetBulbC) : dryBulbC;
    }

    @Override
    public double coldestWaterC(double dryBulbC, double wetBulbC) {
        return coil.coldestWaterC(coilAirC(dryBulbC, wetBulbC), wetBulbC);
    }

    @Override
    public double chillerSinkC(double dryBulbC, double wetBulbC) {
        return dryBulbC;
    }

    @Override
    public void run(double freeHeatW, double chillerHeatW, double freeFraction, double returnWaterC, double dryBulbC,
            double wetBulbC, double[] out, int at) {
        double airC = coilAirC(dryBulbC, wetBulbC);
        // the coil and its fans are the dry cooler's, in the pre-cooled air
        coil.run(freeHeatW, chillerHeatW, freeFraction, returnWaterC, airC, wetBulbC, out, at);
        double speed = coil.fanSpeed(freeHeatW, freeFraction, returnWaterC, airC);
        AffinityMover fans = coil.fans();
        double running = speed > 0 ? Math.max(speed, fans.minSpeedFraction()) : 0.0;
        double airKgPerS = running * fans.designHeatW() / (CP_DRY_AIR * coilAirRiseK);
        double evaporationKgPerS = airKgPerS * CP_DRY_AIR * (dryBulbC - airC) / EvaporativeAirHandler.latentHeatJPerKg(airC);
        out[at + HeatRejector.WATER] = evaporationKgPerS * cyclesOfConcentration / (cyclesOfConcentration - 1);
    }
}
