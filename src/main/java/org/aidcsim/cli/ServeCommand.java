package org.aidcsim.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.serve.LiveServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A live design page in the browser: edit the scenario, see the annual figures follow. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a design page for a scenario on this machine: every field of the scenario format as a form,",
            "the annual run's figures and monthly PUE updated as you type (the same evaluation as aidcsim run).",
            "Binds to 127.0.0.1 unless --bind says otherwise; Ctrl-C stops it. HTTP API: docs/serve.md."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "scenarios/ai-hall-cold-plate.yaml",
            description = "Scenario to start from (default: ${DEFAULT-VALUE}).")
    private Path file;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "0",
            description = "Port to listen on, 1024-65535, or 0 for a free one (default).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String bind;

    @Option(names = "--open", description = "Open the page in the default browser, where there is one.")
    private boolean open;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        if (port != 0 && (port < 1024 || port > 65535)) {
            err.println("aidcsim serve: --port: out of range (expected 0 or 1024 to 65535, found " + port + ")");
            return ExitCodes.INVALID_INPUT;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            err.println("aidcsim serve: --bind: not an address of this machine (found \"" + bind + "\")");
            return ExitCodes.INVALID_INPUT;
        }
        try {
            // the file must load before the page serves it; its errors are the command line's
            ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            ScenarioIssues.print(err, e);
            return ExitCodes.INVALID_INPUT;
        }
        if (!address.isLoopbackAddress()) {
            err.println("aidcsim serve: warning: listening on " + address.getHostAddress() + ": any machine that reaches it can use "
                    + "the page; the server answers requests addressed to it by that address only");
        }
        List<Path> readable = readableFolders(file);
        LiveServer server;
        try {
            server = LiveServer.start(address, port, file, readable, VersionProvider.version());
        } catch (IOException e) {
            err.println("aidcsim serve: cannot listen on " + address.getHostAddress() + ":" + port + " (" + e.getMessage() + ")");
            return ExitCodes.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "aidcsim-serve-stop"));
        out.println("aidcsim serve: " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        if (open) {
            openBrowser(server.url(), err);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /** The scenario's folder and the shipped weather files, beside it or in the current folder. */
    static List<Path> readableFolders(Path scenario) {
        Path folder = scenario.toAbsolutePath().normalize().getParent();
        List<Path> out = new ArrayList<>(List.of(folder));
        for (Path weather : List.of(folder.resolveSibling("weather"), Path.of("weather").toAbsolutePath().normalize())) {
            if (Files.isDirectory(weather) && !out.contains(weather)) {
                out.add(weather);
            }
        }
        return out;
    }

    private static void openBrowser(String url, PrintWriter err) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return;
            }
            new ProcessBuilder("xdg-open", url).start();
        } catch (IOException | UnsupportedOperationException e) {
            err.println("aidcsim serve: no browser to open here; open " + url + " yourself");
        }
    }
}
