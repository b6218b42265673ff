package org.aidcsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidcsim.metrics.Metric;
import org.aidcsim.sweep.Evaluation;

/** Several designs side by side: a terminal table with differences from the first, and a CSV of every catalogue metric. */
public final class Comparison {
    /**
     * @param label variant name
     * @param evaluation its run, chain and economics
     */
    public record Variant(String label, Evaluation evaluation) {
        double value(Metric m) {
            return evaluation.values().value(m);
        }
    }

    /** The metrics the tables show; compare.csv has them all. */
    private static final List<Metric> ROWS = List.of(Metric.PUE, Metric.POWER_CHAIN_EFFICIENCY, Metric.END_TO_END_EFFICIENCY,
            Metric.DESIGN_END_TO_END_EFFICIENCY, Metric.POWER_LOSS_MWH, Metric.IN_RACK_LOSS_MWH, Metric.CHIP_ENERGY_MWH,
            Metric.COOLING_ENERGY_MWH, Metric.FACILITY_ENERGY_MWH, Metric.PEAK_FACILITY_POWER_KW, Metric.CONDUCTOR_MASS_KG,
            Metric.WUE_L_PER_KWH, Metric.CAPEX, Metric.OPEX_PER_YEAR, Metric.TCO, Metric.CAPEX_PER_MW_IT, Metric.TCO_PER_MWH_IT,
            Metric.CARBON_T_PER_YEAR,
            Metric.DOWNTIME_MIN_PER_YEAR);

    private final List<Variant> variants;

    public Comparison(List<Variant> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        this.variants = List.copyOf(variants);
    }

    private String currency() {
        return variants.get(0).evaluation().economics().currency();
    }

    public String table() {
        int width = Math.max(22, variants.stream().mapToInt(v -> v.label().length()).max().orElse(0) + 2);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-40s", "metric"));
        variants.forEach(v -> sb.append(String.format(Locale.ROOT, "%" + width + "s", v.label())));
        sb.append('\n');
        for (List<String> row : rows()) {
            sb.append(String.format(Locale.ROOT, "%-40s", row.get(0)));
            row.subList(1, row.size()).forEach(cell -> sb.append(String.format(Locale.ROOT, "%" + width + "s", cell)));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The table as rows of text, for the HTML report: metric (unit), then one column per variant. */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        for (Metric m : ROWS) {
            List<String> row = new ArrayList<>();
            row.add(m.axisLabel(currency()));
            double base = variants.get(0).value(m);
            for (int i = 0; i < variants.size(); i++) {
                double v = variants.get(i).value(m);
                String cell = m.format(v);
                if (i > 0 && Double.isFinite(v) && Double.isFinite(base)) {
                    String delta = m.format(v - base);
                    cell += " (" + (delta.startsWith("-") ? "" : "+") + delta + ")";
                }
                row.add(cell);
            }
            out.add(row);
        }
        return out;
    }

    public List<String> labels() {
        return variants.stream().map(Variant::label).toList();
    }

    /** One row per variant, one column per catalogue metric (the keys of summary.json and sweep.csv), full precision. */
    public String csv() {
        StringBuilder sb = new StringBuilder("variant");
        for (Metric m : Metric.values()) {
            sb.append(',').append(m.key());
        }
        sb.append('\n');
        for (Variant v : variants) {
            sb.append(v.label());
            for (Metric m : Metric.values()) {
                sb.append(',');
                Numbers.appendFull(sb, v.value(m));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
