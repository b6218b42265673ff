package org.aidcsim.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.sweep.Sweep;

/**
 * One sample as it travels from an executor to the driver: its index, its inputs as written, every
 * metric at full precision (in catalogue order), or why it failed.
 *
 * @param index the sample's number
 * @param labels its inputs as written
 * @param metrics every catalogue metric, or null when it failed
 * @param error why it failed, or ""
 */
record SampleRow(int index, String[] labels, double[] metrics, String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    static SampleRow of(Sweep.Variant v) {
        double[] m = null;
        if (v.metrics().isPresent()) {
            Metric[] all = Metric.values();
            m = new double[all.length];
            for (int k = 0; k < all.length; k++) {
                m[k] = v.metrics().get().value(all[k]);
            }
        }
        return new SampleRow(v.index(), v.values().toArray(String[]::new), m, v.error());
    }

    /** The sample as the in-process engine gives it. */
    Sweep.Variant variant() {
        return new Sweep.Variant(index, List.of(labels), metrics == null ? Optional.empty() : Optional.of(MetricValues.of(metrics)),
                error);
    }
}
