package org.aidcsim.cooling;

import org.aidcsim.units.Units;

/**
 * Vapour-compression chiller whose COP is a fixed fraction of the Carnot COP between its
 * evaporating and condensing temperatures: COP = f · T_evap / (T_cond − T_evap), temperatures in K.
 * T_evap = leaving chilled water − evaporator approach; T_cond = condenser sink + condenser
 * approach, the sink being outdoor dry bulb for an air-cooled machine and the condenser water
 * leaving it for a water-cooled one. The lift is floored at {@code minLiftK}: compressors need a minimum
 * pressure ratio, so COP does not grow without bound in cold weather.
 *
 * <p>Default f = 0.5 with approaches 2 K and 15 K gives COP 3.07 at AHRI 550/590 air-cooled rating
 * conditions (6.7 °C leaving water, 35 °C ambient), just above the ASHRAE 90.1-2019 minimum of
 * 2.985 (10.1 EER) for air-cooled chillers: a conservative, current-code machine.
 *
 * @param carnotFraction f, in (0, 1)
 * @param evaporatorApproachK leaving water − evaporating temperature (K)
 * @param condenserApproachK condensing − condenser sink temperature (K)
 * @param minLiftK smallest lift the compressor runs at (K)
 */
public record Chiller(double carnotFraction, double evaporatorApproachK, double condenserApproachK, double minLiftK) {
    /** Lift floor: 10 K, about the smallest pressure ratio of oil-free centrifugal and scroll compressors. */
    public static final double DEFAULT_MIN_LIFT_K = 10.0;

    public Chiller {
        if (!(carnotFraction > 0 && carnotFraction < 1 && minLiftK > 0)) {
            throw new IllegalArgumentException("invalid chiller");
        }
    }

    /** Electric power (W) to remove {@code heatW} (W) at these temperatures: heat / COP, with one division. */
    public double powerW(double heatW, double leavingWaterC, double sinkC) {
        double evapK = Units.celsiusToKelvin(leavingWaterC - evaporatorApproachK);
        double condK = Units.celsiusToKelvin(sinkC + condenserApproachK);
        double lift = Math.max(minLiftK, condK - evapK);
        return heatW * lift / (carnotFraction * evapK);
    }

    /** Coefficient of performance (heat removed / electric power) at these temperatures. */
    public double cop(double leavingWaterC, double sinkC) {
        return 1 / powerW(1.0, leavingWaterC, sinkC);
    }
}
