package org.aidcsim.cooling;

import org.aidcsim.units.Units;

/**
 * Heat handed from the facility-water return to a heat user: directly through an exchanger when the
 * return water is warm enough (return − approach ≥ user supply), otherwise through a heat pump
 * whose heating COP is a fixed fraction of the Carnot COP between the source water and the user,
 * COP = f · T_sink / (T_sink − T_source) in kelvin, T_source = return − approach and T_sink = user
 * supply + approach. Industrial heat pumps reach 40-60 % of Carnot (Arpagaus et al., "High
 * temperature heat pumps: Market overview, state of the art, research status, refrigerants, and
 * application potentials", Energy 152, 2018).
 * <p>
 * The heat leaving the data center is the reuse energy of ISO/IEC 30134-6 (ERF) and of The Green
 * Grid's ERE; the heat pump belongs to the heat user, so its electricity stays outside the
 * facility energy and the PUE, and is reported on its own.
 *
 * @param params the user and the heat pump
 * @param sourceTempC facility-water return temperature (°C)
 */
public record HeatReuse(HeatReuseParams params, double sourceTempC) {

    /** True when the return water reaches the user without a heat pump. */
    public boolean direct() {
        return sourceTempC - params.approachK() >= params.supplyTempC();
    }

    /** Heating COP of the heat pump (heat delivered / electricity); +∞ for direct exchange. */
    public double heatingCop() {
        if (direct()) {
            return Double.POSITIVE_INFINITY;
        }
        double sinkK = Units.celsiusToKelvin(params.supplyTempC() + params.approachK());
        double sourceK = Units.celsiusToKelvin(sourceTempC - params.approachK());
        return Math.max(1.0, params.heatPumpCarnotFraction() * sinkK / (sinkK - sourceK));
    }

    /**
     * One step: how much of {@code availableW} (the heat the facility water carries, W) leaves to
     * the user, with outdoor dry bulb {@code dryBulbC}.
     *
     * @param out receives, from {@code at}: heat exported (taken from the water), heat delivered and
     *        heat-pump electricity (W)
     */
    public void step(double availableW, double dryBulbC, double[] out, int at) {
        if (availableW <= 0 || !(dryBulbC < params.belowOutdoorC())) {
            out[at] = 0;
            out[at + 1] = 0;
            out[at + 2] = 0;
            return;
        }
        double cop = heatingCop();
        // Each watt taken from the water becomes cop / (cop − 1) watts at the user.
        double gain = Double.isInfinite(cop) ? 1.0 : cop / (cop - 1);
        double delivered = Math.min(params.demandW(), availableW * gain);
        double exported = delivered / gain;
        out[at] = exported;
        out[at + 1] = delivered;
        out[at + 2] = delivered - exported;
    }
}
