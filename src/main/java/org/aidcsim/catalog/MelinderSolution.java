package org.aidcsim.catalog;

/**
 * An aqueous glycol solution by Melinder's fits: each property is a polynomial
 * Σ c_ij (x − x_m)^i (T − T_m)^j in the mass percentage x and the temperature T (°C), with
 * i ≤ 5, j ≤ 3 and i + j ≤ 5 (18 terms); viscosity is fitted in ln(mPa·s). Coefficients from
 * Å. Melinder, "Properties of Secondary Working Fluids for Indirect Systems", 2nd ed.,
 * International Institute of Refrigeration, 2010, as tabulated in NREL's SecondaryCoolantProps
 * and the IBPSA Modelica library. The freezing point is the same form in x alone. Valid from the
 * freezing point to 100 °C for 0-60 % glycol by mass, the range those implementations accept.
 */
public final class MelinderSolution implements FluidProperties {
    /** Highest temperature the fits are used at (°C). */
    static final double MAX_TEMP_C = 100.0;
    private static final int[][] TERMS = {
        {0, 0}, {0, 1}, {0, 2}, {0, 3}, {1, 0}, {1, 1}, {1, 2}, {1, 3}, {2, 0}, {2, 1}, {2, 2}, {2, 3},
        {3, 0}, {3, 1}, {3, 2}, {4, 0}, {4, 1}, {5, 0}};

    /** The 18 coefficients of each property and the reference point of one glycol. */
    record Coefficients(double xm, double tm, double[] freezing, double[] viscosity, double[] specificHeat,
            double[] conductivity, double[] density) {
    }

    /** Propylene glycol (1,2-propanediol) in water. */
    static final Coefficients PROPYLENE_GLYCOL = new Coefficients(30.7031, 32.7083,
            new double[] {-1.3250e01, -3.8200e-05, 7.8650e-07, -1.7330e-09, -6.6310e-01, 6.7740e-06, -6.2420e-08, -7.8190e-10,
                -1.0940e-02, 5.3320e-08, -4.1690e-09, 3.2880e-11, -2.2830e-04, -1.1310e-08, 1.9180e-10, -3.4090e-06, 8.0350e-11,
                1.4650e-08},
            new double[] {6.8370e-01, -3.0450e-02, 2.5250e-04, -1.3990e-06, 3.3280e-02, -3.9840e-04, 4.3320e-06, -1.8600e-08,
                5.4530e-05, -8.6000e-08, -1.5930e-08, -4.4650e-11, -3.9000e-06, 1.0540e-07, -1.5890e-09, -1.5870e-08, 4.4750e-10,
                3.5640e-09},
            new double[] {3.8820e03, 2.6990e00, -1.6590e-03, -1.0320e-05, -1.3040e01, 5.0700e-02, -4.7520e-05, 1.5220e-06,
                -1.5980e-01, 9.5340e-05, 1.1670e-05, -4.8700e-08, 3.5390e-04, 3.1020e-05, -2.9500e-07, 5.0000e-05, -7.1350e-07,
                -4.9590e-07},
            new double[] {4.5130e-01, 7.9550e-04, 3.4820e-08, -5.9660e-09, -4.7950e-03, -1.6780e-05, 8.9410e-08, 1.4930e-10,
                2.0760e-05, 1.5630e-07, -4.6150e-09, 9.8970e-12, -9.0830e-08, -2.5180e-09, 6.5430e-11, -5.9520e-10, -3.6050e-11,
                2.1040e-11},
            new double[] {1.0180e03, -5.4060e-01, -2.6660e-03, 1.3470e-05, 7.6040e-01, -9.4500e-03, 5.5410e-05, -1.3430e-07,
                -2.4980e-03, 2.7000e-05, -4.0180e-07, 3.3760e-09, -1.5500e-04, 2.8290e-06, -7.1750e-09, -1.1310e-06, -2.2210e-08,
                2.3420e-08});

