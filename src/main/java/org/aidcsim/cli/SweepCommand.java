package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.ChartFiles;
import org.aidcsim.report.HtmlReport;
import org.aidcsim.report.Numbers;
import org.aidcsim.report.StudyCharts;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.sweep.Evaluation;
import org.aidcsim.sweep.Metric;
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

    @Option(names = "--pareto", paramLabel = "X,Y", defaultValue = "capex,pue",
            description = "Two metrics, both minimized, for the Pareto front (default: ${DEFAULT-VALUE}): pue, tco, capex, water_m3, carbon_t_per_year, …")
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
        LoadedScenario base;
        List<SweepDimension> dims;
        Metric[] axes;
        try {
            base = ScenarioLoader.load(file);
            dims = new ArrayList<>(SweepDimensions.fromScenario(base));
            for (String option : sets) {
                SweepDimension d = SweepDimensions.fromOption(option);
                dims.removeIf(x -> x.path().equals(d.path()));
                dims.add(d);
            }
            axes = paretoAxes();
            if (dims.isEmpty()) {
                throw new ScenarioException(List.of(new Issue(new Location(file.toString(), 0, 0), "sweep",
                        "nothing to sweep (expected a sweep section in the scenario or --set path=values, found neither)")));
            }
            Sweep.check(base, dims);
        } catch (ScenarioException e) {
            ScenarioIssues.print(err, e);
            return ExitCodes.INVALID_INPUT;
        }
        int n = Sweep.size(dims);
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Progress progress = new Progress(err, n, System.console() != null);
        List<Sweep.Variant> variants = Sweep.run(base, dims, workers, false, Math.max(0, availabilityYears), progress);
        progress.finish();

        double[] x = new double[n];
        double[] y = new double[n];
        for (Sweep.Variant v : variants) {
            x[v.index()] = v.evaluation().map(axes[0]::of).orElse(Double.NaN);
            y[v.index()] = v.evaluation().map(axes[1]::of).orElse(Double.NaN);
        }
        boolean[] front = Pareto.front(x, y);
        String csv = csv(dims, variants, front);
        var o = spec.commandLine().getOut();
        long failed = variants.stream().filter(v -> v.evaluation().isEmpty()).count();
        o.printf(Locale.ROOT, "%d variants, %d failed; Pareto front on %s and %s: %d variant(s)%n", n, failed, axes[0].key(),
                axes[1].key(), countTrue(front));
        for (Sweep.Variant v : variants) {
            o.printf(Locale.ROOT, "  #%-4d %-50s %s%s%n", v.index(), String.join(", ", v.values()),
                    v.evaluation().map(e -> String.format(Locale.ROOT, "PUE %.4f  TCO %,.1f M", e.metrics().pue(),
                            e.economics().tco() / 1e6)).orElse("failed: " + v.error()), front[v.index()] ? "  *pareto" : "");
        }
        Path dir = out != null ? out : Path.of("out", base.spec().name() + "-sweep");
        try {
            AtomicFiles.writeString(dir.resolve("sweep.csv"), csv);
            var scatter = StudyCharts.paretoScatter("Sweep: " + axes[1].key() + " against " + axes[0].key(), axes[0].key(),
                    axes[1].key(), x, y, front);
            ChartFiles.write(scatter, dir.resolve("sweep-pareto"), 1000, 620);
            List<String> labels = new ArrayList<>();
            List<Evaluation> ok = new ArrayList<>();
            for (Sweep.Variant v : variants) {
                v.evaluation().ifPresent(e -> {
                    labels.add("#" + v.index());
                    ok.add(e);
                });
            }
            var endUse = StudyCharts.energyByEndUse("Energy by end use", labels, ok);
            ChartFiles.write(endUse, dir.resolve("sweep-energy-by-end-use"), 1100, 600);
            AtomicFiles.writeString(dir.resolve("report.html"), html(base, dims, variants, front, axes, scatter, endUse));
            o.println("\nwrote " + dir.resolve("sweep.csv") + ", " + dir.resolve("report.html") + " and charts in " + dir);
        } catch (IOException e) {
            err.println("aidcsim: cannot write to " + dir + ": " + e);
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private Metric[] paretoAxes() throws ScenarioException {
        String[] p = pareto.split(",");
        List<String> keys = java.util.Arrays.stream(Metric.values()).map(Metric::key).toList();
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
            out[i] = m.get();
        }
        return out;
    }

    static String csv(List<SweepDimension> dims, List<Sweep.Variant> variants, boolean[] front) {
        StringBuilder sb = new StringBuilder("variant");
        dims.forEach(d -> sb.append(',').append(d.path()));
        sb.append(",status");
        for (Metric m : Metric.values()) {
            sb.append(',').append(m.key());
        }
        sb.append(",pareto,error\n");
        for (Sweep.Variant v : variants) {
            sb.append(v.index());
            v.values().forEach(val -> sb.append(',').append(quote(val)));
            sb.append(',').append(v.evaluation().isPresent() ? "ok" : "failed");
            for (Metric m : Metric.values()) {
                sb.append(',');
                v.evaluation().ifPresent(e -> Numbers.appendFixed(sb, m.of(e), m.decimals()));
            }
            sb.append(',').append(front[v.index()] ? "yes" : "no").append(',').append(quote(v.error())).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static long countTrue(boolean[] b) {
        long n = 0;
        for (boolean v : b) {
            n += v ? 1 : 0;
        }
        return n;
    }

    private static String html(LoadedScenario base, List<SweepDimension> dims, List<Sweep.Variant> variants, boolean[] front,
            Metric[] axes, org.jfree.chart.JFreeChart scatter, org.jfree.chart.JFreeChart endUse) throws IOException {
        HtmlReport h = new HtmlReport("aidcsim sweep: " + base.spec().name(), variants.size() + " variants over "
                + String.join(" × ", dims.stream().map(d -> d.path() + " (" + d.values().size() + ")").toList()));
        h.heading("Variants (Pareto front on " + axes[0].key() + " and " + axes[1].key() + " highlighted)");
        List<String> headers = new ArrayList<>(List.of("#"));
        dims.forEach(d -> headers.add(d.path()));
        headers.addAll(List.of("PUE", "facility MWh", "WUE L/kWh", "CAPEX M", "TCO M", "carbon t/yr", "status"));
        List<List<String>> rows = new ArrayList<>();
        for (Sweep.Variant v : variants) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(v.index())));
            // File paths read best by their last part; the CSV keeps them whole.
            v.values().forEach(val -> row.add(val.contains("/") ? val.substring(val.lastIndexOf('/') + 1) : val));
            if (v.evaluation().isPresent()) {
                Evaluation e = v.evaluation().get();
                row.addAll(List.of(String.format(Locale.ROOT, "%.4f", e.metrics().pue()),
                        String.format(Locale.ROOT, "%,.0f", e.metrics().facilityEnergyJ() / 3.6e9),
                        String.format(Locale.ROOT, "%.3f", e.metrics().wueLPerKwh()),
                        String.format(Locale.ROOT, "%,.2f", e.economics().capexTotal() / 1e6),
                        String.format(Locale.ROOT, "%,.2f", e.economics().tco() / 1e6),
                        String.format(Locale.ROOT, "%,.0f", e.economics().carbonTonnesPerYear()), "ok"));
            } else {
                row.addAll(List.of("", "", "", "", "", "", "failed, see below"));
            }
            rows.add(row);
        }
        h.table(headers, rows, front);
        List<List<String>> failures = variants.stream().filter(v -> v.evaluation().isEmpty())
                .map(v -> List.of("#" + v.index(), v.error())).toList();
        if (!failures.isEmpty()) {
            h.heading("Variants that did not run");
            h.table(List.of("#", "reason"), failures, null);
        }
        h.chart(scatter, 1000, 620, "Each variant; the Pareto front (both axes minimized) in red.");
        h.chart(endUse, 1100, 600, "Energy by end use of each variant that ran.");
        h.heading("Base scenario, with every default applied");
        Map<String, Object> doc = new LinkedHashMap<>(base.resolved());
        h.yaml(doc);
        return h.render();
    }

    /** Progress on standard error: a bar on a terminal, a line every tenth otherwise. */
    static final class Progress implements java.util.function.IntConsumer {
        private final java.io.PrintWriter err;
        private final int total;
        private final boolean terminal;
        private int lastTenth = -1;

        Progress(java.io.PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        @Override
        public synchronized void accept(int done) {
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
