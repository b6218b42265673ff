package org.aidcsim.cooling;

import java.util.Locale;

/**
 * A rear door's water coil as an effectiveness-NTU cross-flow exchanger (Incropera et al.,
 * Fundamentals of Heat and Mass Transfer, 6th ed., table 11.3): air unmixed over the fins, water
 * mixed in its tube rows; its conductance UA fitted on one rating point and scaled off it with the
 * air flow the way Modelica Buildings' {@code HeatExchangers.BaseClasses.HADryCoil} does by default:
 * air-side hA half the water side's at the rating ({@code r_nominal} 0.5), ∝ air mass
 * flow^0.8 ({@code n_a}); the water flow is held at its rating by the door's valve.
 *
 * <p>Immutable; per door. Capacity rates in W/K, temperatures in °C.
 *
 * @param ratedUaWPerK the coil's conductance at its rating (W/K)
 * @param ratedAirWPerK the air's capacity rate at the rating (W/K)
 * @param waterWPerK the water's capacity rate (W/K), at the rated flow
 */
public record DoorCoil(double ratedUaWPerK, double ratedAirWPerK, double waterWPerK) {
    /** Air-side over water-side convective conductance at the rating, Modelica Buildings HADryCoil's default. */
    private static final double AIR_OVER_WATER_HA = 0.5;
    /** Air-side hA ∝ air mass flow^0.8, same source. */
    private static final double AIR_EXPONENT = 0.8;

    public DoorCoil {
        if (!(ratedUaWPerK > 0 && ratedAirWPerK > 0 && waterWPerK > 0)) {
            throw new IllegalArgumentException("invalid door coil");
        }
    }

    /**
     * The coil that removes {@code ratedW} from air entering at {@code airInC} with capacity rate
     * {@code airWPerK} on water entering at {@code waterInC} with capacity rate {@code waterWPerK}.
     *
     * @throws IllegalArgumentException when no finite coil reaches the rating (it asks more than an
     *         infinite cross-flow coil gives)
     */
    public static DoorCoil rated(double ratedW, double airInC, double waterInC, double airWPerK, double waterWPerK) {
        double cMin = Math.min(airWPerK, waterWPerK);
        double target = ratedW / (cMin * (airInC - waterInC));
        if (!(target > 0) || !(target < effectiveness(1e3, airWPerK, waterWPerK))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a door rated %.0f W with air at %.1f °C and water at %.1f °C is beyond any coil (effectiveness %.3f)",
                    ratedW, airInC, waterInC, target));
        }
        double lo = 0;
        double hi = 1e3;
        for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (effectiveness(mid, airWPerK, waterWPerK) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new DoorCoil(0.5 * (lo + hi) * cMin, airWPerK, waterWPerK);
    }

    /**
     * Effectiveness of the cross-flow coil at {@code ntu} = UA / C_min: air unmixed, water mixed
     * (Incropera table 11.3, the two forms by which stream is C_min).
     */
    static double effectiveness(double ntu, double airWPerK, double waterWPerK) {
        if (airWPerK <= waterWPerK) {
            double cr = airWPerK / waterWPerK;
            return (1 - Math.exp(-cr * (1 - Math.exp(-ntu)))) / cr;
        }
        double cr = waterWPerK / airWPerK;
        return 1 - Math.exp(-(1 - Math.exp(-cr * ntu)) / cr);
    }

    /** The coil's conductance (W/K) with air at capacity rate {@code airWPerK}. */
    public double uaWPerK(double airWPerK) {
        double waterHa = ratedUaWPerK * (AIR_OVER_WATER_HA + 1) / AIR_OVER_WATER_HA;
        double airHa = AIR_OVER_WATER_HA * waterHa * Math.pow(airWPerK / ratedAirWPerK, AIR_EXPONENT);
        return 1 / (1 / airHa + 1 / waterHa);
    }

    /** Heat (W) the coil takes from air entering at {@code airInC} with capacity rate {@code airWPerK}, water at {@code waterInC}. */
    public double heatW(double airInC, double waterInC, double airWPerK) {
        if (!(airWPerK > 0) || airInC <= waterInC) {
            return 0.0;
        }
        double cMin = Math.min(airWPerK, waterWPerK);
        return effectiveness(uaWPerK(airWPerK) / cMin, airWPerK, waterWPerK) * cMin * (airInC - waterInC);
    }
}
