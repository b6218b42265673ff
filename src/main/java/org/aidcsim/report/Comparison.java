package org.aidcsim.report;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.sweep.Evaluation;
import org.aidcsim.units.Units;

/** Several designs side by side: a terminal table with differences from the first, and a CSV. */
public final class Comparison {
    /**
     * @param label variant name
     * @param evaluation its run, chain and economics
     */
    public record Variant(String label, Evaluation evaluation) {
        AnnualMetrics metrics() {
            return evaluation.metrics();
        }

        ChainPoint design() {
            return evaluation.design();
        }
    }

    private record Row(String name, String unit, int decimals, ToDoubleFunction<Variant> value) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("PUE (annual)", "", 4, v -> v.metrics().pue()),
            new Row("grid -> rack efficiency (annual)", "%", 2, v -> 100 * v.metrics().powerChainEfficiency()),
            new Row("grid -> chip efficiency (annual)", "%", 2, v -> 100 * v.metrics().endToEndEfficiency()),
            new Row("grid -> chip efficiency at design", "%", 2, v -> 100 * v.design().endToEndEfficiency()),
            new Row("facility-side chain losses", "MWh", 1, v -> Units.joulesToMwh(v.metrics().powerLossEnergyJ())),
            new Row("in-rack losses", "MWh", 1, v -> Units.joulesToMwh(v.metrics().inRackLossEnergyJ())),
            new Row("chip energy", "MWh", 1, v -> Units.joulesToMwh(v.metrics().chipEnergyJ())),
            new Row("cooling energy", "MWh", 1, v -> Units.joulesToMwh(v.metrics().coolingEnergyJ())),
            new Row("facility energy", "MWh", 1, v -> Units.joulesToMwh(v.metrics().facilityEnergyJ())),
            new Row("peak facility power", "kW", 0, v -> Units.wToKw(v.metrics().peakFacilityPowerW())),
            new Row("conductor mass", "kg", 0, v -> v.design().conductorMassKg()),
            new Row("WUE", "L/kWh", 3, v -> v.metrics().wueLPerKwh()),
            new Row("CAPEX", "M", 2, v -> v.evaluation().economics().capexTotal() / 1e6),
            new Row("OPEX per year", "M", 2, v -> v.evaluation().economics().opexTotalPerYear() / 1e6),
            new Row("TCO", "M", 2, v -> v.evaluation().economics().tco() / 1e6),
            new Row("carbon", "t/yr", 0, v -> v.evaluation().economics().carbonTonnesPerYear()),
            new Row("IT downtime", "min/yr", 3, v -> v.evaluation().availability().map(a -> a.downtimeMinutesPerYear()).orElse(Double.NaN)));

    private final List<Variant> variants;

    public Comparison(List<Variant> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        this.variants = List.copyOf(variants);
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

    /** The table as rows of text, for the HTML report: metric, then one column per variant. */
    public List<List<String>> rows() {
        List<List<String>> out = new java.util.ArrayList<>();
        for (Row r : ROWS) {
            List<String> row = new java.util.ArrayList<>();
            row.add(r.name() + (r.unit().isEmpty() ? "" : " (" + r.unit() + ")"));
            double base = r.value().applyAsDouble(variants.get(0));
            for (int i = 0; i < variants.size(); i++) {
                double v = r.value().applyAsDouble(variants.get(i));
                String cell = String.format(Locale.ROOT, "%,." + r.decimals() + "f", v);
                if (i > 0) {
                    cell += String.format(Locale.ROOT, " (%+,." + r.decimals() + "f)", v - base);
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

    public String csv() {
        StringBuilder sb = new StringBuilder("variant");
        for (Row r : ROWS) {
            sb.append(',').append(r.name().replace(' ', '_').replace("->", "to").replace("(", "").replace(")", ""))
                    .append(r.unit().isEmpty() ? "" : "_" + (r.unit().equals("%") ? "pct" : r.unit().toLowerCase(Locale.ROOT)));
        }
        sb.append('\n');
        for (Variant v : variants) {
            sb.append(v.label());
            for (Row r : ROWS) {
                sb.append(',');
                Numbers.appendFixed(sb, r.value().applyAsDouble(v), Math.max(r.decimals(), 3));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