    /** Ethylene glycol (1,2-ethanediol) in water. */
    static final Coefficients ETHYLENE_GLYCOL = new Coefficients(30.8462, 31.728,
            new double[] {-1.5250e01, -1.5660e-06, -2.2780e-07, 2.1690e-09, -8.0800e-01, -1.3390e-06, 2.0470e-08, -2.7170e-11,
                -1.3340e-02, 6.3220e-08, 2.3730e-10, -2.1830e-12, -7.2930e-05, 1.7640e-09, -2.4420e-11, 1.0060e-06, -7.6620e-11,
                1.1400e-09},
            new double[] {4.7050e-01, -2.5500e-02, 1.7820e-04, -7.6690e-07, 2.4710e-02, -1.1710e-04, 1.0520e-06, -1.6340e-08,
                3.3280e-06, 1.0860e-06, 1.0510e-08, -6.4750e-10, 1.6590e-06, 3.1570e-09, 4.0630e-10, 3.0890e-08, 1.8310e-10,
                -1.8650e-09},
            new double[] {3.7370e03, 2.9300e00, -4.6750e-03, -1.3890e-05, -1.7990e01, 1.0460e-01, -4.1470e-04, 1.8470e-07,
                -9.9330e-02, 3.5160e-04, 5.1090e-06, -7.1380e-08, 2.6100e-03, -1.1890e-06, -1.6430e-07, 1.5370e-05, -4.2720e-07,
                -1.6180e-06},
            new double[] {4.7200e-01, 8.9030e-04, -1.0580e-06, -2.7890e-09, -4.2860e-03, -1.4730e-05, 1.0590e-07, -1.1420e-10,
                1.7470e-05, 6.8140e-08, -3.6120e-09, 2.3650e-12, 3.0170e-08, -2.4120e-09, 4.0040e-11, -1.3220e-09, 2.5550e-11,
                2.6780e-11},
            new double[] {1.0340e03, -4.7810e-01, -2.6920e-03, 4.7250e-06, 1.3110e00, -6.8760e-03, 4.8050e-05, 1.6900e-08,
                7.4900e-05, 7.8550e-05, -3.9950e-07, 4.9820e-09, -1.0620e-04, 1.2290e-06, -1.1530e-08, -9.6230e-07, -7.2110e-08,
                4.8910e-08});

    private final Coefficients c;
    private final double massPercent;
    private final double freezingPointC;

    /**
     * @param c the glycol's coefficients
     * @param massPercent glycol share by mass (%), in [0, 60]
     */
    MelinderSolution(Coefficients c, double massPercent) {
        if (!(massPercent >= 0 && massPercent <= 60)) {
            throw new IllegalArgumentException("Melinder's fits cover 0-60 % glycol by mass");
        }
        this.c = c;
        this.massPercent = massPercent;
        this.freezingPointC = polynomialInX(c.freezing());
    }

    /** Freezing point (°C): the solution starts to form ice crystals below it. */
    public double freezingPointC() {
        return freezingPointC;
    }

    @Override
    public double densityKgPerM3(double tempC) {
        return polynomial(c.density(), tempC);
    }

    @Override
    public double specificHeatJPerKgK(double tempC) {
        return polynomial(c.specificHeat(), tempC);
    }

    @Override
    public double viscosityPaS(double tempC) {
        return Math.exp(polynomial(c.viscosity(), tempC)) * 1e-3;
    }

    @Override
    public double conductivityWPerMK(double tempC) {
        return polynomial(c.conductivity(), tempC);
    }

    @Override
    public double minTempC() {
        return freezingPointC;
    }

    @Override
    public double maxTempC() {
        return MAX_TEMP_C;
    }

    private double polynomial(double[] a, double tempC) {
        double x = massPercent - c.xm();
        double y = tempC - c.tm();
        double sum = 0;
        for (int k = 0; k < TERMS.length; k++) {
            sum += a[k] * Math.pow(x, TERMS[k][0]) * Math.pow(y, TERMS[k][1]);
        }
        return sum;
    }

    /** The freezing-point fit is a function of concentration alone: its j = 0 terms. */
    private double polynomialInX(double[] a) {
        double x = massPercent - c.xm();
        double sum = 0;
        for (int k = 0; k < TERMS.length; k++) {
            if (TERMS[k][1] == 0) {
                sum += a[k] * Math.pow(x, TERMS[k][0]);
            }
        }
        return sum;
    }
}
