package org.aidcsim.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidcsim.metrics.Direction;
import org.aidcsim.metrics.Metric;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The distribution of every metric over a study's samples that ran, and the inputs ranked by how
 * much each moves the chosen metrics.
 *
 * <p>Percentiles by Hyndman and Fan's definition 7 (linear between order statistics, the default of
 * R and NumPy): P10, P50 and P90 are the values 10, 50 and 90 % of the samples lie at or below.
 * {@link Stats#guaranteedAt90} is the value met or bettered in 90 % of them, in the metric's better
 * direction: P90 for a cost or a PUE, P10 for an efficiency.
 *
 * <p>The tornado's method, named in every output: each numeric input's <b>main-effect swing</b>, the
 * metric's mean over the fifth of the samples with the input's highest values minus the mean over the
 * fifth with its lowest, beside the <b>Spearman rank correlation</b> of input and metric over all
 * samples; a written input (weather files, technologies) has no order, so its swing is the spread
 * between the means of its best and worst value.
 */
public final class StudySummary {
    /** The tornado's method, as outputs name it. */
    public static final String TORNADO_METHOD = "main-effect swing: mean of the metric over the samples in the input's top "
            + "fifth minus over its bottom fifth (a written input: its highest-mean value minus its lowest), with the Spearman "
            + "rank correlation of input and metric over all samples";

    /** A metric's distribution. */
    public record Stats(Metric metric, int count, double mean, double p10, double p50, double p90, double min, double max) {
        /** The value met or bettered in 90 % of the samples. */
        public double guaranteedAt90() {
            return metric.direction() == Direction.HIGHER_IS_BETTER ? p10 : p90;
        }
    }

    /** How one input moves one metric. */
    public record Swing(String input, double lowMean, double highMean, String lowLabel, String highLabel, double spearman) {
        public double swing() {
            return highMean - lowMean;
        }
    }

    private StudySummary() {
    }

    /** The distribution of each metric's finite values; a metric no sample estimated is left out. */
    public static List<Stats> stats(Map<Metric, double[]> values) {
        List<Stats> out = new ArrayList<>();
        for (var e : values.entrySet()) {
            double[] finite = Arrays.stream(e.getValue()).filter(Double::isFinite).toArray();
            if (finite.length == 0) {
                continue;
            }
            Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            p.setData(finite);
            out.add(new Stats(e.getKey(), finite.length, Arrays.stream(finite).average().orElseThrow(), p.evaluate(10),
                    p.evaluate(50), p.evaluate(90), Arrays.stream(finite).min().orElseThrow(),
                    Arrays.stream(finite).max().orElseThrow()));
        }
        return out;
    }

    /**
     * Each input's swing of {@code metric}, largest first.
     *
     * @param inputs the study's inputs
     * @param inputValues inputValues[i][k]: input k of sample i as a number (NaN for a written value)
     * @param inputLabels inputLabels[i][k]: the same as written
     * @param metric the metric's value in each sample (NaN where it failed)
     */
    public static List<Swing> tornado(List<UncertainInput> inputs, double[][] inputValues, String[][] inputLabels, double[] metric) {
        List<Integer> ran = new ArrayList<>();
        for (int i = 0; i < metric.length; i++) {
            if (Double.isFinite(metric[i])) {
                ran.add(i);
            }
        }
        List<Swing> out = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            int input = k;
            if (inputs.get(k).categorical()) {
                Map<String, double[]> sums = new LinkedHashMap<>();
                for (int i : ran) {
                    double[] sum = sums.computeIfAbsent(inputLabels[i][input], x -> new double[2]);
                    sum[0] += metric[i];
                    sum[1]++;
                }
                var lowest = sums.entrySet().stream().min(Comparator.comparingDouble(e -> e.getValue()[0] / e.getValue()[1]));
                var highest = sums.entrySet().stream().max(Comparator.comparingDouble(e -> e.getValue()[0] / e.getValue()[1]));
                if (lowest.isPresent()) {
                    out.add(new Swing(inputs.get(k).path(), lowest.get().getValue()[0] / lowest.get().getValue()[1],
                            highest.get().getValue()[0] / highest.get().getValue()[1], lowest.get().getKey(),
                            highest.get().getKey(), Double.NaN));
                }
                continue;
            }
            List<Integer> order = new ArrayList<>(ran);
            order.sort(Comparator.comparingDouble(i -> inputValues[i][input]));
            int fifth = Math.max(1, order.size() / 5);
            if (order.size() < 2) {
                continue;
            }
            double low = order.subList(0, fifth).stream().mapToDouble(i -> metric[i]).average().orElseThrow();
            double high = order.subList(order.size() - fifth, order.size()).stream().mapToDouble(i -> metric[i]).average().orElseThrow();
            double[] x = order.stream().mapToDouble(i -> inputValues[i][input]).toArray();
            double[] y = order.stream().mapToDouble(i -> metric[i]).toArray();
            double rho = constant(x) || constant(y) ? 0.0 : new SpearmansCorrelation().correlation(x, y);
            out.add(new Swing(inputs.get(k).path(), low, high, "bottom fifth", "top fifth", rho));
        }
        out.sort(Comparator.comparingDouble((Swing s) -> -Math.abs(s.swing())));
        return out;
    }

    private static boolean constant(double[] v) {
        return Arrays.stream(v).allMatch(x -> x == v[0]);
    }
}
