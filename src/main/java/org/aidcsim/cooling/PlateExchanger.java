package org.aidcsim.cooling;

import org.aidcsim.catalog.Coolant;

/**
 * A CDU's liquid-to-liquid plate exchanger in counterflow, by the ε-NTU method, its UA following
 * each side's flow and fluid.
 * <p>
 * UA is the two film conductances in series, 1/UA = 1/hA_hot + 1/hA_cold, each scaling with its
 * side's mass flow as (ṁ/ṁ₀)^0.8; their split at the rating follows the similarity law
 * h ∝ k·(ṁ/μ)^0.8·Pr^(1/3) of each fluid at the rated supply temperature. UA at the rating comes from
 * the rated heat, flows and temperatures through the counterflow ε-NTU relation (Incropera et al.,
 * Fundamentals of Heat and Mass Transfer, Table 11.3). This is the model of Modelica Buildings'
 * {@code Fluid.HeatExchangers.PlateHeatExchangerEffectivenessNTU} as its CDU ({@code CDU_epsNTU})
 * uses it (lbl-srg/modelica-buildings, PR #4667, 2026); docs/validation.md compares the two.
 *
 * @param hotFluid the technology loop's coolant, warmed by the IT
 * @param coldFluid the facility water
 * @param propertyTempC temperature the fluids' properties are taken at: the rated coolant supply (°C)
 * @param hotFlowKgPerS coolant flow at the rating (kg/s)
 * @param coldFlowKgPerS facility-water flow at the rating (kg/s)
 * @param hotConductanceWPerK coolant-side film conductance hA at the rating (W/K)
 * @param coldConductanceWPerK facility-side film conductance hA at the rating (W/K)
 */
public record PlateExchanger(Coolant hotFluid, Coolant coldFluid, double propertyTempC, double hotFlowKgPerS, double coldFlowKgPerS,
        double hotConductanceWPerK, double coldConductanceWPerK) {

    /** Exponent of the film coefficient on flow, h ∝ Re^0.8 (Dittus–Boelter; Modelica Buildings' nCon default). */
    public static final double FLOW_EXPONENT = 0.8;

    /**
     * The exchanger that transfers {@code heatW} with the coolant cooled from {@code hotInC} to
     * {@code hotOutC} and the facility water warmed from {@code coldInC} to {@code coldOutC}.
     */
    public static PlateExchanger rated(Coolant hot, Coolant cold, double heatW, double hotInC, double hotOutC, double coldInC,
            double coldOutC) {
        double tempC = hotOutC;
        double hotFlow = heatW / (hot.specificHeatJPerKgK(tempC) * (hotInC - hotOutC));
        double coldFlow = heatW / (cold.specificHeatJPerKgK(tempC) * (coldOutC - coldInC));
        double cHot = heatW / (hotInC - hotOutC);
        double cCold = heatW / (coldOutC - coldInC);
        double cMin = Math.min(cHot, cCold);
        double ntu = ntu(heatW / (cMin * (hotInC - coldInC)), cMin / Math.max(cHot, cCold));
        double ua = ntu * cMin;
        double ratio = similarity(cold, coldFlow, tempC) / similarity(hot, hotFlow, tempC);
        double coldHa = (1 + ratio) * ua;
        return new PlateExchanger(hot, cold, tempC, hotFlow, coldFlow, coldHa / ratio, coldHa);
    }

    /** k·(ṁ/μ)^0.8·Pr^(1/3): what a fluid's film coefficient is proportional to in the same channels. */
    static double similarity(Coolant fluid, double flowKgPerS, double tempC) {
        double k = fluid.properties().conductivityWPerMK(tempC);
        double mu = fluid.properties().viscosityPaS(tempC);
        double pr = fluid.specificHeatJPerKgK(tempC) * mu / k;
        return k * Math.pow(flowKgPerS / mu, FLOW_EXPONENT) * Math.cbrt(pr);
    }

    /** UA at the rating (W/K). */
    public double ratedUaWPerK() {
        return 1 / (1 / hotConductanceWPerK + 1 / coldConductanceWPerK);
    }

    /** UA (W/K) at these flows (kg/s). */
    public double uaWPerK(double hotFlowKgPerS, double coldFlowKgPerS) {
        double hot = hotConductanceWPerK * Math.pow(Math.max(hotFlowKgPerS, 0) / this.hotFlowKgPerS, FLOW_EXPONENT);
        double cold = coldConductanceWPerK * Math.pow(Math.max(coldFlowKgPerS, 0) / this.coldFlowKgPerS, FLOW_EXPONENT);
        return hot > 0 && cold > 0 ? 1 / (1 / hot + 1 / cold) : 0.0;
    }

    /** Heat transferred (W) with the coolant entering at {@code hotInC}, the water at {@code coldInC}, at these flows (kg/s). */
    public double heatW(double hotInC, double coldInC, double hotFlowKgPerS, double coldFlowKgPerS) {
        double cHot = hotFlowKgPerS * hotFluid.specificHeatJPerKgK(propertyTempC);
        double cCold = coldFlowKgPerS * coldFluid.specificHeatJPerKgK(propertyTempC);
        double cMin = Math.min(cHot, cCold);
        if (!(cMin > 0) || hotInC <= coldInC) {
            return 0.0;
        }
        double z = cMin / Math.max(cHot, cCold);
        return effectiveness(uaWPerK(hotFlowKgPerS, coldFlowKgPerS) / cMin, z) * cMin * (hotInC - coldInC);
    }

    /**
     * The same plates with {@code fluid} on the coolant side at the same volume flow: its film
     * conductance rescaled by the similarity law, its heat capacity rate by ρ·cp.
     */
    public PlateExchanger withHotFluid(Coolant fluid) {
        double flow = hotFlowKgPerS / hotFluid.densityKgPerM3(propertyTempC) * fluid.densityKgPerM3(propertyTempC);
        double ha = hotConductanceWPerK * similarity(fluid, flow, propertyTempC) / similarity(hotFluid, hotFlowKgPerS, propertyTempC);
        return new PlateExchanger(fluid, coldFluid, propertyTempC, flow, coldFlowKgPerS, ha, coldConductanceWPerK);
    }

    /** Counterflow effectiveness at {@code ntu} and capacity-rate ratio {@code z} = Cmin/Cmax. */
    public static double effectiveness(double ntu, double z) {
        if (Math.abs(1 - z) < 1e-9) {
            return ntu / (1 + ntu);
        }
        double e = Math.exp(-ntu * (1 - z));
        return (1 - e) / (1 - z * e);
    }

    /** NTU of a counterflow exchanger of effectiveness {@code epsilon} at ratio {@code z}. */
    public static double ntu(double epsilon, double z) {
        if (Math.abs(1 - z) < 1e-9) {
            return epsilon / (1 - epsilon);
        }
        return Math.log((1 - epsilon * z) / (1 - epsilon)) / (1 - z);
    }
}
