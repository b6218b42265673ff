package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.ChartFiles;
import org.aidcsim.report.ChartSpec;
import org.aidcsim.report.HourlyCsvWriter;
import org.aidcsim.report.RunHtml;
import org.aidcsim.report.RunReport;
import org.aidcsim.report.SummaryJsonWriter;
import org.aidcsim.report.SummaryTable;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs a scenario over its window and writes summary.json and hourly.csv. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a scenario and writes DIR/summary.json, DIR/hourly.csv, DIR/report.html and charts.",
            "Steps hourly over the weather year unless the scenario says otherwise, and prints a summary."})
final class RunCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private ScenarioInOut io;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    private boolean quiet;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        if (!OptionChecks.pass(stderr, () -> OptionChecks.outputFolder("--out", io.outOption()))) {
            return ExitCodes.INVALID_INPUT;
        }
        CompiledScenario compiled;
        try {
            compiled = SiteCompiler.compile(ScenarioLoader.load(io.file()));
        } catch (ScenarioException e) {
            ScenarioIssues.print(stderr, e);
            return ExitCodes.INVALID_INPUT;
        }
        Evaluation evaluation;
        try {
            evaluation = Evaluation.of(compiled, true);
        } catch (OutOfMemoryError e) {
            // every step is kept for hourly.csv and the charts: a long window of short steps may not fit
            stderr.println("aidcsim run: out of memory keeping " + compiled.model().window().steps() + " steps (expected a run "
                    + "whose steps fit the Java heap: shorten simulation.days, lengthen simulation.step_s, or give the JVM more "
                    + "with JAVA_TOOL_OPTIONS=-Xmx8g)");
            return ExitCodes.FAILURE;
        }
        RunReport report = RunReport.of(VersionProvider.version(), io.file().toString(),
                compiled.scenario().spec().description().orElse(""), evaluation, compiled.warnings());
        Path dir = io.folder(compiled.model().name(), "");
        RunHtml.Charts charts = RunHtml.charts(report);
        boolean chartFiles = compiled.scenario().spec().outputs().charts();
        List<Path> written = new ArrayList<>();
        // Drawing is most of a run's wall time. Each chart is drawn once as SVG, for the report and for its file,
        // on two worker threads while this one writes the data files; a chart's PNG is drawn by the same task
        // after its SVG, as a JFreeChart must not be drawn by two threads at once.
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "aidcsim-charts");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<ChartSpec, Future<byte[]>> drawings = new IdentityHashMap<>();
            List<Path> chartPaths = new ArrayList<>();
            for (ChartSpec chart : charts.all()) {
                boolean file = chartFiles && chart.fileStem() != null;
                if (file) {
                    chartPaths.addAll(List.of(ChartFiles.paths(dir.resolve(chart.fileStem()))));
                }
                drawings.put(chart, pool.submit(() -> {
                    byte[] svg = chart.svg();
                    if (file) {
                        ChartFiles.write(chart.chart(), svg, dir.resolve(chart.fileStem()), chart.widthPx(), chart.heightPx());
                    }
                    return svg;
                }));
            }
            AtomicFiles.writeString(dir.resolve("summary.json"), SummaryJsonWriter.toJson(report));
            written.add(dir.resolve("summary.json"));
            if (compiled.scenario().spec().outputs().hourlyCsv()) {
                AtomicFiles.writeString(dir.resolve("hourly.csv"),
                        HourlyCsvWriter.toCsv(evaluation.series().orElseThrow(), compiled.model().cooling().liquid().isPresent()));
                written.add(dir.resolve("hourly.csv"));
            }
            AtomicFiles.writeString(dir.resolve("report.html"), RunHtml.build(report, charts, chart -> ChartTasks.done(drawings.get(chart))));
            written.add(dir.resolve("report.html"));
            for (Future<byte[]> drawing : drawings.values()) {
                ChartTasks.done(drawing);
            }
            written.addAll(chartPaths);
        } catch (IOException e) {
            stderr.println("aidcsim: cannot write to " + dir + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        } finally {
            pool.shutdownNow();
        }
        if (!quiet) {
            stdout.print(SummaryTable.render(report));
            stdout.println();
            stdout.println("wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        }
        return ExitCodes.OK;
    }
}
