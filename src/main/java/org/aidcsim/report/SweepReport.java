package org.aidcsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidcsim.metrics.Metric;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.sweep.Evaluation;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimension;
import org.jfree.chart.JFreeChart;

/** A sweep's outputs: sweep.csv (every catalogue metric of every variant) and the HTML report. */
public final class SweepReport {
    /** The metrics the HTML table shows; the CSV has them all. */
    private static final List<Metric> TABLE = List.of(Metric.DESIGN_IT_POWER_KW, Metric.PUE, Metric.WUE_L_PER_KWH,
            Metric.CAPEX_PER_MW_IT, Metric.TCO_PER_MWH_IT, Metric.CAPEX, Metric.CARBON_T_PER_YEAR);

    private SweepReport() {
    }

    /** One row per variant: the swept values, the status, every catalogue metric at full precision, the front, the error. */
    public static String csv(List<SweepDimension> dims, List<Sweep.Variant> variants, boolean[] front) {
        StringBuilder sb = new StringBuilder("variant");
        dims.forEach(d -> sb.append(',').append(d.path()));
        sb.append(",status");
        for (Metric m : Metric.values()) {
            sb.append(',').append(m.key());
        }
        sb.append(",pareto,error\n");
        for (Sweep.Variant v : variants) {
            sb.append(v.index());
            v.values().forEach(val -> sb.append(',').append(quote(val)));
            sb.append(',').append(v.evaluation().isPresent() ? "ok" : "failed");
            for (Metric m : Metric.values()) {
                sb.append(',');
                v.evaluation().ifPresent(e -> Numbers.appendFull(sb, e.values().value(m)));
            }
            sb.append(',').append(front[v.index()] ? "yes" : "no").append(',').append(quote(v.error())).append('\n');
        }
        return sb.toString();
    }

    /** A variant named by the values that define it ("cold_plate, 30"), file paths by their last part. */
    public static String variantName(Sweep.Variant v) {
        return String.join(", ", v.values().stream().map(val -> val.contains("/") ? val.substring(val.lastIndexOf('/') + 1) : val)
                .toList());
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /**
     * @param axes the two Pareto metrics
     * @param currency the scenario's currency, for money columns
     */
    public static String html(LoadedScenario base, List<SweepDimension> dims, List<Sweep.Variant> variants, boolean[] front,
            Metric[] axes, String currency, JFreeChart scatter, JFreeChart endUse) throws IOException {
        HtmlReport h = new HtmlReport("aidcsim sweep: " + base.spec().name(), variants.size() + " variants over "
                + String.join(" × ", dims.stream().map(d -> d.path() + " (" + d.values().size() + ")").toList()));
        h.heading("Variants (Pareto front on " + axes[0].label() + " and " + axes[1].label() + " highlighted)");
        List<String> headers = new ArrayList<>(List.of("#"));
        dims.forEach(d -> headers.add(d.path()));
        TABLE.forEach(m -> headers.add(m.axisLabel(currency)));
        headers.add("status");
        List<List<String>> rows = new ArrayList<>();
        for (Sweep.Variant v : variants) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(v.index())));
            // File paths read best by their last part; the CSV keeps them whole.
            v.values().forEach(val -> row.add(val.contains("/") ? val.substring(val.lastIndexOf('/') + 1) : val));
            if (v.evaluation().isPresent()) {
                Evaluation e = v.evaluation().get();
                TABLE.forEach(m -> row.add(m.format(e.values().value(m))));
                row.add("ok");
            } else {
                TABLE.forEach(m -> row.add(""));
                row.add("failed, see below");
            }
            rows.add(row);
        }
        h.table(headers, rows, front);
        List<List<String>> failures = variants.stream().filter(v -> v.evaluation().isEmpty())
                .map(v -> List.of("#" + v.index(), v.error())).toList();
        if (!failures.isEmpty()) {
            h.heading("Variants that did not run");
            h.table(List.of("#", "reason"), failures, null);
        }
        h.chart(scatter, 1000, 620, String.format(Locale.ROOT, "Each variant; the Pareto front (%s %s is better, %s %s is better) in red.",
                axes[0].label(), axes[0].direction().label(), axes[1].label(), axes[1].direction().label()));
        h.chart(endUse, 1100, 600, "Energy each variant that ran spends beyond its IT load, by end use; PUE under each bar.");
        h.heading("Base scenario, with every default applied");
        Map<String, Object> doc = new LinkedHashMap<>(base.resolved());
        h.yaml(doc);
        return h.render();
    }
}
