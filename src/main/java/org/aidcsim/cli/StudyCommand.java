package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.aidcsim.metrics.Metric;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.HtmlReport;
import org.aidcsim.report.StudyReport;
import org.aidcsim.report.UncertaintyCharts;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.schema.TextFiles;
import org.aidcsim.study.StudyEngine;
import org.aidcsim.study.StudyPlan;
import org.aidcsim.study.StudyRecorder;
import org.aidcsim.study.StudyRun;
import org.aidcsim.study.StudySource;
import org.aidcsim.study.StudySummary;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs a study under uncertainty: the scenario's study section, sampled and run on all cores. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"Samples the uncertain fields of the scenario's study section (Latin hypercube or Sobol', from a seed), "
                + "runs every sample on all cores, and gives each metric's mean, P10, P50 and P90, exceedance curves and a tornado.",
            "Writes DIR/study.csv (one row per sample), DIR/summary.json, DIR/report.html and charts; above 1,000,000 samples "
                + "(--engine spark only) DIR/study.parquet (every row, written by the executors) and DIR/study-thinned.csv "
                + "(the first million) instead of study.csv."})
final class StudyCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private QuietOption quiet;

    @Mixin
    private ScenarioInOut io;

    @Option(names = {"-n", "--samples"}, paramLabel = "N", description = "Samples to run (default: the study section's).")
    private Integer samples;

    @Option(names = "--seed", paramLabel = "S", description = "The sampler's seed (default: the study section's).")
    private Long seed;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local",
            description = "Where the samples run: local (this process, all cores; default) or spark (Apache Spark, from the "
                    + "aidcsim-spark module: docs/studies.md).")
    private String engine;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!OptionChecks.pass(err, () -> OptionChecks.outputFolder("--out", io.outOption()),
                threads::check,
                () -> OptionChecks.inRange("--samples", samples == null ? 1 : samples, 1, StudyPlan.MAX_SAMPLES),
                () -> OptionChecks.inRange("--seed", seed == null ? 0 : seed, 0, Long.MAX_VALUE))) {
            return ExitCodes.INVALID_INPUT;
        }
        ChartTasks.warmUpInBackground();
        StudyPlan plan;
        StudySource source;
        StudyEngine chosen;
        try {
            chosen = engine(engine);
            LoadedScenario base = ScenarioLoader.load(io.file());
            plan = StudyPlan.read(base, Optional.ofNullable(samples), Optional.ofNullable(seed));
            // another engine reads the scenario again in its own processes: from its text and where it stands
            source = chosen == StudyEngine.LOCAL ? null : new StudySource(base.file().toAbsolutePath().toString(),
                    TextFiles.readUtf8(io.file(), TextFiles.MAX_SCENARIO_BYTES), samples, seed);
        } catch (TextFiles.UnreadableException e) {
            err.println("aidcsim: " + io.file() + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (ScenarioException e) {
            ScenarioIssues.print(err, e);
            return ExitCodes.INVALID_INPUT;
        }
        boolean atScale = plan.samples() > StudyEngine.MAX_HELD_SAMPLES;
        if (atScale && !chosen.runsAtScale()) {
            err.printf(Locale.ROOT, "aidcsim study: %,d samples: the %s engine brings every row back, at most %,d (expected fewer "
                    + "samples, or --engine spark, which keeps the rows where they run: docs/studies.md)%n", plan.samples(),
                    chosen.key(), StudyEngine.MAX_HELD_SAMPLES);
            return ExitCodes.INVALID_INPUT;
        }
        // a study too large to hold keeps its first million samples on the driver, for the charts and the tornado
        int held = Math.min(plan.samples(), StudyEngine.MAX_HELD_SAMPLES);
        int workers = threads.workers();
        Path dir = io.folder(plan.base().spec().name(), "-study");
        TerminalProgress progress = new TerminalProgress(err, "study", " samples", plan.samples(), System.console() != null);
        try {
            StudyRun run = new StudyRun(plan);
            StudyRecorder recorder = new StudyRecorder(run, held);
            if (chosen != StudyEngine.LOCAL) {
                System.setProperty(StudyEngine.OUTPUT_FOLDER_PROPERTY, dir.toAbsolutePath().toString());
            }
            if (atScale) {
                StudyEngine.AtScale result = chosen.runAtScale(source, plan, workers, held, progress, recorder);
                progress.finish();
                write(recorder, dir, result.stats(), result.failed(), Optional.of(result));
            } else {
                chosen.run(source, plan, workers, progress, recorder);
                progress.finish();
                write(recorder, dir, recorder.stats(), recorder.failed(), Optional.empty());
            }
            return ExitCodes.OK;
        } catch (OutOfMemoryError e) {
            progress.finish();
            err.println("aidcsim study: out of memory after " + progress.done() + " of " + plan.samples() + " samples (expected a "
                    + "study that fits the Java heap: fewer samples, or JAVA_TOOL_OPTIONS=-Xmx8g)");
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            progress.finish();
            err.println("aidcsim: cannot write to " + dir + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    /** The rows a study too large to hold keeps on the driver: its first samples, with their inputs and metrics. */
    static final String THINNED_CSV = "study-thinned.csv";

    /** The engine named {@code key}: local, or one on the class path (the aidcsim-spark module's). */
    static StudyEngine engine(String key) throws ScenarioException {
        if (key.equals(StudyEngine.LOCAL.key())) {
            return StudyEngine.LOCAL;
        }
        for (StudyEngine e : ServiceLoader.load(StudyEngine.class)) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        throw OptionChecks.problem("--engine", key.equals("spark") ? "the Spark engine is not on the class path (expected the "
                + "aidcsim-spark module built: ./mvnw -q -f spark/pom.xml package, which downloads Apache Spark; then "
                + "./aidcsim finds it: docs/studies.md)" : "no engine of that name (expected local or spark, found " + key + ")");
    }

    private void write(StudyRecorder r, Path dir, List<StudySummary.Stats> stats, long failed, Optional<StudyEngine.AtScale> atScale)
            throws IOException {
        StudyPlan plan = r.run().plan();
        String currency = plan.base().spec().economics().inputs().currency();
        String rowsFile = atScale.isPresent() ? THINNED_CSV : "study.csv";
        Map<Metric, StudySummary.Stats> byMetric = new LinkedHashMap<>();
        stats.forEach(s -> byMetric.put(s.metric(), s));
        var o = quiet.out(spec.commandLine().getOut());
        o.printf(Locale.ROOT, "%s: %,d samples (%s, seed %d), %,d ran, %,d failed%n", plan.base().spec().name(), plan.samples(),
                plan.sampling().key(), plan.seed(), plan.samples() - failed, failed);
        if (atScale.isPresent()) {
            o.printf(Locale.ROOT, "  every row in %s; percentiles %s; the tornado and the curves from the first %,d samples (%s)%n",
                    atScale.get().rows(), atScale.get().percentiles(), r.rows(), rowsFile);
        }
        List<List<String>> table = StudyReport.table(stats, currency);
        o.printf(Locale.ROOT, "  %-40s %12s %12s %12s %12s %14s%n", StudyReport.TABLE_HEADERS.toArray());
        for (List<String> row : table) {
            o.printf(Locale.ROOT, "  %-40s %12s %12s %12s %12s %14s%n", row.toArray());
        }
        HtmlReport h = new HtmlReport("aidcsim study: " + plan.base().spec().name(), String.format(Locale.ROOT,
                "%,d samples by %s from seed %d over %s", plan.samples(), plan.sampling().key(), plan.seed(),
                String.join(", ", plan.inputs().stream().map(in -> in.path()).toList())) + atScale.map(a -> String.format(Locale.ROOT,
                "; percentiles %s; the curves and tornadoes from the first %,d samples", a.percentiles(), r.rows())).orElse(""));
        h.heading("Distribution of the key metrics (summary.json has every metric)");
        h.table(StudyReport.TABLE_HEADERS, table, null);
        for (Metric m : plan.tornadoMetrics()) {
            StudySummary.Stats s = byMetric.get(m);
            if (s == null) {
                continue;
            }
            List<StudySummary.Swing> swings = r.tornado(m);
            o.printf(Locale.ROOT, "%s: what moves it most (%s mean from the inputs' lowest to highest fifth)%n", m.key(), m.label());
            swings.stream().limit(8).forEach(sw -> o.println(StudyReport.swingLine(sw, m)));
            JFreeChart exceed = UncertaintyCharts.exceedance(plan.base().spec().name() + ": " + m.label() + ", exceedance", m,
                    r.values(m), s, currency);
            JFreeChart tornado = UncertaintyCharts.tornado(plan.base().spec().name() + ": what moves " + m.label(), m, swings,
                    s.mean(), currency);
            h.heading(m.label());
            h.chart(ChartTasks.drawAndWrite(exceed, dir.resolve("study-exceedance-" + m.key()), 1000, 560),
                    "Share of the samples whose " + m.label() + " exceeds each value.");
            h.chart(ChartTasks.drawAndWrite(tornado, dir.resolve("study-tornado-" + m.key()), 1000,
                    UncertaintyCharts.tornadoHeightPx(swings.size())), "Each input's swing of " + m.label() + ".");
        }
        if (r.failed() > 0) {
            h.heading(r.holdsAll() ? "Samples that did not run" : "Samples that did not run, among those in " + rowsFile);
            h.table(List.of("sample", "reason"), r.failures().stream().map(v -> List.of("#" + v.index(), v.error())).toList(), null);
        }
        StudyReport.writeCsv(dir.resolve(rowsFile), r);
        AtomicFiles.writeString(dir.resolve("summary.json"), StudyReport.json(r, stats, failed, atScale));
        AtomicFiles.writeString(dir.resolve("report.html"), h.render());
        o.println("\nwrote " + dir.resolve(rowsFile) + ", " + dir.resolve("summary.json") + ", " + dir.resolve("report.html")
                + (atScale.isPresent() ? ", " + atScale.get().rows() : "") + " and charts in " + dir);
    }
}
