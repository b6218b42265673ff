package org.aidcsim.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aidcsim.engine.TransientEngine;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.report.RunReport;
import org.aidcsim.report.SummaryJsonWriter;
import org.aidcsim.report.TransientReport;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.schema.NodePaths;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The unit mistake a user makes most: a value in W where kW was meant, in L/min where m³/h was, in
 * mm where m was. Every numeric field of every example scenario is multiplied by 1,000 and divided by
 * 1,000, one at a time, and the variant goes the way {@code run} (and {@code transient}, for a
 * scenario that has one) takes it. Each must end as a plain refusal (exit 2: a located message with
 * no exception's words) or as a result inside physical bounds: PUE at least 1, efficiencies at most
 * 1, no count below zero, no metric lost to NaN that the example has, no warning quoting a
 * temperature beyond a thousand degrees. Anything else (an exception, exit 1) fails, with every
 * offending field listed.
 */
class UnitMistakeFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double[] FACTORS = {1000, 0.001};
    /** Transient variants beyond this many steps are compiled but not run: valid, only slow for a unit test. */
    private static final long MAX_TRANSIENT_STEPS = 20_000_000L;
    private static final Pattern EXCEPTION_WORDS = Pattern.compile("Exception|\\bnull\\b|NaN|Infinity|\\bat org\\.");
    private static final Pattern HUGE_TEMPERATURE = Pattern.compile("(-?[0-9][0-9,]*(?:\\.[0-9]+)?) ?°C");

    @TestFactory
    Stream<DynamicTest> everyNumericFieldTimesAndOverAThousand() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return examples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> fuzz(file)));
    }

    private static void fuzz(Path file) throws Exception {
        LoadedScenario base = ScenarioLoader.load(file);
        JsonNode baseMetrics = outcome(base).orElseThrow().path("metrics");
        Map<String, Number> numbers = new LinkedHashMap<>();
        collect(base.root(), "", numbers);
        assertTrue(numbers.size() >= 1, file + ": numeric fields found: " + numbers.size());
        List<String> failures = new ArrayList<>();
        for (var field : numbers.entrySet()) {
            for (double factor : FACTORS) {
                String label = field.getKey() + " × " + factor;
                try {
                    Node root = NodePaths.set(base.root(), field.getKey(), scaled(field.getValue(), factor));
                    LoadedScenario variant;
                    try {
                        variant = ScenarioLoader.fromNode(file, root, base.format());
                    } catch (ScenarioException e) {
                        plain(label, e, failures);
                        continue;
                    }
                    Optional<JsonNode> summary;
                    try {
                        summary = outcome(variant);
                    } catch (ScenarioException e) {
                        plain(label, e, failures);
                        continue;
                    }
                    summary.ifPresent(s -> bounded(label, s, baseMetrics, failures));
                } catch (RuntimeException | NodePaths.PathException | StackOverflowError e) {
                    failures.add(label + ": " + e);
                }
            }
        }
        assertTrue(failures.isEmpty(), file + ": " + failures.size() + " of " + 2 * numbers.size() + " variants went wrong:\n"
                + String.join("\n", failures));
    }

    /** The variant's summary.json as {@code run} writes it, with its transient checked too when it has one. */
    private static Optional<JsonNode> outcome(LoadedScenario scenario) throws ScenarioException, IOException {
        CompiledScenario compiled = SiteCompiler.compile(scenario);
        Evaluation evaluation = Evaluation.of(compiled, false);
        RunReport report = RunReport.of("test", scenario.file().toString(), "", evaluation, compiled.warnings());
        JsonNode summary = JSON.readTree(SummaryJsonWriter.toJson(report));
        if (scenario.spec().transientWindow().isPresent()) {
            TransientModel model = TransientCompiler.compile(compiled);
            if (model.steps() <= MAX_TRANSIENT_STEPS) {
                TransientEngine.Recorded recorded = TransientEngine.runRecorded(model, done -> { });
                var thermal = RideThroughCompiler.compile(compiled).map(setup -> RideThroughStudy.evaluate(setup, model,
                        recorded.result(), recorded.series()));
                JsonNode t = JSON.readTree(TransientReport.json("test", scenario.file().toString(), model, recorded.result(), thermal));
                ((ObjectNode) summary).set("transient", t);
            }
        }
        return Optional.of(summary);
    }

    private static void plain(String label, ScenarioException e, List<String> failures) {
        for (Issue issue : e.issues()) {
            if (issue.message().isBlank() || EXCEPTION_WORDS.matcher(issue.message()).find()) {
                failures.add(label + ": refused with an unclear message: " + issue.path() + ": " + issue.message());
            }
        }
    }

    private static void bounded(String label, JsonNode summary, JsonNode baseMetrics, List<String> failures) {
        JsonNode metrics = summary.path("metrics");
        double pue = metrics.path("pue").asDouble(Double.NaN);
        if (!(pue >= 1 - 1e-9) || pue > 1000) {
            failures.add(label + ": PUE " + pue);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = metrics.fields(); it.hasNext(); ) {
            var m = it.next();
            if (m.getKey().contains("efficiency") && m.getValue().isNumber() && !(m.getValue().asDouble() <= 1 + 1e-9
                    && m.getValue().asDouble() >= 0)) {
                failures.add(label + ": " + m.getKey() + " " + m.getValue());
            }
            // a cost per MWh to the chips has no value when the chips get nothing (an idle hall's converters eat it all)
            boolean undefined = m.getKey().endsWith("_chip") && metrics.path("chip_energy_mwh").asDouble() == 0;
            if (baseMetrics.path(m.getKey()).isNumber() && !m.getValue().isNumber() && !undefined) {
                failures.add(label + ": " + m.getKey() + " lost (" + m.getValue() + ")");
            }
            if (m.getKey().endsWith("_mwh") && m.getValue().isNumber() && m.getValue().asDouble() < -1e-6
                    && !m.getKey().contains("reuse")) {
                failures.add(label + ": " + m.getKey() + " negative " + m.getValue());
            }
        }
        negativeCounts(label, "", summary, failures);
        for (JsonNode w : summary.path("warnings")) {
            var t = HUGE_TEMPERATURE.matcher(w.asText());
            while (t.find()) {
                if (Math.abs(Double.parseDouble(t.group(1).replace(",", ""))) > 1000) {
                    failures.add(label + ": a warning quotes " + t.group() + ": " + w.asText());
                }
            }
            if (EXCEPTION_WORDS.matcher(w.asText()).find()) {
                failures.add(label + ": unclear warning: " + w.asText());
            }
        }
    }

    private static void negativeCounts(String label, String path, JsonNode node, List<String> failures) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String key = e.getKey();
                if (e.getValue().isNumber() && (key.endsWith("count") || key.endsWith("racks") || key.endsWith("_units")
                        || key.endsWith("sets") || key.endsWith("running") || key.endsWith("_per_rack")) && e.getValue().asDouble() < 0) {
                    failures.add(label + ": negative count " + path + key + " = " + e.getValue());
                }
                negativeCounts(label, path + key + ".", e.getValue(), failures);
            });
        } else if (node.isArray()) {
            node.forEach(n -> negativeCounts(label, path, n, failures));
        }
    }

    private static Node scaled(Number value, double factor) {
        Object v = value instanceof Long || value instanceof Integer ? (factor >= 1 ? (Object) Math.round(value.longValue() * factor)
                : (Object) (value.doubleValue() * factor)) : (Object) (value.doubleValue() * factor);
        return new Node.ScalarNode(new Location("fuzz", 0, 0), Optional.of(v));
    }

    private static void collect(Node node, String path, Map<String, Number> into) {
        if (node instanceof Node.MapNode m) {
            m.entries().forEach((k, v) -> collect(v, path.isEmpty() ? k : path + "." + k, into));
        } else if (node instanceof Node.ListNode l) {
            for (int i = 0; i < l.items().size(); i++) {
                collect(l.items().get(i), path + "[" + i + "]", into);
            }
        } else if (node instanceof Node.ScalarNode s) {
            s.value().filter(v -> v instanceof Number).ifPresent(v -> into.put(path, (Number) v));
        }
    }
}
