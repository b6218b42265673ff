package org.aidcsim.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An efficiency curve given as (load fraction, efficiency) points, as datasheets and the 80 PLUS
 * tables publish it. Between points the <em>loss</em> per unit of rating is interpolated linearly
 * (loss, unlike efficiency, is nearly linear-plus-quadratic in load, so this stays physical);
 * below the first point the loss follows the line through the first two points down to zero load
 * (the usual estimate of a converter's no-load loss), and above the last point it follows the last
 * segment. At every given point the efficiency is reproduced exactly.
 */
public final class TabulatedEfficiency implements LossModel {
    private final double[] loadFractions;
    private final double[] efficiencies;
    private final double[] lossFractions;
    /** x + lossFraction(x) at each point: where the inverse changes segment. */
    private final double[] inputFractions;
    private final double noLoadFraction;
    /**
     * Per segment i (from point i − 1 to point i; segment 0 from zero load to the first point):
     * the loss slope, and the inverse as a line x = inverseOffset + inverseSlope · input, so that
     * a run's millions of evaluations multiply rather than divide.
     */
    private final double[] segmentSlopes;
    private final double[] inverseOffsets;
    private final double[] inverseSlopes;
    private final String source;
    private final CurveBasis basis;

    /** Points whose basis is an engineering estimate. */
    public TabulatedEfficiency(double[] loadFractions, double[] efficiencies, String source) {
        this(loadFractions, efficiencies, source, CurveBasis.ESTIMATE);
    }

    /**
     * @param loadFractions strictly increasing, each in (0, 2]
     * @param efficiencies same length, each in (0, 1)
     * @param source where the points come from
     * @param basis what kind of source that is
     */
    public TabulatedEfficiency(double[] loadFractions, double[] efficiencies, String source, CurveBasis basis) {
        validate(loadFractions, efficiencies).ifPresent(msg -> {
            throw new IllegalArgumentException(msg);
        });
        this.loadFractions = loadFractions.clone();
        this.efficiencies = efficiencies.clone();
        this.lossFractions = new double[loadFractions.length];
        for (int i = 0; i < loadFractions.length; i++) {
            lossFractions[i] = loadFractions[i] * (1.0 / efficiencies[i] - 1.0);
        }
        int n = loadFractions.length;
        double firstSlope = (lossFractions[1] - lossFractions[0]) / (loadFractions[1] - loadFractions[0]);
        this.noLoadFraction = Math.max(0.0, Math.min(lossFractions[0], lossFractions[0] - firstSlope * loadFractions[0]));
        this.segmentSlopes = new double[n];
        this.inverseOffsets = new double[n];
        this.inverseSlopes = new double[n];
        this.inputFractions = new double[n];
        for (int i = 0; i < n; i++) {
            inputFractions[i] = loadFractions[i] + lossFractions[i];
            double x0 = i == 0 ? 0.0 : loadFractions[i - 1];
            double l0 = i == 0 ? noLoadFraction : lossFractions[i - 1];
            double slope = (lossFractions[i] - l0) / (loadFractions[i] - x0);
            segmentSlopes[i] = slope;
            // x + l0 + slope·(x − x0) = y  ⇒  x = (y − l0 + slope·x0) / (1 + slope)
            inverseSlopes[i] = 1 / (1 + slope);
            inverseOffsets[i] = (slope * x0 - l0) / (1 + slope);
        }
        this.source = source;
        this.basis = basis;
    }

    /** Why these points do not make a curve, or empty when they do. Used by the scenario validator. */
    public static Optional<String> validate(double[] loadFractions, double[] efficiencies) {
        if (loadFractions.length != efficiencies.length) {
            return Optional.of("load fractions and efficiencies differ in count");
        }
        if (loadFractions.length < 2) {
            return Optional.of("a curve needs at least 2 points, found " + loadFractions.length);
        }
        for (int i = 0; i < loadFractions.length; i++) {
            if (!(loadFractions[i] > 0 && loadFractions[i] <= 2)) {
                return Optional.of("load fraction must be in (0, 2], found " + loadFractions[i]);
            }
            if (!(efficiencies[i] > 0 && efficiencies[i] < 1)) {
                return Optional.of("efficiency must be in (0, 1), found " + efficiencies[i]);
            }
            if (i > 0 && !(loadFractions[i] > loadFractions[i - 1])) {
                return Optional.of("not a function of load: load fractions must strictly increase, found "
                        + loadFractions[i - 1] + " then " + loadFractions[i]);
            }
            if (i > 0) {
                double lossBefore = loadFractions[i - 1] * (1 / efficiencies[i - 1] - 1);
                double loss = loadFractions[i] * (1 / efficiencies[i] - 1);
                // the input (load + loss) must rise with the load, or one input would feed several loads
                if (!(loss - lossBefore > -(loadFractions[i] - loadFractions[i - 1]))) {
                    return Optional.of(String.format(Locale.ROOT, "efficiency rises too steeply from %s to %s: the loss would fall "
                            + "faster than the load rises (from %.4g to %.4g of rating), so the input would fall as the load rises",
                            loadFractions[i - 1], loadFractions[i], lossBefore, loss));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public double lossFraction(double x) {
        double[] xs = loadFractions;
        if (x <= xs[0]) {
            return noLoadFraction + segmentSlopes[0] * Math.max(0.0, x);
        }
        int last = xs.length - 1;
        int i = 1;
        while (i < last && x > xs[i]) {
            i++;
        }
        double loss = lossFractions[i - 1] + segmentSlopes[i] * (x - xs[i - 1]);
        return loss > 0 ? loss : 0.0;
    }

    /**
     * Exact: x + loss(x) is piecewise linear and increasing (a loss falling faster than the load
     * rises is no converter), so the input's segment is found by its end points and solved as a line.
     */
    @Override
    public double loadForInputFraction(double y) {
        if (y <= noLoadFraction) {
            return 0.0;
        }
        if (y <= inputFractions[0]) {
            return inverseOffsets[0] + inverseSlopes[0] * y;
        }
        int last = loadFractions.length - 1;
        int i = 1;
        while (i < last && y > inputFractions[i]) {
            i++;
        }
        double x = inverseOffsets[i] + inverseSlopes[i] * y;
        // past the last point a falling last segment reaches zero loss, where lossFraction stops at 0
        return i == last && lossFractions[i - 1] + segmentSlopes[i] * (x - loadFractions[i - 1]) < 0 ? y : x;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public CurveBasis basis() {
        return basis;
    }

    public double[] loadFractions() {
        return loadFractions.clone();
    }

    public double[] efficiencies() {
        return efficiencies.clone();
    }

    @Override
    public String toString() {
        return "TabulatedEfficiency" + Arrays.toString(loadFractions) + "->" + Arrays.toString(efficiencies);
    }
}
