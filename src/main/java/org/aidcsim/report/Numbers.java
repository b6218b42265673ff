package org.aidcsim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-free, deterministic number formatting for reports. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * {@code value} with every significant digit, in plain notation: the shortest decimal that
     * reads back as the same double (199743358.99647847, not 1.9974335899647847E8); null when not
     * finite, which JSON writes as null.
     */
    public static BigDecimal full(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** Appends {@code value} with every significant digit, plain; nothing when not finite (an empty CSV cell). */
    public static void appendFull(StringBuilder sb, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            sb.append((long) value);
            return;
        }
        // Double.toString is already the shortest round-trip form; it needs rewriting only in its
        // scientific notation (below 1e-3 and from 1e7 up).
        String shortest = Double.toString(value);
        sb.append(shortest.indexOf('E') < 0 ? shortest : full(value).toPlainString());
    }

    /** {@code value} rounded half-up to {@code decimals} places, as a BigDecimal (exact in JSON). */
    public static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Appends {@code value} with exactly {@code decimals} decimals (fast path for CSV; |value| < 9e12). */
    public static void appendFixed(StringBuilder sb, double value, int decimals) {
        if (!Double.isFinite(value)) {
            sb.append("");
            return;
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / scale);
        if (decimals > 0) {
            sb.append('.');
            String frac = Long.toString(scaled % scale);
            for (int i = frac.length(); i < decimals; i++) {
                sb.append('0');
            }
            sb.append(frac);
        }
    }
}
