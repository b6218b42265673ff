package org.aidcsim.sweep;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;

/**
 * A condition a design must meet, on one catalogue metric in its report unit, e.g.
 * {@code gb40879_grade<=2} or {@code pue<1.25}: how a sweep keeps only the designs a standard or a
 * client allows. A metric the run did not estimate fails the requirement.
 *
 * @param metric the metric
 * @param operator one of &lt;, &lt;=, &gt;, &gt;=
 * @param value the bound, in the metric's report unit
 */
public record Requirement(Metric metric, String operator, double value) {
    private static final Pattern FORM = Pattern.compile("\\s*([a-z0-9_]+)\\s*(<=|>=|<|>)\\s*([-+0-9.eE]+)\\s*");

    /** Parses {@code text}; the message of an empty result says what is wrong. */
    public static Requirement parse(String text) throws IllegalArgumentException {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected METRIC<=VALUE (or <, >=, >), e.g. gb40879_grade<=2, found \"" + text + "\"");
        }
        Optional<Metric> metric = Metric.ofKey(m.group(1));
        if (metric.isEmpty()) {
            List<String> keys = Arrays.stream(Metric.values()).map(Metric::key).toList();
            throw new IllegalArgumentException(Metric.unknownKeyMessage(m.group(1), keys));
        }
        double v;
        try {
            v = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number after " + m.group(2) + ", found \"" + m.group(3) + "\"");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("expected a finite number, found \"" + m.group(3) + "\"");
        }
        return new Requirement(metric.get(), m.group(2), v);
    }

    /** True when {@code values} meet the requirement. */
    public boolean isMetBy(MetricValues values) {
        double x = values.value(metric);
        if (Double.isNaN(x)) {
            return false;
        }
        return switch (operator) {
            case "<" -> x < value;
            case "<=" -> x <= value;
            case ">" -> x > value;
            default -> x >= value;
        };
    }

    @Override
    public String toString() {
        return metric.key() + operator + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
