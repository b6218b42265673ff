package org.aidcsim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.Monthly;
import org.aidcsim.report.Numbers;
import org.aidcsim.report.RunHtml;
import org.aidcsim.report.RunReport;
import org.aidcsim.report.SummaryJsonWriter;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioFormat;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.schema.NodePaths;
import org.aidcsim.schema.NodeReader;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;

/**
 * A design as the page sends it (the scenario's YAML text), evaluated as {@code run} evaluates a
 * file: the same loader, compiler and annual run, so that the page and the command agree to the
 * last digit. Files the text names must lie in the scenario's folder or a shipped weather folder.
 */
final class DesignEvaluator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path scenarioFile;
    private final List<Path> readable;
    private final String version;

    /**
     * @param scenarioFile the file the page edits: relative paths in the text start in its folder
     * @param readable the folders files may be read from
     */
    DesignEvaluator(Path scenarioFile, List<Path> readable, String version) {
        this.scenarioFile = scenarioFile;
        this.readable = readable.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.version = version;
    }

    /** The answer: {@code summary} (as summary.json), {@code monthly_pue}, or {@code errors} located at their fields. */
    ObjectNode evaluate(String yaml) {
        RunReport report;
        try {
            report = runReport(yaml);
        } catch (ScenarioException e) {
            return errors(e.issues());
        }
        Evaluation evaluation = report.evaluation();
        ObjectNode out = JSON.createObjectNode();
        out.set("document", JSON.valueToTree(NodeValues.plain(evaluation.scenario().scenario().root())));
        out.set("summary", SummaryJsonWriter.tree(report));
        ArrayNode monthly = out.putArray("monthly_pue");
        for (double v : Monthly.pue(evaluation.series().orElseThrow())) {
            if (Double.isNaN(v)) {
                monthly.addNull();
            } else {
                monthly.add(Numbers.full(v));
            }
        }
        return out;
    }

    /** Most values a sweep from the page may take: a chart's worth; aidcsim sweep does studies. */
    static final int MAX_SWEEP_VALUES = 40;

    /**
     * The design once for each value of one field (rack power for a density chart, the weather file
     * for climates): each row the value and its key figures, or its first problem. Stops between
     * values when the thread is interrupted (a newer sweep replaced this one).
     */
    ObjectNode sweep(String yaml, String field, List<Object> values) throws InterruptedException {
        if (values.isEmpty() || values.size() > MAX_SWEEP_VALUES) {
            return error("a sweep takes 1 to " + MAX_SWEEP_VALUES + " values (found " + values.size() + ")");
        }
        var read = NodeReader.read(scenarioFile.toString(), yaml);
        if (read.root().isEmpty()) {
            return errors(read.issues());
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("field", field);
        ArrayNode rows = out.putArray("rows");
        for (Object value : values) {
            if (Thread.interrupted()) {
                throw new InterruptedException("replaced by a newer sweep");
            }
            ObjectNode row = rows.addObject();
            row.set("value", JSON.valueToTree(value));
            try {
                Node edited = NodePaths.set(read.root().get(), field, new Node.ScalarNode(new Location("sweep", 0, 0),
                        Optional.ofNullable(value)));
                LoadedScenario loaded = ScenarioLoader.fromNode(scenarioFile, edited, ScenarioFormat.DEFAULT);
                List<Issue> outside = filesOutside(loaded);
                if (!outside.isEmpty()) {
                    throw new ScenarioException(outside);
                }
                CompiledScenario compiled = SiteCompiler.compile(loaded);
                var figures = Evaluation.of(compiled, false).values();
                for (Metric m : List.of(Metric.PUE, Metric.END_TO_END_EFFICIENCY, Metric.FACILITY_ENERGY_MWH, Metric.WUE_L_PER_KWH,
                        Metric.LEVELIZED_COST_PER_MWH_IT)) {
                    double v = figures.value(m);
                    if (Double.isNaN(v)) {
                        row.putNull(m.key());
                    } else {
                        row.put(m.key(), Numbers.full(v));
                    }
                }
            } catch (ScenarioException e) {
                Issue first = e.issues().get(0);
                row.put("error", (first.path().isEmpty() ? "" : first.path() + ": ") + first.message());
            } catch (NodePaths.PathException e) {
                return error(field + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** The report.html of a design, as run writes it (its charts drawn), or its errors. */
    Object report(String yaml) throws IOException {
        try {
            return RunHtml.build(runReport(yaml));
        } catch (ScenarioException e) {
            return errors(e.issues());
        }
    }

    /** The text loaded as run loads a file (its files kept to the readable folders), compiled and run with its series. */
    private RunReport runReport(String yaml) throws ScenarioException {
        LoadedScenario loaded = ScenarioLoader.parse(scenarioFile, yaml);
        List<Issue> outside = filesOutside(loaded);
        if (!outside.isEmpty()) {
            throw new ScenarioException(outside);
        }
        CompiledScenario compiled = SiteCompiler.compile(loaded);
        return RunReport.of(version, scenarioFile.toString(), loaded.spec().description().orElse(""), Evaluation.of(compiled, true),
                compiled.warnings());
    }

    /** The text as the page holds a design (plain JSON), or null when it does not parse. */
    JsonNode document(String yaml) {
        var read = NodeReader.read(scenarioFile.toString(), yaml);
        return read.root().map(r -> (JsonNode) JSON.valueToTree(NodeValues.plain(r)))
                .orElse(JSON.nullNode());
    }

    static ObjectNode errors(List<Issue> issues) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("errors");
        for (Issue i : issues) {
            ObjectNode n = list.addObject();
            n.put("path", i.path());
            n.put("line", i.location().line());
            n.put("column", i.location().column());
            n.put("message", i.message());
        }
        return out;
    }

    /** Every file field (file, …_file) whose path leaves the readable folders. */
    private List<Issue> filesOutside(LoadedScenario s) {
        List<Issue> out = new ArrayList<>();
        walk(s.resolved(), "", (path, value) -> {
            Path resolved = scenarioFile.toAbsolutePath().getParent().resolve(value).normalize();
            if (readable.stream().noneMatch(resolved::startsWith)) {
                out.add(s.issueAt(path, "names a file outside the folders this page may read (expected a path inside "
                        + String.join(" or ", readable.stream().map(Path::toString).toList()) + ", found \"" + value + "\")"));
            }
        });
        return out;
    }

    private interface FileVisitor {
        void visit(String path, String value);
    }

    private static void walk(Object node, String path, FileVisitor visitor) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String key = String.valueOf(k);
                String at = path.isEmpty() ? key : path + "." + key;
                if ((key.equals("file") || key.endsWith("_file")) && v instanceof String text) {
                    visitor.visit(at, text);
                } else {
                    walk(v, at, visitor);
                }
            });
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walk(l.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    /** An error about the request itself, with no field. */
    static ObjectNode error(String message) {
        return errors(List.of(new Issue(new Location("request", 0, 0), "", message)));
    }
}
