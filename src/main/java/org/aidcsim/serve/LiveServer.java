package org.aidcsim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.aidcsim.scenario.ScenarioSchema;

/**
 * The design page's server: the JDK's own HTTP server (no web framework in the jar: a handful of
 * routes need none, and start-up stays a JVM's), on the loopback interface by default. Routes:
 * {@code GET /} and its static files from the jar; {@code GET /api/scenario} the file being edited;
 * {@code GET /api/schema} the scenario format as JSON Schema; {@code POST /api/evaluate} a design's
 * YAML text in, its summary (as summary.json) and monthly PUE out, or its errors at their fields.
 * Every request is checked by {@link RequestGuard}; bodies are bounded by {@link #MAX_BODY_BYTES}
 * and evaluations by {@link #MAX_EVALUATION_S}; errors are JSON.
 */
public final class LiveServer implements AutoCloseable {
    /** The largest request body (bytes): a scenario file is bounded by the loader at 1 MiB. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    /** The longest an evaluation may take (s): an annual run takes milliseconds; a minute-step year about a second. */
    public static final int MAX_EVALUATION_S = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The longest a sweep or a report may take (s): 40 annual runs, or the report's charts. */
    public static final int MAX_SWEEP_S = 60;
    private static final Set<String> POSTS = Set.of("/api/evaluate", "/api/sweep", "/api/report");
    private static final Map<String, String> STATIC = Map.of("/", "index.html", "/index.html", "index.html", "/app.js", "app.js",
            "/style.css", "style.css");
    private final HttpServer http;
    private final ExecutorService workers;
    private final RequestGuard guard;
    private final DesignEvaluator evaluator;
    private final Path scenarioFile;
    private final List<Path> weatherFiles;
    private final AtomicReference<Future<ObjectNode>> runningSweep = new AtomicReference<>();

    private LiveServer(HttpServer http, ExecutorService workers, RequestGuard guard, DesignEvaluator evaluator, Path scenarioFile,
            List<Path> readable) {
        this.http = http;
        this.workers = workers;
        this.guard = guard;
        this.evaluator = evaluator;
        this.scenarioFile = scenarioFile;
        this.weatherFiles = weatherFiles(readable);
    }

