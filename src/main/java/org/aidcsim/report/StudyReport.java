package org.aidcsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidcsim.metrics.Metric;
import org.aidcsim.study.Distribution;
import org.aidcsim.study.StudyEngine;
import org.aidcsim.study.StudyPlan;
import org.aidcsim.study.StudyRecorder;
import org.aidcsim.study.StudySummary;
import org.aidcsim.study.UncertainInput;
import org.aidcsim.sweep.SweepDimension;

/** A study's files: study.csv (every sample), summary.json (every metric's distribution, the tornado), report.html. */
public final class StudyReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    /** The metrics the report's table and the console show first; summary.json has them all. */
    public static final List<Metric> SHOWN = List.of(Metric.PUE, Metric.WUE_L_PER_KWH, Metric.CAPEX, Metric.OPEX_PER_YEAR,
            Metric.TCO, Metric.LEVELIZED_COST_PER_MWH_IT, Metric.CARBON_T_PER_YEAR, Metric.AIR_CHILLER_HOURS,
            Metric.LIQUID_CHILLER_HOURS);

    /** How a study whose every row is held computes its percentiles, as summary.json names it. */
    public static final String PERCENTILES_EXACT = "exact over all samples: Hyndman and Fan's definition 7";

    private StudyReport() {
    }

    /**
     * study.csv: a row per sample held, its inputs as written, its status, every metric at full precision, its error
     * (a study too large to hold: its first samples).
     */
    public static void writeCsv(Path target, StudyRecorder r) throws IOException {
        StudyPlan plan = r.run().plan();
        AtomicFiles.write(target, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("sample");
            plan.inputs().forEach(in -> sb.append(',').append(SweepCsv.quote(in.path())));
            sb.append(",status");
            for (Metric m : Metric.values()) {
                sb.append(',').append(m.key());
            }
            w.write(sb.append(",error\n").toString());
            for (int i = 0; i < r.rows(); i++) {
                sb.setLength(0);
                sb.append(i);
                for (String label : r.labels(i)) {
                    sb.append(',').append(SweepCsv.quote(label));
                }
                String error = r.error(i);
                sb.append(',').append(error == null ? "ok" : "failed");
                for (Metric m : Metric.values()) {
                    sb.append(',');
                    if (error == null) {
                        Numbers.appendFull(sb, r.values(m)[i]);
                    }
                }
                sb.append(',').append(error == null ? "" : SweepCsv.quote(error)).append('\n');
                w.write(sb.toString());
            }
            w.flush();
        });
    }

    /** summary.json of a study whose every row was held: its plan, every metric's distribution, each tornado with its method. */
    public static String json(StudyRecorder r, List<StudySummary.Stats> stats) throws IOException {
        return json(r, stats, r.failed(), Optional.empty());
    }

    /**
     * summary.json of a study: its plan, every metric's distribution, each tornado with its method; for a study run at
     * scale, where its rows are, how its percentiles were computed and which samples the tornado read.
     */
    public static String json(StudyRecorder r, List<StudySummary.Stats> stats, long failed, Optional<StudyEngine.AtScale> atScale)
            throws IOException {
        StudyPlan plan = r.run().plan();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", plan.base().spec().name());
        ObjectNode study = root.putObject("study");
        study.put("samples", plan.samples());
        study.put("ran", plan.samples() - failed);
        study.put("failed", failed);
        study.put("seed", plan.seed());
        study.put("sampling", plan.sampling().key());
        study.put("percentiles", atScale.map(StudyEngine.AtScale::percentiles).orElse(PERCENTILES_EXACT));
        study.put("rows", atScale.map(StudyEngine.AtScale::rows).orElse("study.csv"));
        study.put("tornado_samples", r.holdsAll() ? "all" : String.format(Locale.ROOT, "the first %d of %d", r.rows(),
                plan.samples()));
        ArrayNode inputs = study.putArray("inputs");
        for (UncertainInput in : plan.inputs()) {
            ObjectNode o = inputs.addObject();
            o.put("path", in.path());
            o.set("distribution", distribution(in));
        }
        ObjectNode metrics = root.putObject("metrics");
        for (StudySummary.Stats s : stats) {
            ObjectNode o = metrics.putObject(s.metric().key());
            o.put("count", s.count());
            o.put("mean", Numbers.full(s.mean()));
            o.put("p10", Numbers.full(s.p10()));
            o.put("p50", Numbers.full(s.p50()));
            o.put("p90", Numbers.full(s.p90()));
            o.put("min", Numbers.full(s.min()));
            o.put("max", Numbers.full(s.max()));
            o.put("guaranteed_at_90", Numbers.full(s.guaranteedAt90()));
        }
        ObjectNode tornado = root.putObject("tornado");
        tornado.put("method", StudySummary.TORNADO_METHOD);
        for (Metric m : plan.tornadoMetrics()) {
            ArrayNode a = tornado.putArray(m.key());
            for (StudySummary.Swing s : r.tornado(m)) {
                ObjectNode o = a.addObject();
                o.put("input", s.input());
                o.put("low_mean", Numbers.full(s.lowMean()));
                o.put("high_mean", Numbers.full(s.highMean()));
                o.put("swing", Numbers.full(s.swing()));
                o.put("low", s.lowLabel());
                o.put("high", s.highLabel());
                if (Double.isNaN(s.spearman())) {
                    o.putNull("spearman");
                } else {
                    o.put("spearman", Numbers.full(s.spearman()));
                }
            }
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode distribution(UncertainInput in) {
        ObjectNode d = MAPPER.createObjectNode();
        Distribution x = in.distribution();
        if (x instanceof Distribution.Uniform u) {
            d.put("type", "uniform").put("min", Numbers.full(u.min())).put("max", Numbers.full(u.max()));
        } else if (x instanceof Distribution.Normal n) {
            d.put("type", "normal").put("mean", Numbers.full(n.mean())).put("sd", Numbers.full(n.sd()));
        } else if (x instanceof Distribution.Triangular t) {
            d.put("type", "triangular").put("min", Numbers.full(t.min())).put("mode", Numbers.full(t.mode()))
                    .put("max", Numbers.full(t.max()));
        } else if (x instanceof Distribution.Lognormal l) {
            d.put("type", "lognormal").put("median", Numbers.full(l.median())).put("sigma", Numbers.full(l.sigma()));
        } else if (x instanceof Distribution.Discrete disc) {
            d.put("type", "discrete");
            ArrayNode values = d.putArray("values");
            in.choices().forEach(c -> values.add(SweepDimension.label(c)));
            ArrayNode weights = d.putArray("weights");
            disc.weights().forEach(w -> weights.add(Numbers.full(w)));
        }
        return d;
    }

    /** The console's and the report's table: each shown metric's mean, P10, P50, P90 and the value met in 90 % of samples. */
    public static List<List<String>> table(List<StudySummary.Stats> stats, String currency) {
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : SHOWN) {
            stats.stream().filter(s -> s.metric() == m).findFirst().ifPresent(s -> rows.add(List.of(m.label()
                    + (m.unitLabel(currency).isEmpty() ? "" : " (" + m.unitLabel(currency) + ")"), m.format(s.mean()),
                    m.format(s.p10()), m.format(s.p50()), m.format(s.p90()), m.format(s.guaranteedAt90()))));
        }
        return rows;
    }

    /** A written value as people read it: a weather file by its station. */
    public static String shortLabel(String label) {
        return label.endsWith(".epw") ? SweepReport.station(label) : label;
    }

    public static final List<String> TABLE_HEADERS = List.of("metric", "mean", "P10", "P50", "P90", "met in 90 % of samples");

    /** One line of the console per input of a tornado. */
    public static String swingLine(StudySummary.Swing s, Metric m) {
        return String.format(Locale.ROOT, "  %-46s %s → %s%s", s.input(), m.format(s.lowMean()), m.format(s.highMean()),
                Double.isNaN(s.spearman()) ? "  (" + shortLabel(s.lowLabel()) + " … " + shortLabel(s.highLabel()) + ")"
                        : String.format(Locale.ROOT, "  (Spearman ρ %+.2f)", s.spearman()));
    }
}
