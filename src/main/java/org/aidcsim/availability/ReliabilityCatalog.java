package org.aidcsim.availability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Default failure and repair data by component type. The utility and generator figures are
 * published ones; the others are order-of-magnitude values inside the ranges of IEEE Std 493
 * (Gold Book) equipment tables and vendor MTBF claims, marked as such. A scenario overrides any
 * of them under availability.components.
 */
public final class ReliabilityCatalog {
    /**
     * Generator fail-to-run rate while running (1/h): NREL (Marqusee et al., Applied Energy 2020)
     * finds a single well-maintained set has about 80 % probability of running through a two-week
     * outage, so λ = −ln 0.8 / 336 h.
     */
    public static final double GENERATOR_FAIL_TO_RUN_PER_HOUR = -Math.log(0.8) / 336.0;

    private ReliabilityCatalog() {
    }

    /** Defaults by type, in a stable order. */
    public static Map<String, FailureData> defaults() {
        Map<String, FailureData> m = new LinkedHashMap<>();
        m.put("utility", new FailureData(1.956, 1.32, "IEEE 493 single-circuit utility supply: 1.956 failures/yr, 1.32 h"));
        m.put("switchgear", new FailureData(0.01, 24, "assumption in the IEEE 493 range for switchgear (0.005-0.02/yr)"));
        m.put("transformer", new FailureData(0.01, 300, "assumption in the IEEE 493 range for transformers (0.005-0.015/yr); "
                + "a replacement takes weeks"));
        m.put("ups_module", new FailureData(0.035, 8, "assumption: vendor MTBF claims of 200 000-500 000 h per module"));
        m.put("static_bypass", new FailureData(0.005, 8, "assumption: static switch MTBF of about 200 years"));
        m.put("rectifier", new FailureData(0.02, 4, "assumption: rectifier cabinet of hot-swappable modules"));
        m.put("sst", new FailureData(0.05, 24, "assumption: a new technology, rated below mature converters"));
        m.put("feeder", new FailureData(0.005, 8, "assumption in the IEEE 493 range for cable and busway runs"));
        m.put("battery_string", new FailureData(0.05, 8, "assumption: string monitoring finds failed blocks; 20-year string life"));
        m.put("ats", new FailureData(0.01, 8, "assumption in the IEEE 493 range for transfer switches"));
        m.put("generator", new FailureData(GENERATOR_FAIL_TO_RUN_PER_HOUR * 8760, 24,
                "NREL 2020: 80 % probability to run two weeks (fail-to-run rate while running); repair 24 h assumed"));
        m.put("cdu", new FailureData(0.1, 8, "assumption: pumps and controls of a CDU, repaired within a shift"));
        return m;
    }
}
