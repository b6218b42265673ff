package org.aidcsim.report;

import java.util.Locale;
import org.aidcsim.metrics.Metric;

/** The outputs reference of docs/outputs.md, generated from the metric catalogue. */
public final class OutputsReference {
    private OutputsReference() {
    }

    /** One table per summary.json section: key, unit, which way is better, definition. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        for (Metric.Section section : Metric.Section.values()) {
            sb.append("### `").append(section.jsonPath()).append("`\n\n");
            sb.append("| key | name in reports | unit | better | definition |\n|---|---|---|---|---|\n");
            for (Metric m : Metric.values()) {
                if (m.section() == section) {
                    sb.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %s |%n", m.key(), m.label(), unit(m),
                            m.direction().label(), m.description()));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String unit(Metric m) {
        return switch (m.unit()) {
            case RATIO -> "ratio";
            case FRACTION -> "fraction (0-1)";
            case COUNT -> "count";
            case CURRENCY -> "currency";
            case CURRENCY_PER_MW -> "currency/MW";
            case CURRENCY_PER_MWH -> "currency/MWh";
            default -> m.unit().symbol();
        };
    }
}
