package org.aidcsim.catalog;

import java.util.Arrays;
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
    private final String source;

    /**
     * @param loadFractions strictly increasing, each in (0, 2]
     * @param efficiencies same length, each in (0, 1)
     * @param source where the points come from
     */
    public TabulatedEfficiency(double[] loadFractions, double[] efficiencies, String source) {
        validate(loadFractions, efficiencies).ifPresent(msg -> {
            throw new IllegalArgumentException(msg);
        });
        this.loadFractions = loadFractions.clone();
        this.efficiencies = efficiencies.clone();
        this.lossFractions = new double[loadFractions.length];
        for (int i = 0; i < loadFractions.length; i++) {
            lossFractions[i] = loadFractions[i] * (1.0 / efficiencies[i] - 1.0);
        }
        this.source = source;
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
        }
        return Optional.empty();
    }

    @Override
    public double lossFraction(double x) {
        double[] xs = loadFractions;
        double[] ls = lossFractions;
        int last = xs.length - 1;
        if (x <= xs[0]) {
            double slope = (ls[1] - ls[0]) / (xs[1] - xs[0]);
            double noLoad = Math.max(0.0, Math.min(ls[0], ls[0] - slope * xs[0]));
            return noLoad + (ls[0] - noLoad) * Math.max(0.0, x) / xs[0];
        }
        int i = 1;
        while (i < last && x > xs[i]) {
            i++;
        }
        double t = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
        return Math.max(0.0, ls[i - 1] + t * (ls[i] - ls[i - 1]));
    }

    @Override
    public double lossFractionSlope(double x) {
        double[] xs = loadFractions;
        double[] ls = lossFractions;
        if (x <= xs[0]) {
            return (ls[0] - lossFraction(0.0)) / xs[0];
        }
        int last = xs.length - 1;
        int i = 1;
        while (i < last && x > xs[i]) {
            i++;
        }
        return (ls[i] - ls[i - 1]) / (xs[i] - xs[i - 1]);
    }

    @Override
    public String source() {
        return source;
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
