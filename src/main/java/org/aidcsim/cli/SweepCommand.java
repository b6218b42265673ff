package org.aidcsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.aidcsim.metrics.Direction;
import org.aidcsim.metrics.Metric;
import org.aidcsim.units.ReportUnit;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.ChartFiles;
import org.aidcsim.report.HtmlReport;
import org.aidcsim.report.Numbers;
import org.aidcsim.report.StudyCharts;
import org.aidcsim.report.SweepReport;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.sweep.Evaluation;
import org.aidcsim.sweep.Pareto;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimension;
import org.aidcsim.sweep.SweepDimensions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs the Cartesian product of swept fields on all cores. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs every combination of swept fields (the scenario's sweep section and --set options) on all cores.",
            "Writes DIR/sweep.csv (one row per variant, Pareto front marked), DIR/report.html and charts."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file.")
    private Path file;

    @Option(names = {"-s", "--set"}, paramLabel = "PATH=VALUES",
            description = "A swept field: path=v1,v2,… or path=from:to:step (repeatable), e.g. it.groups[0].rack_power_kw=20,50,100.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--pareto", paramLabel = "X,Y", defaultValue = "capex_per_mw_it,pue",
            description = "Two metrics for the Pareto front, each minimised or maximised as docs/outputs.md says "
                    + "(default: ${DEFAULT-VALUE}): pue, tco, capex, water_use_m3, carbon_t_per_year, availability, …")
    private String pareto;

    @Option(names = "--availability-years", paramLabel = "N", defaultValue = "0",
            description = "Also estimate each variant's availability over N simulated years (default: ${DEFAULT-VALUE}, off).")
    private double availabilityYears;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    private Integer threads;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: out/<scenario name>-sweep).")
    private Path out;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!OptionChecks.pass(err, () -> OptionChecks.outputFolder("--out", out),
                () -> OptionChecks.inRange("--threads", threads == null ? 1 : threads, 1, OptionChecks.MAX_THREADS),
                () -> OptionChecks.inRange("--availability-years", availabilityYears, 0, OptionChecks.MAX_SWEEP_AVAILABILITY_YEARS))) {
            return ExitCodes.INVALID_INPUT;
        }
        LoadedScenario base;
        List<SweepDimension> dims;
        Metric[] axes;
        try {
            base = ScenarioLoader.load(file);
            dims = new ArrayList<>(SweepDimensions.fromScenario(base));
            Set<String> setPaths = new HashSet<>();
            for (String option : sets) {
                SweepDimension d = SweepDimensions.fromOption(option);
                if (!setPaths.add(d.path())) {
                    // two --set of one path: the rows would be labelled with one list and run with the other
                    throw OptionChecks.problem("--set", "\"" + d.path() + "\" is given twice (expected each path once, with all "
                            + "its values: path=v1,v2,…)");
                }
                // --set replaces the scenario's own sweep of the same path
                dims.removeIf(x -> x.path().equals(d.path()));
                dims.add(d);
            }
            axes = paretoAxes();
            if (dims.isEmpty()) {
                throw new ScenarioException(List.of(new Issue(new Location(file.toString(), 0, 0), "sweep",
                        "nothing to sweep (expected a sweep section in the scenario or --set path=values, found neither)")));
            }
            Sweep.check(base, dims);
            double years = availabilityYears * Sweep.size(dims);
            if (years > OptionChecks.MAX_SWEEP_AVAILABILITY_YEARS) {
                throw OptionChecks.problem("--availability-years", "too many simulated years in all (expected at most "
                        + (long) OptionChecks.MAX_SWEEP_AVAILABILITY_YEARS + " over the sweep, found " + (long) years + " = "
                        + Sweep.size(dims) + " variants × " + (long) availabilityYears + " years)");
            }
        } catch (ScenarioException e) {
            ScenarioIssues.print(err, e);
            return ExitCodes.INVALID_INPUT;
        }
        int n = Sweep.size(dims);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Progress progress = new Progress(err, n, System.console() != null);
        List<Sweep.Variant> variants;
        try {
            variants = Sweep.run(base, dims, workers, false, availabilityYears, progress);
        } catch (OutOfMemoryError e) {
            // the workers are gone with their memory: end the command, never wait for them
            progress.finish();
            err.println("aidcsim sweep: out of memory after " + progress.done() + " of " + n + " variants (expected a sweep that "
                    + "fits the Java heap: sweep fewer variants, or give the JVM more with JAVA_TOOL_OPTIONS=-Xmx4g)");
            return ExitCodes.FAILURE;
        }
        progress.finish();

        double[] x = new double[n];
        double[] y = new double[n];
        for (Sweep.Variant v : variants) {
            x[v.index()] = v.evaluation().map(e -> e.values().value(axes[0])).orElse(Double.NaN);
            y[v.index()] = v.evaluation().map(e -> e.values().value(axes[1])).orElse(Double.NaN);
        }
        boolean[] front = Pareto.front(x, axes[0].direction(), y, axes[1].direction());
        String csv = SweepReport.csv(dims, variants, front);
        String currency = base.spec().economics().inputs().currency();
        var o = spec.commandLine().getOut();
        long failed = variants.stream().filter(v -> v.evaluation().isEmpty()).count();
        long onFront = IntStream.range(0, front.length).filter(i -> front[i]).count();
        o.printf(Locale.ROOT, "%d variants, %d failed; Pareto front on %s and %s: %d variant(s)%n", n, failed, axes[0].key(),
                axes[1].key(), onFront);
        for (Sweep.Variant v : variants) {
            o.printf(Locale.ROOT, "  #%-4d %-50s %s%s%n", v.index(), String.join(", ", v.values()),
                    v.evaluation().map(e -> "PUE " + Metric.PUE.format(e.values().value(Metric.PUE)) + "  CAPEX "
                            + Metric.CAPEX_PER_MW_IT.formatWithUnit(e.values().value(Metric.CAPEX_PER_MW_IT), currency) + "  TCO "
                            + Metric.TCO_PER_MWH_IT.formatWithUnit(e.values().value(Metric.TCO_PER_MWH_IT), currency))
                            .orElse("failed: " + v.error()),
                    front[v.index()] ? "  *pareto" : "");
        }
        Path dir = out != null ? out : Path.of("out", base.spec().name() + "-sweep");
        try {
            AtomicFiles.writeString(dir.resolve("sweep.csv"), csv);
            var scatter = StudyCharts.paretoScatter("Sweep: " + axes[1].label() + " against " + axes[0].label(),
                    axes[0].axisLabel(currency), axes[1].axisLabel(currency), scaled(axes[0], x), scaled(axes[1], y), front,
                    largestShown(axes[0]), largestShown(axes[1]));
            ChartFiles.write(scatter, dir.resolve("sweep-pareto"), 1000, 620);
            List<String> labels = new ArrayList<>();
            List<Evaluation> ok = new ArrayList<>();
            for (Sweep.Variant v : variants) {
                v.evaluation().ifPresent(e -> {
                    labels.add(SweepReport.variantName(v));
                    ok.add(e);
                });
            }
            var endUse = StudyCharts.energyBeyondIt("Energy beyond IT, by end use", labels, ok);
            ChartFiles.write(endUse, dir.resolve("sweep-energy-by-end-use"), 1100, 600);
            AtomicFiles.writeString(dir.resolve("report.html"), SweepReport.html(base, dims, variants, front, axes, currency, scatter,
                    endUse));
            o.println("\nwrote " + dir.resolve("sweep.csv") + ", " + dir.resolve("report.html") + " and charts in " + dir);
        } catch (IOException e) {
            err.println("aidcsim: cannot write to " + dir + ": " + e);
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private Metric[] paretoAxes() throws ScenarioException {
        String[] p = pareto.split(",");
        List<String> keys = Arrays.stream(Metric.values()).filter(m -> m.direction() != Direction.NEITHER).map(Metric::key).toList();
        if (p.length != 2) {
            throw new ScenarioException(List.of(new Issue(new Location("--pareto", 0, 0), "", "expected two metrics X,Y, found \""
                    + pareto + "\"")));
        }
        Metric[] out = new Metric[2];
        for (int i = 0; i < 2; i++) {
            var m = Metric.ofKey(p[i].trim());
            if (m.isEmpty()) {
                throw new ScenarioException(List.of(new Issue(new Location("--pareto", 0, 0), "", "unknown metric (expected one of "
                        + String.join(", ", keys) + ", found \"" + p[i].trim() + "\")")));
            }
            if (m.get().direction() == Direction.NEITHER) {
                throw new ScenarioException(List.of(new Issue(new Location("--pareto", 0, 0), "", "\"" + m.get().key()
                        + "\" is a size, neither better low nor high (expected one of " + String.join(", ", keys) + ")")));
            }
            if (m.get().needsAvailabilityEstimate() && availabilityYears <= 0) {
                throw new ScenarioException(List.of(new Issue(new Location("--pareto", 0, 0), "", "\"" + m.get().key()
                        + "\" is estimated only when asked (expected --availability-years N with it, found none)")));
            }
            out[i] = m.get();
        }
        return out;
    }

    /** A fraction (availability, an efficiency) cannot exceed 100 %; other metrics have no upper bound. */
    private static double largestShown(Metric m) {
        return m.unit() == ReportUnit.FRACTION ? m.shown(1.0) : Double.POSITIVE_INFINITY;
    }

    /** Values as a chart axis shows them: money in millions, fractions in percent, as the axis label says. */
    private static double[] scaled(Metric m, double[] values) {
        return Arrays.stream(values).map(m::shown).toArray();
    }

    /** Progress on standard error: a bar on a terminal, a line every tenth otherwise. */
    static final class Progress implements IntConsumer {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private int lastTenth = -1;
        private int done;

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        /** Variants finished so far. */
        synchronized int done() {
            return done;
        }

        @Override
        public synchronized void accept(int done) {
            this.done = Math.max(this.done, done);
            if (terminal) {
                int width = 30;
                int filled = (int) ((long) done * width / total);
                err.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total);
                err.flush();
            } else {
                int tenth = (int) ((long) done * 10 / total);
                if (tenth != lastTenth) {
                    lastTenth = tenth;
                    err.println("sweep: " + done + "/" + total + " variants done");
                }
            }
        }

        void finish() {
            if (terminal) {
                err.println();
            }
        }
    }
}
