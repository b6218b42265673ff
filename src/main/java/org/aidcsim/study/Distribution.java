package org.aidcsim.study;

import java.util.List;
import org.apache.commons.math3.special.Erf;

/**
 * An uncertain input's distribution, sampled by its inverse cumulative distribution: a uniform
 * number u in (0, 1) from the study's sampler becomes {@link #quantile}(u), so that a Latin
 * hypercube or a Sobol' point stratifies every input at once.
 */
public sealed interface Distribution permits Distribution.Uniform, Distribution.Normal, Distribution.Triangular,
        Distribution.Lognormal, Distribution.Discrete {

    /** The value below which a share {@code u} of the distribution lies, u in (0, 1). */
    double quantile(double u);

    /** Its mean. */
    double mean();

    /** Its variance. */
    double variance();

    /** The values a check must validate at the field before anything runs: its extremes, or every value. */
    List<Double> checkpoints();

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            if (!(min <= max)) {
                throw new IllegalArgumentException("uniform: min above max");
            }
        }

        @Override
        public double quantile(double u) {
            return min + u * (max - min);
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }

        @Override
        public double variance() {
            return (max - min) * (max - min) / 12;
        }

        @Override
        public List<Double> checkpoints() {
            return List.of(min, max);
        }
    }

    /**
     * Normal with mean and standard deviation. Its quantile is Φ⁻¹ through the inverse error
     * function (Commons Math's {@code Erf.erfInv}): Φ⁻¹(u) = √2·erf⁻¹(2u − 1).
     */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            if (!(sd >= 0)) {
                throw new IllegalArgumentException("normal: negative standard deviation");
            }
        }

        @Override
        public double quantile(double u) {
            return mean + sd * standardQuantile(u);
        }

        @Override
        public double variance() {
            return sd * sd;
        }

        /** Checked at mean ± 4 standard deviations: the span all but 6 in 100,000 samples fall in. */
        @Override
        public List<Double> checkpoints() {
            return List.of(mean - 4 * sd, mean + 4 * sd);
        }
    }

    /** Triangular on [min, max] with its peak at mode. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            if (!(min <= mode && mode <= max && min < max)) {
                throw new IllegalArgumentException("triangular: expected min ≤ mode ≤ max, min < max");
            }
        }

        @Override
        public double quantile(double u) {
            double split = (mode - min) / (max - min);
            return u < split ? min + Math.sqrt(u * (max - min) * (mode - min))
                    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }

        @Override
        public double mean() {
            return (min + mode + max) / 3;
        }

        @Override
        public double variance() {
            return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
        }

        @Override
        public List<Double> checkpoints() {
            return List.of(min, max);
        }
    }

    /** Lognormal: ln of the value is normal with mean ln(median) and standard deviation sigma. */
    record Lognormal(double median, double sigma) implements Distribution {
        public Lognormal {
            if (!(median > 0 && sigma >= 0)) {
                throw new IllegalArgumentException("lognormal: expected median > 0, sigma ≥ 0");
            }
        }

        @Override
        public double quantile(double u) {
            return median * Math.exp(sigma * standardQuantile(u));
        }

        @Override
        public double mean() {
            return median * Math.exp(sigma * sigma / 2);
        }

        @Override
        public double variance() {
            return (Math.exp(sigma * sigma) - 1) * median * median * Math.exp(sigma * sigma);
        }

        /** Checked at the 0.003 % and 99.997 % quantiles (±4 sigma of its logarithm). */
        @Override
        public List<Double> checkpoints() {
            return List.of(median * Math.exp(-4 * sigma), median * Math.exp(4 * sigma));
        }
    }

    /** One of several values (by index into {@code values}), each with its weight. */
    record Discrete(List<Double> values, List<Double> weights) implements Distribution {
        public Discrete {
            values = List.copyOf(values);
            weights = List.copyOf(weights);
            if (values.isEmpty() || values.size() != weights.size() || weights.stream().anyMatch(w -> !(w >= 0))
                    || !(weights.stream().mapToDouble(Double::doubleValue).sum() > 0)) {
                throw new IllegalArgumentException("discrete: expected as many non-negative weights as values, not all zero");
            }
        }

        /** The index of the value drawn at {@code u}. */
        public int index(double u) {
            double total = weights.stream().mapToDouble(Double::doubleValue).sum();
            double at = u * total;
            double sum = 0;
            for (int i = 0; i < weights.size(); i++) {
                sum += weights.get(i);
                if (at < sum) {
                    return i;
                }
            }
            return weights.size() - 1;
        }

        @Override
        public double quantile(double u) {
            return values.get(index(u));
        }

        @Override
        public double mean() {
            double total = weights.stream().mapToDouble(Double::doubleValue).sum();
            double m = 0;
            for (int i = 0; i < values.size(); i++) {
                m += values.get(i) * weights.get(i) / total;
            }
            return m;
        }

        @Override
        public double variance() {
            double total = weights.stream().mapToDouble(Double::doubleValue).sum();
            double m = mean();
            double v = 0;
            for (int i = 0; i < values.size(); i++) {
                v += (values.get(i) - m) * (values.get(i) - m) * weights.get(i) / total;
            }
            return v;
        }

        @Override
        public List<Double> checkpoints() {
            return values;
        }
    }

    /** Φ⁻¹(u) of the standard normal. */
    static double standardQuantile(double u) {
        return Math.sqrt(2) * Erf.erfInv(2 * u - 1);
    }
}
