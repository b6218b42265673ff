package org.aidcsim.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.aidcsim.engine.TransientEngine;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.engine.TransientResult;
import org.aidcsim.engine.TransientSeries;
import org.aidcsim.metrics.Metric;
import org.aidcsim.report.Numbers;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.report.RideThroughReport;
import org.aidcsim.site.RideThroughCompiler;
import org.aidcsim.site.RideThroughStudy;
import org.aidcsim.site.TransientCompiler;
import org.aidcsim.site.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reference results, the Modelica Buildings habit: each shipped example's key figures (every
 * catalogue metric, the CAPEX and OPEX breakdown, availability over {@value #AVAILABILITY_YEARS}
 * years with the file's seed and, for examples with a transient section, the transient figures)
 * are stored in src/test/resources/reference/, and a change that moves any of them beyond
 * {@value #RELATIVE_TOLERANCE} (relative) fails here. The tolerance admits floating-point
 * reordering only: any change to a model or a default moves figures far more.
 *
 * <p>When a change is meant to move figures, regenerate with
 * {@code ./mvnw test -Dtest=ReferenceResultsTest -Daidcsim.reference.update=true} and say in the
 * commit which figures moved and why (docs/architecture.md, "Reference results").
 */
class ReferenceResultsTest {
    static final double RELATIVE_TOLERANCE = 1e-9;
    static final double AVAILABILITY_YEARS = 5000;
    private static final Path SCENARIOS = Path.of("scenarios");
    private static final Path REFERENCE = Path.of("src/test/resources/reference");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleMatchesItsReference(Path example) throws Exception {
        ObjectNode now = figures(example);
        Path stored = REFERENCE.resolve(example.getFileName().toString().replace(".yaml", ".json"));
        if (Boolean.getBoolean("aidcsim.reference.update")) {
            Files.writeString(stored, MAPPER.writeValueAsString(now) + "\n");
            return;
        }
        assertTrue(Files.exists(stored), "no reference results for " + example + ": regenerate (see the class comment)");
        JsonNode expected = MAPPER.readTree(stored.toFile());
        List<String> moved = new ArrayList<>();
        compare("", expected, now, moved);
        for (Iterator<String> it = fieldPaths("", now).iterator(); it.hasNext();) {
            String path = it.next();
            if (find(expected, path) == null) {
                moved.add(path + ": not in the reference");
            }
        }
        if (!moved.isEmpty()) {
            fail(example + " moved from its reference results (relative tolerance " + RELATIVE_TOLERANCE + "):\n  "
                    + String.join("\n  ", moved));
        }
    }

    /** Every shipped example has a reference, and every reference an example. */
    @Test
    void everyExampleHasReferenceResults() throws IOException {
        List<String> examples = examples().map(p -> p.getFileName().toString().replace(".yaml", "")).toList();
        List<String> references;
        try (Stream<Path> files = Files.list(REFERENCE)) {
            references = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.replace(".json", "")).sorted().toList();
        }
        assertEquals(examples, references);
    }

    /** The figures of one example, as stored. */
    static ObjectNode figures(Path example) throws Exception {
        CompiledScenario c = SiteCompiler.compile(ScenarioLoader.load(example));
        Evaluation e = Evaluation.of(c, false, AVAILABILITY_YEARS);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", example.toString().replace('\\', '/'));
        ObjectNode metrics = root.putObject("metrics");
        for (Metric m : Metric.values()) {
            metrics.put(m.key(), Numbers.full(e.values().value(m)));
        }
        ObjectNode capex = root.putObject("capex");
        e.economics().capex().forEach((k, v) -> capex.put(k, Numbers.full(v)));
        ObjectNode opex = root.putObject("opex_per_year");
        e.economics().opexPerYear().forEach((k, v) -> opex.put(k, Numbers.full(v)));
        if (c.scenario().spec().transientWindow().isPresent()) {
            TransientModel model = TransientCompiler.compile(c);
            TransientEngine.Recorded recorded = TransientEngine.runRecorded(model, done -> { });
            TransientResult r = recorded.result();
            ObjectNode t = root.putObject("transient");
            // the thermal ride-through as summary.json gives it: peaks, times to limits, answers
            RideThroughCompiler.compile(c).ifPresent(setup -> {
                RideThroughReport.json(t, RideThroughStudy.evaluate(setup, model, r, recorded.series()));
                // lists keyed by name, which the comparison below walks like any object
                ObjectNode thermal = (ObjectNode) t.get("thermal");
                for (String[] list : new String[][] {{"cooling_loads", "name"}, {"limits", "temperature"}}) {
                    ObjectNode keyed = MAPPER.createObjectNode();
                    thermal.get(list[0]).forEach(n -> keyed.set(n.get(list[1]).asText(), n));
                    thermal.set(list[0], keyed);
                }
            });
            for (RecordComponent rc : TransientResult.class.getRecordComponents()) {
                if (rc.getType() == double.class) {
                    t.put(snake(rc.getName()), Numbers.full((Double) rc.getAccessor().invoke(r)));
                }
            }
            r.inRack().ifPresent(in -> {
                ObjectNode rack = t.putObject("in_rack");
                for (RecordComponent rc : TransientResult.InRack.class.getRecordComponents()) {
                    try {
                        rack.put(snake(rc.getName()), Numbers.full((Double) rc.getAccessor().invoke(in)));
                    } catch (ReflectiveOperationException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            });
        }
        return root;
    }

    static String snake(String camel) {
        return camel.replaceAll("([A-Z])([A-Z][a-z])", "$1_$2").replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> moved) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                JsonNode a = actual.get(f.getKey());
                if (a == null) {
                    moved.add(p + ": gone (reference " + f.getValue() + ")");
                } else {
                    compare(p, f.getValue(), a, moved);
                }
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            double x = expected.doubleValue();
            double y = actual.doubleValue();
            if (Math.abs(x - y) > RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y)) + 1e-12) {
                moved.add(String.format(Locale.ROOT, "%s: reference %s, now %s (%+.3g %%)", path, expected, actual,
                        x != 0 ? 100 * (y - x) / x : Double.POSITIVE_INFINITY));
            }
        } else if (!expected.equals(actual)) {
            moved.add(path + ": reference " + expected + ", now " + actual);
        }
    }

    private static List<String> fieldPaths(String path, JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isObject()) {
            n.fields().forEachRemaining(f -> out.addAll(fieldPaths(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue())));
        } else {
            out.add(path);
        }
        return out;
    }

    private static JsonNode find(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n;
    }
}
