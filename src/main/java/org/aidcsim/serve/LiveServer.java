package org.aidcsim.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private static final Map<String, String> STATIC = Map.of("/", "index.html", "/index.html", "index.html", "/app.js", "app.js",
            "/style.css", "style.css");
    private final HttpServer http;
    private final ExecutorService workers;
    private final RequestGuard guard;
    private final DesignEvaluator evaluator;
    private final Path scenarioFile;

    private LiveServer(HttpServer http, ExecutorService workers, RequestGuard guard, DesignEvaluator evaluator, Path scenarioFile) {
        this.http = http;
        this.workers = workers;
        this.guard = guard;
        this.evaluator = evaluator;
        this.scenarioFile = scenarioFile;
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
                version), scenarioFile);
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
            if (path.equals("/api/evaluate")) {
                if (!method.equals("POST")) {
                    json(x, 405, DesignEvaluator.error("POST a design to /api/evaluate (found " + method + ")"));
                    return;
                }
                evaluate(x);
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
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
                json(x, 404, DesignEvaluator.error("no such page (expected /, /api/evaluate, /api/scenario or /api/schema, found "
                        + path + ")"));
            }
        } catch (RuntimeException e) {
            // a defect: said as JSON, never a stack trace to the page
            json(x, 500, DesignEvaluator.error("internal error: " + e));
        }
    }

    private void evaluate(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            json(x, 413, DesignEvaluator.error("the design is larger than a scenario may be (expected at most " + MAX_BODY_BYTES
                    + " bytes)"));
            return;
        }
        String yaml = new String(body, StandardCharsets.UTF_8);
        Future<ObjectNode> answer = workers.submit(() -> evaluator.evaluate(yaml));
        try {
            ObjectNode out = answer.get(MAX_EVALUATION_S, TimeUnit.SECONDS);
            json(x, out.has("errors") ? 422 : 200, out);
        } catch (TimeoutException e) {
            answer.cancel(true);
            json(x, 503, DesignEvaluator.error("the evaluation took longer than " + MAX_EVALUATION_S + " s (expected an annual run "
                    + "at hourly or coarser steps)"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            json(x, 503, DesignEvaluator.error("interrupted"));
        } catch (ExecutionException e) {
            json(x, 500, DesignEvaluator.error("internal error: " + e.getCause()));
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