    /** The EPW files of the readable folders, by name. */
    private static List<Path> weatherFiles(List<Path> readable) {
        List<Path> out = new ArrayList<>();
        for (Path folder : readable) {
            try (var files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".epw")).sorted().forEach(f -> out.add(f.toAbsolutePath().normalize()));
            } catch (IOException e) {
                // a folder that cannot be listed offers no weather file
            }
        }
        return out;
    }

    /**
     * Starts a server on {@code address} and {@code port} (0 for a free one) for the scenario at {@code scenarioFile}.
     *
     * @param readable folders the page may read files from (the scenario's own, the shipped weather)
     */
    public static LiveServer start(InetAddress address, int port, Path scenarioFile, List<Path> readable, String version)
            throws IOException {
        // small answers written as headers then body would wait on Nagle's algorithm and the client's delayed
        // acknowledgement (about 40 ms a request): the JDK server's own switch sends them at once; read once, at its first use
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 16);
        ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "aidcsim-serve");
            t.setDaemon(true);
            return t;
        });
        int bound = http.getAddress().getPort();
        Set<String> names = new LinkedHashSet<>(List.of("127.0.0.1", "localhost"));
        names.add(address.getHostAddress());
        LiveServer server = new LiveServer(http, workers, new RequestGuard(names, bound), new DesignEvaluator(scenarioFile, readable,
                version), scenarioFile, readable);
        http.createContext("/", server::handle);
        // requests are answered on one thread each from a small pool; an evaluation runs on another, bounded in time
        http.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "aidcsim-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return server;
    }

    /** The address the page is at. */
    public String url() {
        return "http://" + (http.getAddress().getAddress().isAnyLocalAddress() ? "127.0.0.1" : http.getAddress().getAddress()
                .getHostAddress()) + ":" + http.getAddress().getPort() + "/";
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            Optional<String> refused = guard.refusal(x.getRequestHeaders().getFirst("Host"), x.getRequestHeaders().getFirst("Origin"));
            if (refused.isPresent()) {
                json(x, 403, DesignEvaluator.error(refused.get()));
                return;
            }
            String path = x.getRequestURI().getPath();
            String method = x.getRequestMethod();
            if (POSTS.contains(path)) {
                if (!method.equals("POST")) {
                    x.getResponseHeaders().set("Allow", "POST");
                    json(x, 405, DesignEvaluator.error("POST a design to " + path + " (found " + method + ")"));
                    return;
                }
                byte[] body = x.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
                if (body.length > MAX_BODY_BYTES) {
                    json(x, 413, DesignEvaluator.error("the design is larger than a scenario may be (expected at most " + MAX_BODY_BYTES
                            + " bytes)"));
                    return;
                }
                String text = new String(body, StandardCharsets.UTF_8);
                switch (path) {
                    case "/api/evaluate" -> evaluate(x, text);
                    case "/api/sweep" -> sweep(x, text);
                    default -> report(x, text);
                }
            } else if (path.equals("/api/weather")) {
                ArrayNode files = JSON.createArrayNode();
                Path folder = scenarioFile.toAbsolutePath().getParent();
                for (Path p : weatherFiles) {
                    files.add(folder.relativize(p).toString());
                }
                ObjectNode n = JSON.createObjectNode();
                n.set("files", files);
                json(x, 200, n);
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                x.getResponseHeaders().set("Allow", "GET, HEAD");
                json(x, 405, DesignEvaluator.error("only GET here (found " + method + ")"));
            } else if (path.equals("/api/schema")) {
                send(x, 200, "application/json", ScenarioSchema.json().getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/api/scenario")) {
                ObjectNode n = JSON.createObjectNode();
                n.put("file", scenarioFile.toString());
                n.put("yaml", Files.readString(scenarioFile));
                n.set("document", evaluator.document(Files.readString(scenarioFile)));
                json(x, 200, n);
            } else if (STATIC.containsKey(path)) {
                String name = STATIC.get(path);
                try (InputStream in = LiveServer.class.getResourceAsStream(name)) {
                    send(x, 200, type(name), in.readAllBytes());
                }
            } else {
                // only the names above: a path such as /../../etc/passwd names nothing here
                json(x, 404, DesignEvaluator.error("no such page (expected /, /api/evaluate, /api/sweep, /api/report, /api/scenario, "
                        + "/api/schema or /api/weather, found " + path + ")"));
            }
        } catch (RuntimeException e) {
            // a defect: said as JSON, never a stack trace to the page
            json(x, 500, DesignEvaluator.error("internal error: " + e));
        }
    }

    private void sweep(HttpExchange x, String text) throws IOException {
        JsonNode request;
        try {
            request = JSON.readTree(text);
        } catch (IOException e) {
            json(x, 400, DesignEvaluator.error("expected {\"yaml\": …, \"field\": …, \"values\": […]} (found no JSON)"));
            return;
        }
        if (!request.path("yaml").isTextual() || !request.path("field").isTextual() || !request.path("values").isArray()) {
            json(x, 400, DesignEvaluator.error("expected {\"yaml\": text, \"field\": a path, \"values\": a list}"));
            return;
        }
        List<Object> values = new ArrayList<>();
        request.get("values").forEach(v -> values.add(v.isNumber() ? v.numberValue() : v.asText()));
        Future<ObjectNode> answer = workers.submit(() -> evaluator.sweep(request.get("yaml").asText(), request.get("field").asText(),
                values));
        // a newer sweep replaces the one running: the page shows only the last
        Future<ObjectNode> previous = runningSweep.getAndSet(answer);
        if (previous != null) {
            previous.cancel(true);
        }
        answerWith(x, answer, MAX_SWEEP_S);
    }

    private void report(HttpExchange x, String yaml) throws IOException {
        Future<Object> answer = workers.submit(() -> evaluator.report(yaml));
        try {
            Object out = answer.get(MAX_SWEEP_S, TimeUnit.SECONDS);
            if (out instanceof ObjectNode errors) {
                json(x, 422, errors);
            } else {
                x.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"report.html\"");
                send(x, 200, "text/html; charset=utf-8", ((String) out).getBytes(StandardCharsets.UTF_8));
            }
        } catch (TimeoutException e) {
            answer.cancel(true);
            json(x, 503, DesignEvaluator.error("the report took longer than " + MAX_SWEEP_S + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            json(x, 503, DesignEvaluator.error("interrupted"));
        } catch (ExecutionException e) {
            json(x, 500, DesignEvaluator.error("internal error: " + e.getCause()));
        }
    }

    private void evaluate(HttpExchange x, String yaml) throws IOException {
        answerWith(x, workers.submit(() -> evaluator.evaluate(yaml)), MAX_EVALUATION_S);
    }

    private void answerWith(HttpExchange x, Future<ObjectNode> answer, int limitS) throws IOException {
        try {
            ObjectNode out = answer.get(limitS, TimeUnit.SECONDS);
            json(x, out.has("errors") ? 422 : 200, out);
        } catch (CancellationException e) {
            json(x, 409, DesignEvaluator.error("replaced by a newer request"));
        } catch (TimeoutException e) {
            answer.cancel(true);
            json(x, 503, DesignEvaluator.error("the evaluation took longer than " + limitS + " s (expected annual runs at hourly "
                    + "or coarser steps)"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            json(x, 503, DesignEvaluator.error("interrupted"));
        } catch (ExecutionException e) {
            json(x, e.getCause() instanceof InterruptedException ? 409 : 500, DesignEvaluator.error(e.getCause()
                    instanceof InterruptedException ? "replaced by a newer request" : "internal error: " + e.getCause()));
        }
    }

    private static String type(String name) {
        return name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : "text/css; charset=utf-8";
    }

    private static void json(HttpExchange x, int status, ObjectNode body) throws IOException {
        send(x, status, "application/json", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", "no-store");
        x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
