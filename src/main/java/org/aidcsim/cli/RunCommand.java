package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.StepSeries;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.ChartFiles;
import org.aidcsim.report.CoolingCharts;
import org.aidcsim.report.HourlyCsvWriter;
import org.aidcsim.report.RunHtml;
import org.aidcsim.report.RunReport;
import org.aidcsim.report.SummaryJsonWriter;
import org.aidcsim.report.SummaryTable;
import org.aidcsim.scenario.CompiledScenario;
import org.aidcsim.scenario.ScenarioCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.sweep.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a scenario over its window and writes summary.json and hourly.csv. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a scenario and writes DIR/summary.json, DIR/hourly.csv, DIR/report.html and charts.",
            "Steps hourly over the weather year unless the scenario says otherwise, and prints a summary."})
final class RunCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
    private Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: out/<scenario name>).")
    private Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    private boolean quiet;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        CompiledScenario compiled;
        try {
            compiled = ScenarioCompiler.compile(ScenarioLoader.load(file));
        } catch (ScenarioException e) {
            ScenarioIssues.print(stderr, e);
            return ExitCodes.INVALID_INPUT;
        }
        Evaluation evaluation = Evaluation.of(compiled, true);
        StepSeries series = evaluation.series().orElseThrow();
        RunReport report = new RunReport(VersionProvider.version(), file.toString(),
                compiled.scenario().spec().description().orElse(""), evaluation, compiled.warnings());
        Path dir = out != null ? out : Path.of("out", compiled.model().name());
        List<Path> written = new ArrayList<>();
        // The chart files render on a second thread while this one writes the data and the report: on two cores
        // that halves the wall time of a run, most of which is drawing.
        ExecutorService charts = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "aidcsim-charts");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<List<Path>> chartFiles = charts.submit(() -> chartFiles(compiled, evaluation, series, dir));
            String summary = SummaryJsonWriter.toJson(report);
            AtomicFiles.writeString(dir.resolve("summary.json"), summary);
            written.add(dir.resolve("summary.json"));
            if (compiled.scenario().spec().outputs().hourlyCsv()) {
                AtomicFiles.writeString(dir.resolve("hourly.csv"),
                        HourlyCsvWriter.toCsv(series, compiled.model().cooling().liquid().isPresent()));
                written.add(dir.resolve("hourly.csv"));
            }
            AtomicFiles.writeString(dir.resolve("report.html"), RunHtml.build(report));
            written.add(dir.resolve("report.html"));
            written.addAll(chartFiles.get());
        } catch (IOException e) {
            stderr.println("aidcsim: cannot write to " + dir + ": " + e);
            return ExitCodes.FAILURE;
        } catch (ExecutionException e) {
            stderr.println("aidcsim: cannot write to " + dir + ": " + e.getCause());
            return ExitCodes.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stderr.println("aidcsim: interrupted");
            return ExitCodes.FAILURE;
        } finally {
            charts.shutdownNow();
        }
        if (!quiet) {
            stdout.print(SummaryTable.render(report));
            stdout.println();
            stdout.println("wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        }
        return ExitCodes.OK;
    }

    /** The monthly-PUE and PUE heat-map charts as PNG and SVG, when the scenario asks for them. */
    private static List<Path> chartFiles(CompiledScenario compiled, Evaluation evaluation, StepSeries series, Path dir)
            throws IOException {
        if (!compiled.scenario().spec().outputs().charts()) {
            return List.of();
        }
        String name = compiled.model().name();
        List<Path> out = new ArrayList<>();
        out.addAll(List.of(ChartFiles.write(CoolingCharts.monthlyPue(name + ": monthly PUE", series,
                evaluation.values().value(Metric.PUE)), dir.resolve("monthly-pue"), 900, 500)));
        out.addAll(List.of(ChartFiles.write(CoolingCharts.pueHeatMap(name + ": hourly PUE", series), dir.resolve("pue-heatmap"),
                1100, 520)));
        return out;
    }
}
