package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aidcsim.metrics.Direction;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.units.ReportUnit;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.CoolingCharts;
import org.aidcsim.report.StudyCharts;
import org.aidcsim.report.SweepCsv;
import org.aidcsim.report.SweepReport;
import org.jfree.chart.JFreeChart;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.sweep.Requirement;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimension;
import org.aidcsim.sweep.SweepDimensions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the Cartesian product of swept fields on all cores. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs every combination of swept fields (the scenario's sweep section and --set options) on all cores.",
            "Writes DIR/sweep.csv (one row per variant, Pareto front marked), DIR/report.html and charts."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private QuietOption quiet;

    @Mixin
    private ScenarioInOut io;

    @Option(names = {"-s", "--set"}, paramLabel = "PATH=VALUES",
            description = "A swept field: path=v1,v2,… or path=from:to:step (repeatable), e.g. it.groups[0].rack_power_kw=20,50,100.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--pareto", paramLabel = "X,Y", defaultValue = "capex_per_mw_nameplate_it,pue",
            description = "Two metrics for the Pareto front, each minimised or maximised as docs/outputs.md says "
                    + "(default: ${DEFAULT-VALUE}): pue, tco, capex, water_use_m3, carbon_t_per_year, availability, …")
    private String pareto;

    @Option(names = "--require", paramLabel = "METRIC<=VALUE",
            description = "Keep on the Pareto front and the chart only the variants that meet this (repeatable; <, <=, >, >=), "
                    + "e.g. --require 'gb40879_grade<=2' --require 'pue_category_1<1.25' (quoted: < and > are the shell's); "
                    + "sweep.csv keeps every row.")
    private List<String> requires = new ArrayList<>();

    @Option(names = "--availability-years", paramLabel = "N", defaultValue = "0",
            description = "Also estimate each variant's availability over N simulated years (default: ${DEFAULT-VALUE}, off).")
    private double availabilityYears;

    @Mixin
    private ThreadsOption threads;

    private final List<Requirement> requirements = new ArrayList<>();

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!OptionChecks.pass(err, () -> OptionChecks.outputFolder("--out", io.outOption()),
                threads::check,
                () -> OptionChecks.inRange("--availability-years", availabilityYears, 0, OptionChecks.MAX_SWEEP_AVAILABILITY_YEARS))) {
            return ExitCodes.INVALID_INPUT;
        }
        // the charts come last; the renderer's start-up can run while the scenario is read and checked
        ChartTasks.warmUpInBackground();
        LoadedScenario base;
        List<SweepDimension> dims;
        Metric[] axes;
        Sweep.Plan plan;
        try {
            base = ScenarioLoader.load(io.file());
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
            for (String r : requires) {
                try {
                    Requirement parsed = Requirement.parse(r);
                    if (parsed.metric().needsAvailabilityEstimate() && availabilityYears <= 0) {
                        throw new IllegalArgumentException("\"" + parsed.metric().key() + "\" is estimated only when asked "
                                + "(expected --availability-years N with it, found none)");
                    }
                    requirements.add(parsed);
                } catch (IllegalArgumentException e) {
                    throw OptionChecks.problem("--require", e.getMessage());
                }
            }
            if (dims.isEmpty()) {
                throw new ScenarioException(List.of(new Issue(new Location(io.file().toString(), 0, 0), "sweep",
                        "nothing to sweep (expected a sweep section in the scenario or --set path=values, found neither)")));
            }
            plan = Sweep.check(base, dims);
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
        int workers = threads.workers();
        Path dir = io.folder(base.spec().name(), "-sweep");
        boolean dirExisted = Files.isDirectory(dir);
        TerminalProgress progress = new TerminalProgress(err, "sweep", " variants", n, System.console() != null);
        try {
            return runAndWrite(plan, axes, n, workers, dir, progress);
        } catch (OutOfMemoryError e) {
            // the workers are gone with their memory: end the command, never wait for them
            progress.finish();
            removeIfEmpty(dir, dirExisted);
            err.println("aidcsim sweep: out of memory " + (progress.done() < n ? "after " + progress.done() + " of " + n + " variants"
                    : "writing the report of " + n + " variants") + " (expected a sweep that fits the Java heap: sweep fewer "
                    + "variants, or give the JVM more with JAVA_TOOL_OPTIONS=-Xmx4g)");
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            progress.finish();
            removeIfEmpty(dir, dirExisted);
            err.println("aidcsim: cannot write to " + dir + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    /** Rows the report's table lists: every variant of a small sweep, the Pareto front of a larger one. */
    static final int MAX_TABLE_ROWS = 100;
    /** Bars of the energy-by-end-use chart: more would be too thin to read. */
    static final int MAX_END_USE_BARS = 40;
    /** Front points drawn on the scatter chart (the front line stays whole in sweep.csv). */
    static final int MAX_FRONT_DRAWN = 2_000;
    /** Points of the front that carry their variant's number on the chart. */
    static final int MAX_FRONT_LABELS = 12;
    /** Variants listed on the console one line each; larger sweeps list their front. */
    static final int MAX_CONSOLE_ROWS = 60;

    private int runAndWrite(Sweep.Plan plan, Metric[] axes, int n, int workers, Path dir, TerminalProgress progress) throws IOException {
        LoadedScenario base = plan.base();
        List<SweepDimension> dims = plan.dimensions();
        String currency = base.spec().economics().inputs().currency();
        SweepRecorder recorder;
        List<Sweep.Variant> kept;
        List<Integer> along;
        BitSet onFront = new BitSet(n);
        BitSet tableRows = new BitSet(n);
        try (SweepCsv csv = new SweepCsv(dims, dir)) {
            recorder = new SweepRecorder(csv, axes, n, requirements);
            Sweep.run(plan, workers, availabilityYears, progress, recorder);
            progress.finish();
            for (int i : recorder.front().indices()) {
                onFront.set(i);
            }
            along = recorder.front().alongFront();
            if (n <= MAX_TABLE_ROWS) {
                tableRows.set(0, n);
            } else {
                evenly(along, MAX_TABLE_ROWS).forEach(tableRows::set);
            }
            BitSet keep = (BitSet) tableRows.clone();
            evenly(along, MAX_FRONT_DRAWN).forEach(keep::set);
            kept = csv.finish(dir.resolve("sweep.csv"), onFront::get, keep::get);
        }
        Map<Integer, Sweep.Variant> byIndex = new HashMap<>();
        kept.forEach(v -> byIndex.put(v.index(), v));
        List<Sweep.Variant> rows = kept.stream().filter(v -> tableRows.get(v.index())).toList();

        var o = quiet.out(spec.commandLine().getOut());
        o.printf(Locale.ROOT, "%d variants, %d failed%s; Pareto front on %s and %s: %d variant(s)%n", n, recorder.failedCount(),
                requirements.isEmpty() ? "" : String.format(Locale.ROOT, ", %d miss %s", recorder.unmetCount(),
                        String.join(" and ", requirements.stream().map(Requirement::toString).toList())),
                axes[0].key(), axes[1].key(), along.size());
        List<Sweep.Variant> listed = n <= MAX_CONSOLE_ROWS ? rows
                : evenly(along, MAX_CONSOLE_ROWS / 3).stream().map(byIndex::get).toList();
        if (n > MAX_CONSOLE_ROWS && !listed.isEmpty()) {
            o.printf(Locale.ROOT, "%s along the front, best %s first:%n", listed.size() < along.size()
                    ? listed.size() + " of the front's variants, evenly" : "The front's variants", axes[0].key());
        }
        if (!listed.isEmpty()) {
            // the values below are these fields' in this order
            o.printf(Locale.ROOT, "  %-5s %s%n", "#", String.join(", ", dims.stream().map(SweepDimension::path).toList()));
        }
        for (Sweep.Variant v : listed) {
            o.printf(Locale.ROOT, "  #%-4d %-50s %s%s%n", v.index(), String.join(", ", v.values()),
                    v.metrics().map(e -> "PUE " + Metric.PUE.format(e.value(Metric.PUE)) + "  CAPEX "
                            + Metric.CAPEX_PER_MW_NAMEPLATE_IT.formatWithUnit(e.value(Metric.CAPEX_PER_MW_NAMEPLATE_IT), currency)
                            + "  LCOE(IT) " + Metric.LEVELIZED_COST_PER_MWH_IT.formatWithUnit(
                                    e.value(Metric.LEVELIZED_COST_PER_MWH_IT), currency))
                            .orElse("failed: " + v.error()),
                    onFront.get(v.index()) ? "  *pareto" : "");
        }

        JFreeChart scatter = scatter(base.spec().name(), recorder, axes, currency, evenly(along, MAX_FRONT_DRAWN).stream().map(byIndex::get).toList(),
                onFront);
        List<Sweep.Variant> ran = rows.stream().filter(v -> v.metrics().isPresent()).toList();
        List<Sweep.Variant> bars = ran.size() <= MAX_END_USE_BARS ? ran
                : evenly(ran.stream().filter(v -> onFront.get(v.index())).map(Sweep.Variant::index).toList(), MAX_END_USE_BARS)
                        .stream().map(byIndex::get).toList();
        JFreeChart endUse = bars.isEmpty() ? null : StudyCharts.energyBeyondItPerIt(base.spec().name()
                + ": energy beyond IT per MWh of IT, by end use", bars.stream().map(v -> SweepReport.variantLabel(dims, v)).toList(),
                bars.stream().map(v -> v.metrics().get()).toList());
        int endUseHeightPx = StudyCharts.barChartHeightPx(bars.size());
        JFreeChart waterEnergy = rows.size() == n ? waterEnergy(base.spec().name(), dims, rows) : null;
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "aidcsim-charts");
            t.setDaemon(true);
            return t;
        });
        try {
            // the two charts are drawn side by side, each once as SVG for its file and the report
            Future<byte[]> scatterSvg = pool.submit(() -> ChartTasks.drawAndWrite(scatter, dir.resolve("sweep-pareto"), 1000, 620));
            Future<byte[]> endUseSvg = endUse == null ? null
                    : pool.submit(() -> ChartTasks.drawAndWrite(endUse, dir.resolve("sweep-energy-by-end-use"), 1100,
                            endUseHeightPx));
            Future<byte[]> waterSvg = waterEnergy == null ? null
                    : pool.submit(() -> ChartTasks.drawAndWrite(waterEnergy, dir.resolve("sweep-pue-vs-wue"), 1000, 620));
            String scatterCaption = scatterCaption(recorder, axes, along.size());
            String endUseCaption = endUseCaption(bars.size() == ran.size() && rows.size() == n, bars.size(), along.size());
            String tableNote = rows.size() == n ? "" : String.format(Locale.ROOT, "%s of the %d variants on the Pareto front, "
                    + "of %d in all; sweep.csv lists every variant with every metric.", rows.size() < along.size()
                    ? rows.size() + " evenly spaced" : "All " + rows.size(), along.size(), n);
            boolean[] rowOnFront = new boolean[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                rowOnFront[i] = onFront.get(rows.get(i).index());
            }
            String html = SweepReport.html(new SweepReport.Content(base, dims, n, axes, currency, rows, rowOnFront, tableNote,
                    recorder.failures(), recorder.failedCount(), ChartTasks.done(scatterSvg), scatterCaption,
                    endUseSvg == null ? new byte[0] : ChartTasks.done(endUseSvg), endUseCaption,
                    waterSvg == null ? new byte[0] : ChartTasks.done(waterSvg), WATER_ENERGY_CAPTION));
            AtomicFiles.writeString(dir.resolve("report.html"), html);
        } finally {
            pool.shutdownNow();
        }
        o.println("\nwrote " + dir.resolve("sweep.csv") + ", " + dir.resolve("report.html") + " and charts in " + dir);
        return ExitCodes.OK;
    }

    /** Most variants the PUE-against-WUE chart draws: a letter each. */
    private static final int MAX_WATER_ENERGY_POINTS = 120;
    private static final String WATER_ENERGY_CAPTION = "Water against energy: each climate's designs joined in order of WUE, "
            + "so that its line is the tradeoff there; the letters name the designs under the chart. WUE counts the evaporation "
            + "and blow-down of towers and evaporative air handlers.";

    /** PUE against WUE by climate, when the sweep varies the weather file and has few enough variants; null otherwise. */
    private static JFreeChart waterEnergy(String name, List<SweepDimension> dims, List<Sweep.Variant> rows) {
        List<String> designNames = new ArrayList<>();
        List<CoolingCharts.WaterEnergyPoint> water = rows.size() <= MAX_WATER_ENERGY_POINTS
                ? SweepReport.waterEnergyPoints(dims, rows, designNames) : List.of();
        return water.isEmpty() ? null : CoolingCharts.pueVsWue(name + ": annual PUE against WUE, by climate", water, designNames);
    }

    private static String endUseCaption(boolean everyVariant, int bars, int frontSize) {
        return everyVariant ? "Energy each variant that ran spends beyond its IT load, per MWh of IT energy, by end use (a bar's "
                + "length is (PUE − 1) × 1,000); PUE after each name."
                : "Energy beyond the IT load per MWh of IT energy, by end use, of " + (bars < frontSize ? bars + " variants evenly "
                        + "spaced along the Pareto front" : "the " + bars + " variants on the Pareto front") + "; PUE after each name.";
    }

    /** What the Pareto chart shows: every variant and the front, or a sample of each when there are too many to draw. */
    private static String scatterCaption(SweepRecorder recorder, Metric[] axes, int frontSize) {
        if (recorder.stride() <= 1 && frontSize <= MAX_FRONT_DRAWN) {
            return String.format(Locale.ROOT, "Each variant; the Pareto front (%s %s is better, %s %s is better) in red.",
                    axes[0].label(), axes[0].direction().label(), axes[1].label(), axes[1].direction().label());
        }
        return String.format(Locale.ROOT, "Every %s variant (%d) and %s of the %d on the Pareto front "
                + "(%s %s is better, %s %s is better, in red); sweep.csv has them all.",
                ordinal(recorder.stride()), recorder.sampled().size(), frontSize > MAX_FRONT_DRAWN ? MAX_FRONT_DRAWN
                + " evenly spaced" : "all", frontSize, axes[0].label(), axes[0].direction().label(), axes[1].label(),
                axes[1].direction().label());
    }

    /** The scatter of the sampled variants and the drawn front, each point once. */
    private static JFreeChart scatter(String name, SweepRecorder recorder, Metric[] axes, String currency,
            List<Sweep.Variant> frontDrawn, BitSet onFront) {
        List<double[]> points = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        // the front's points carry their variant's number (the table and sweep.csv say what it is): all of a short
        // front, evenly spaced ones of a long one
        Set<Integer> named = new HashSet<>(evenly(frontDrawn.stream().map(Sweep.Variant::index).toList(), MAX_FRONT_LABELS));
        for (Sweep.Variant v : frontDrawn) {
            MetricValues m = v.metrics().orElseThrow();
            points.add(new double[] {m.value(axes[0]), m.value(axes[1]), 1});
            labels.add(named.contains(v.index()) ? "#" + v.index() : null);
            seen.add(v.index());
        }
        for (double[] p : recorder.sampled()) {
            // a sampled point on the front but not drawn as such stays out: the red line is the front
            if (!onFront.get((int) p[0])) {
                points.add(new double[] {p[1], p[2], 0});
                labels.add(null);
            }
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        boolean[] front = new boolean[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = axes[0].shown(points.get(i)[0]);
            y[i] = axes[1].shown(points.get(i)[1]);
            front[i] = points.get(i)[2] == 1;
        }
        return StudyCharts.paretoScatter(name + ": " + axes[1].label() + " against " + axes[0].label() + ", each variant",
                axes[0].axisLabel(currency), axes[1].axisLabel(currency), x, y, front, labels.toArray(String[]::new),
                largestShown(axes[0]), largestShown(axes[1]));
    }

    /** At most {@code max} items of {@code items}, evenly spaced, the first and last included. */
    static List<Integer> evenly(List<Integer> items, int max) {
        if (items.size() <= max) {
            return items;
        }
        List<Integer> out = new ArrayList<>(max);
        for (int k = 0; k < max; k++) {
            out.add(items.get((int) Math.round(k * (items.size() - 1) / (double) (max - 1))));
        }
        return out;
    }

    private static String ordinal(int k) {
        if (k == 1) {
            return "";
        }
        String suffix = k % 100 >= 11 && k % 100 <= 13 ? "th" : switch (k % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return k + suffix;
    }

    /** A folder this command created and left empty (a sweep that failed) is removed again. */
    private static void removeIfEmpty(Path dir, boolean existed) {
        if (existed) {
            return;
        }
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(dir);
            }
        } catch (IOException e) {
            // nothing there, or not ours to tidy: leave it
        }
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
                throw new ScenarioException(List.of(new Issue(new Location("--pareto", 0, 0), "",
                        Metric.unknownKeyMessage(p[i].trim(), keys))));
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
        if (out[0] == out[1]) {
            // one metric against itself: every point is on the diagonal and the front is its best point
            throw new ScenarioException(List.of(new Issue(new Location("--pareto", 0, 0), "", "the same metric twice (expected two "
                    + "different metrics X,Y, found \"" + pareto + "\")")));
        }
        return out;
    }

    /** A fraction (availability, an efficiency) cannot exceed 100 %; other metrics have no upper bound. */
    private static double largestShown(Metric m) {
        return m.unit() == ReportUnit.FRACTION ? m.shown(1.0) : Double.POSITIVE_INFINITY;
    }

}
