package org.aidcsim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.metrics.Metric;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The design page's server over raw HTTP: answers, refusals, bounds. */
class LiveServerTest {
    private static final Path EXAMPLE = Path.of("scenarios/ai-hall-cold-plate.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LiveServer server;

    @BeforeAll
    static void start() throws Exception {
        server = LiveServer.start(InetAddress.getLoopbackAddress(), 0, EXAMPLE, List.of(Path.of("scenarios").toAbsolutePath(),
                Path.of("weather").toAbsolutePath()), "test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Status line and body of a raw request; {@code host} and {@code origin} as sent (null: not sent). */
    static String[] request(String method, String path, String host, String origin, byte[] body) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            if (host != null) {
                head.append("Host: ").append(host).append("\r\n");
            }
            if (origin != null) {
                head.append("Origin: ").append(origin).append("\r\n");
            }
            head.append("Connection: close\r\n");
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            String status = text.substring(0, text.indexOf("\r\n"));
            String payload = text.substring(text.indexOf("\r\n\r\n") + 4);
            // chunked answers (no length known in advance) are not sent by this server: it always gives the length
            return new String[] {status, payload};
        }
    }

    private static String own() {
        return "127.0.0.1:" + server.port();
    }

    @Test
    void thePageAndItsApiAreServed() throws Exception {
        assertTrue(request("GET", "/", own(), null, null)[0].contains(" 200 "));
        assertTrue(request("GET", "/app.js", "localhost:" + server.port(), null, null)[0].contains(" 200 "));
        String[] schema = request("GET", "/api/schema", own(), null, null);
        assertTrue(schema[0].contains(" 200 ") && schema[1].contains("\"properties\""));
        JsonNode scenario = JSON.readTree(request("GET", "/api/scenario", own(), null, null)[1]);
        assertEquals("ai-hall-cold-plate", scenario.get("document").get("name").asText());
    }

    /** The page's PUE is run's, to the last digit: the same loader, compiler and annual run. */
    @Test
    void anEvaluationGivesRunsFiguresToFullPrecision() throws Exception {
        String yaml = Files.readString(EXAMPLE).replace("rack_power_kw: 130", "rack_power_kw: 100");
        String[] answer = request("POST", "/api/evaluate", own(), "http://" + own(), yaml.getBytes(StandardCharsets.UTF_8));
        assertTrue(answer[0].contains(" 200 "), answer[0] + answer[1]);
        double page = JSON.readTree(answer[1]).get("summary").get("metrics").get("pue").doubleValue();
        double run = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(EXAMPLE, yaml)), false).values().value(Metric.PUE);
        assertEquals(run, page, 0.0);
        assertEquals(12, JSON.readTree(answer[1]).get("monthly_pue").size());
    }

    @Test
    void aForeignHostOrOriginIsRefused() throws Exception {
        String[] host = request("GET", "/api/scenario", "attacker.example:" + server.port(), null, null);
        assertTrue(host[0].contains(" 403 ") && host[1].contains("answers requests for"), host[0] + host[1]);
        String[] origin = request("POST", "/api/evaluate", own(), "http://attacker.example", "name: x".getBytes(StandardCharsets.UTF_8));
        assertTrue(origin[0].contains(" 403 ") && origin[1].contains("its own page only"), origin[0] + origin[1]);
        assertTrue(request("GET", "/", null, null, null)[0].contains(" 403 "), "no Host at all");
    }

    @Test
    void pathsOutsideItsOwnAreRefused() throws Exception {
        String[] traversal = request("GET", "/../../etc/passwd", own(), null, null);
        assertTrue(traversal[0].contains(" 404 ") && traversal[1].contains("no such page"), traversal[0] + traversal[1]);
        String yaml = Files.readString(EXAMPLE).replace("../weather/CHN_Guangdong.Shaoguan.590820_CSWD.epw", "../../../etc/passwd");
        String[] file = request("POST", "/api/evaluate", own(), null, yaml.getBytes(StandardCharsets.UTF_8));
        JsonNode error = JSON.readTree(file[1]).get("errors").get(0);
        assertTrue(file[0].contains(" 422 "), file[0]);
        assertEquals("site.weather.file", error.get("path").asText());
        assertTrue(error.get("message").asText().contains("outside the folders this page may read"));
    }

    @Test
    void anOversizeBodyAndAWrongMethodAreRefused() throws Exception {
        String[] big = request("POST", "/api/evaluate", own(), null, new byte[LiveServer.MAX_BODY_BYTES + 10]);
        assertTrue(big[0].contains(" 413 ") && big[1].contains("larger than a scenario may be"), big[0]);
        assertTrue(request("GET", "/api/evaluate", own(), null, null)[0].contains(" 405 "), "no evaluation by GET");
        assertTrue(request("DELETE", "/", own(), null, null)[0].contains(" 405 "));
    }

    private static byte[] sweepBody(String field, String values) throws Exception {
        return ("{\"yaml\": " + JSON.writeValueAsString(Files.readString(EXAMPLE)) + ", \"field\": \"" + field + "\", \"values\": ["
                + values + "]}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSweepGivesEachValuesFiguresOrWhyNot() throws Exception {
        String[] answer = request("POST", "/api/sweep", own(), null, sweepBody("it.groups[0].rack_power_kw", "100, 130, -4"));
        assertTrue(answer[0].contains(" 200 "), answer[0] + answer[1]);
        JsonNode rows = JSON.readTree(answer[1]).get("rows");
        String yaml = Files.readString(EXAMPLE).replace("rack_power_kw: 130", "rack_power_kw: 100");
        double run = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(EXAMPLE, yaml)), false).values().value(Metric.PUE);
        assertEquals(run, rows.get(0).get("pue").doubleValue(), 0.0, "the same figures as run");
        assertTrue(rows.get(2).get("error").asText().contains("it.groups[0].rack_power_kw"), rows.get(2).toString());
        String[] many = request("POST", "/api/sweep", own(), null, sweepBody("it.groups[0].rack_power_kw",
                String.join(",", Collections.nCopies(41, "100"))));
        assertTrue(many[0].contains(" 422 ") && many[1].contains("1 to 40 values"), many[0] + many[1]);
    }

    /** A newer sweep replaces the one running: the first is answered 409, the second in full. */
    @Test
    void aNewerSweepCancelsTheOneRunning() throws Exception {
        String values = String.join(",", Collections.nCopies(40, "120"));
        String[][] first = new String[1][];
        Thread t = new Thread(() -> {
            try {
                first[0] = request("POST", "/api/sweep", own(), null, sweepBody("it.groups[0].rack_power_kw", values));
            } catch (Exception e) {
                first[0] = new String[] {e.toString(), ""};
            }
        });
        t.start();
        Thread.sleep(100);
        String[] second = request("POST", "/api/sweep", own(), null, sweepBody("it.groups[0].rack_power_kw", "100"));
        t.join(30_000);
        assertTrue(second[0].contains(" 200 "), second[0]);
        assertTrue(first[0][0].contains(" 409 ") || first[0][0].contains(" 200 "), first[0][0]);
        if (first[0][0].contains(" 409 ")) {
            assertTrue(first[0][1].contains("replaced by a newer request"), first[0][1]);
        }
    }

    @Test
    void theReportAndTheWeatherListAreServed() throws Exception {
        String[] report = request("POST", "/api/report", own(), null, Files.readAllBytes(EXAMPLE));
        assertTrue(report[0].contains(" 200 ") && report[1].contains("<svg"), report[0]);
        JsonNode weather = JSON.readTree(request("GET", "/api/weather", own(), null, null)[1]).get("files");
        assertTrue(weather.size() >= 6 && weather.get(0).asText().startsWith("../weather/"), weather.toString());
    }

    @Test
    void anInvalidDesignComesBackLocatedAtItsField() throws Exception {
        String yaml = Files.readString(EXAMPLE).replace("rack_power_kw: 130", "rack_power_kw: -5");
        String[] answer = request("POST", "/api/evaluate", own(), null, yaml.getBytes(StandardCharsets.UTF_8));
        assertTrue(answer[0].contains(" 422 "), answer[0]);
        JsonNode error = JSON.readTree(answer[1]).get("errors").get(0);
        assertEquals("it.groups[0].rack_power_kw", error.get("path").asText());
        assertTrue(error.get("line").asInt() > 0 && error.get("message").asText().contains("found -5"), answer[1]);
    }
}
