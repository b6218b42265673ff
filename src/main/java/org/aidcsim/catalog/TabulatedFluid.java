package org.aidcsim.catalog;

import org.apache.commons.math3.analysis.interpolation.LinearInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * Properties tabulated against temperature, interpolated linearly; viscosity is interpolated in
 * its logarithm, which follows temperature far more closely than viscosity itself (an Arrhenius
 * form), so that a table every 10 K stays within about 0.5 % of the source between its points.
 */
public final class TabulatedFluid implements FluidProperties {
    private final double minC;
    private final double maxC;
    private final PolynomialSplineFunction density;
    private final PolynomialSplineFunction specificHeat;
    private final PolynomialSplineFunction lnViscosity;
    private final PolynomialSplineFunction conductivity;

    /**
     * @param tempC temperatures, strictly increasing (°C)
     * @param densityKgPerM3 density at each temperature
     * @param specificHeatJPerKgK specific heat at each temperature
     * @param viscosityPaS dynamic viscosity at each temperature
     * @param conductivityWPerMK thermal conductivity at each temperature
     */
    public TabulatedFluid(double[] tempC, double[] densityKgPerM3, double[] specificHeatJPerKgK, double[] viscosityPaS,
            double[] conductivityWPerMK) {
        LinearInterpolator li = new LinearInterpolator();
        double[] lnMu = new double[viscosityPaS.length];
        for (int i = 0; i < lnMu.length; i++) {
            lnMu[i] = Math.log(viscosityPaS[i]);
        }
        this.minC = tempC[0];
        this.maxC = tempC[tempC.length - 1];
        this.density = li.interpolate(tempC, densityKgPerM3);
        this.specificHeat = li.interpolate(tempC, specificHeatJPerKgK);
        this.lnViscosity = li.interpolate(tempC, lnMu);
        this.conductivity = li.interpolate(tempC, conductivityWPerMK);
    }

    @Override
    public double densityKgPerM3(double tempC) {
        return density.value(tempC);
    }

    @Override
    public double specificHeatJPerKgK(double tempC) {
        return specificHeat.value(tempC);
    }

    @Override
    public double viscosityPaS(double tempC) {
        return Math.exp(lnViscosity.value(tempC));
    }

    @Override
    public double conductivityWPerMK(double tempC) {
        return conductivity.value(tempC);
    }

    @Override
    public double minTempC() {
        return minC;
    }

    @Override
    public double maxTempC() {
        return maxC;
    }
}
