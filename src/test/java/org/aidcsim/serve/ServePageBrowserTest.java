package org.aidcsim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidcsim.metrics.Metric;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.scenario.ScenarioSchema;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design page in headless Chromium (Debian's chromium, which .ci/run installs): the page loads,
 * changes fields as its form does (the {@code ?set=} links run the same code as an edit), and shows
 * the PUE the command gives for the same design, read from the raw value the page carries. Without
 * Chromium the test is skipped on a developer machine and fails in CI.
 */
class ServePageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path EXAMPLE = Path.of("scenarios/ai-hall-cold-plate.yaml");
    private static LiveServer server;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must install Debian's chromium (see .ci/run)");
        }
        Assumptions.assumeTrue(present, "chromium not installed: apt-get install chromium");
        server = LiveServer.start(InetAddress.getLoopbackAddress(), 0, EXAMPLE, List.of(Path.of("scenarios").toAbsolutePath(),
                Path.of("weather").toAbsolutePath()), "test");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String dom(String query) throws Exception {
        Path profile = Files.createTempDirectory("aidcsim-chromium");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom",
                server.url() + query).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        return out;
    }

    @Test
    void thePageShowsRunsPueForAnEditedDesign() throws Exception {
        String dom = dom("?set=it.groups[0].rack_power_kw=100&set=cooling.liquid.facility_supply_temp_c=30");
        assertTrue(dom.contains("data-state=\"done\""), "the page evaluated the design");
        Matcher raw = Pattern.compile("id=\"pue\" data-raw=\"([^\"]+)\"").matcher(dom);
        assertTrue(raw.find(), "the PUE's raw value");
        String yaml = Files.readString(EXAMPLE).replace("rack_power_kw: 130", "rack_power_kw: 100")
                .replace("facility_supply_temp_c: 32", "facility_supply_temp_c: 30");
        double run = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(EXAMPLE, yaml)), false).values().value(Metric.PUE);
        assertEquals(run, Double.parseDouble(raw.group(1)), 0.0, "the page's PUE is run's");
    }

    /** Every field the format defines for the example's objects (its technology's branch included) has an input. */
    @Test
    void theFormOffersEveryFieldOfTheFormat() throws Exception {
        String dom = dom("");
        Set<String> offered = new HashSet<>();
        Matcher m = Pattern.compile("<label data-path=\"([^\"]+)\"").matcher(dom);
        while (m.find()) {
            offered.add(m.group(1).replace("&quot;", "\""));
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(ScenarioSchema.json());
        JsonNode design = json.valueToTree(NodeValues.plain(ScenarioLoader.load(EXAMPLE).root()));
        List<String> expected = new ArrayList<>();
        leaves(schema, design, "", expected);
        List<String> missing = expected.stream().filter(p -> !offered.contains(p)).toList();
        assertTrue(expected.size() > 50, "fields of the format found: " + expected.size());
        assertEquals(List.of(), missing, "fields the form does not offer");
    }

    /** The scalar fields of a schema object for a value, as the page walks them: its own and its chosen branch's. */
    private static void leaves(JsonNode s, JsonNode value, String path, List<String> into) {
        Map<String, JsonNode> props = new LinkedHashMap<>();
        s.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue()));
        for (JsonNode branch : s.path("allOf")) {
            JsonNode cond = branch.path("if").path("properties");
            boolean ok = true;
            for (Iterator<String> it = cond.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                ok &= value != null && value.path(k).asText().equals(cond.get(k).path("const").asText());
            }
            if (ok && cond.size() > 0) {
                branch.path("then").path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue()));
            }
        }
        for (var e : props.entrySet()) {
            if (e.getKey().equals("$schema")) {
                continue;
            }
            String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonNode p = e.getValue();
            JsonNode v = value == null ? null : value.get(e.getKey());
            if (p.path("type").asText().equals("object") || p.has("properties") || p.has("allOf")) {
                leaves(p, v, at, into);
            } else if (p.path("type").asText().equals("array") && (p.path("items").has("properties") || p.path("items").has("allOf"))) {
                for (int i = 0; v != null && i < v.size(); i++) {
                    leaves(p.get("items"), v.get(i), at + "[" + i + "]", into);
                }
            } else {
                into.add(at);
            }
        }
    }
}
