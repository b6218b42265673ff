package org.aidcsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidcsim.metrics.Direction;
import org.aidcsim.metrics.Metric;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.HtmlReport;
import org.aidcsim.report.Numbers;
import org.aidcsim.report.StudyCharts;
import org.aidcsim.report.SweepCsv;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.study.PortfolioPlan;
import org.aidcsim.sweep.Pareto;
import org.aidcsim.sweep.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Ranks every candidate site with every candidate design: the scenario's portfolio section. */
@Command(name = "portfolio", mixinStandardHelpOptions = true,
        description = {"Runs every candidate site of the scenario's portfolio section with every candidate design on all cores, "
                + "ranks the pairs by the first rank_by metric and marks the Pareto front of the two.",
            "Writes DIR/portfolio.csv (one row per pair, rank and front marked), DIR/report.html and a chart."})
final class PortfolioCommand implements Callable<Integer> {
    /** Pairs the console and the report's table list, best first; portfolio.csv has them all. */
    static final int MAX_LISTED = 30;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private QuietOption quiet;

    @Mixin
    private ScenarioInOut io;

    @Mixin
    private ThreadsOption threads;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!OptionChecks.pass(err, () -> OptionChecks.outputFolder("--out", io.outOption()),
                threads::check)) {
            return ExitCodes.INVALID_INPUT;
        }
        ChartTasks.warmUpInBackground();
        PortfolioPlan plan;
        try {
            plan = PortfolioPlan.read(ScenarioLoader.load(io.file()));
        } catch (ScenarioException e) {
            ScenarioIssues.print(err, e);
            return ExitCodes.INVALID_INPUT;
        }
        int n = plan.size();
        Path dir = io.folder(plan.base().spec().name(), "-portfolio");
        TerminalProgress progress = new TerminalProgress(err, "portfolio", " pairs", n, System.console() != null);
        List<Sweep.Variant> pairs = new ArrayList<>(n);
        try {
            Sweep.run(n, plan::pair, threads.workers(), progress,
                    new Sweep.Sink<Sweep.Variant>() {
                        @Override
                        public Sweep.Variant prepare(Sweep.Variant v) {
                            return v;
                        }

                        @Override
                        public void accept(Sweep.Variant v) {
                            pairs.add(v);
                        }
                    });
            progress.finish();
            write(plan, pairs, dir);
            return ExitCodes.OK;
        } catch (IOException e) {
            progress.finish();
            err.println("aidcsim: cannot write to " + dir + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private void write(PortfolioPlan plan, List<Sweep.Variant> pairs, Path dir) throws IOException {
        Metric first = plan.rankBy().get(0);
        Metric second = plan.rankBy().get(1);
        double[] x = pairs.stream().mapToDouble(v -> v.metrics().map(m -> m.value(first)).orElse(Double.NaN)).toArray();
        double[] y = pairs.stream().mapToDouble(v -> v.metrics().map(m -> m.value(second)).orElse(Double.NaN)).toArray();
        boolean[] front = Pareto.front(x, first.direction(), y, second.direction());
        // best first by the first metric; failures last, in pair order
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> better = Comparator.comparingDouble(i -> first.direction() == Direction.HIGHER_IS_BETTER ? -x[i] : x[i]);
        order.sort(Comparator.comparing((Integer i) -> Double.isNaN(x[i])).thenComparing(better).thenComparing(i -> i));
        int[] rank = new int[pairs.size()];
        for (int r = 0; r < order.size(); r++) {
            rank[order.get(r)] = r + 1;
        }
        String currency = plan.base().spec().economics().inputs().currency();
        var o = quiet.out(spec.commandLine().getOut());
        o.printf(Locale.ROOT, "%s: %d sites × %d designs, ranked by %s; Pareto front on %s and %s: %d pair(s)%n",
                plan.base().spec().name(), plan.sites().size(), plan.designs().size(), first.key(), first.key(), second.key(),
                countTrue(front));
        List<List<String>> rows = new ArrayList<>();
        boolean[] highlight = new boolean[Math.min(MAX_LISTED, order.size())];
        for (int r = 0; r < highlight.length; r++) {
            int i = order.get(r);
            Sweep.Variant v = pairs.get(i);
            highlight[r] = front[i];
            rows.add(List.of(String.valueOf(r + 1), plan.site(i), plan.design(i), v.metrics().map(m -> first.format(m.value(first)))
                    .orElse("failed"), v.metrics().map(m -> second.format(m.value(second))).orElse(""), front[i] ? "yes" : "",
                    v.error()));
            o.printf(Locale.ROOT, "  %3d  %-24s %-24s %s %s  %s %s%s%n", r + 1, plan.site(i), plan.design(i), first.label(),
                    v.metrics().map(m -> first.formatWithUnit(m.value(first), currency)).orElse("failed: " + v.error()), second.label(),
                    v.metrics().map(m -> second.formatWithUnit(m.value(second), currency)).orElse(""), front[i] ? "  *pareto" : "");
        }
        AtomicFiles.write(dir.resolve("portfolio.csv"), out -> {
            StringBuilder sb = new StringBuilder("pair,site,design,rank,pareto,status");
            for (Metric m : Metric.values()) {
                sb.append(',').append(m.key());
            }
            sb.append(",error\n");
            for (int i = 0; i < pairs.size(); i++) {
                Sweep.Variant v = pairs.get(i);
                sb.append(i).append(',').append(SweepCsv.quote(plan.site(i))).append(',').append(SweepCsv.quote(plan.design(i)))
                        .append(',').append(rank[i]).append(',').append(front[i] ? "yes" : "no").append(',')
                        .append(v.metrics().isPresent() ? "ok" : "failed");
                for (Metric m : Metric.values()) {
                    sb.append(',');
                    v.metrics().ifPresent(values -> Numbers.appendFull(sb, values.value(m)));
                }
                sb.append(',').append(SweepCsv.quote(v.error())).append('\n');
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        });
        String[] labels = new String[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            labels[i] = front[i] ? plan.site(i) + " / " + plan.design(i) : null;
        }
        HtmlReport h = new HtmlReport("aidcsim portfolio: " + plan.base().spec().name(), String.format(Locale.ROOT,
                "%d sites × %d designs, ranked by %s", plan.sites().size(), plan.designs().size(), first.label()));
        h.heading("Pairs, best " + first.label() + " first (Pareto front on " + first.label() + " and " + second.label()
                + " highlighted)");
        h.table(List.of("rank", "site", "design", first.axisLabel(currency), second.axisLabel(currency), "Pareto front", "error"), rows,
                highlight);
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            xs[i] = first.shown(x[i]);
            ys[i] = second.shown(y[i]);
        }
        h.chart(ChartTasks.drawAndWrite(StudyCharts.paretoScatter(plan.base().spec().name() + ": " + second.label() + " against "
                + first.label() + ", each site and design", first.axisLabel(currency), second.axisLabel(currency), xs, ys, front, labels,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY), dir.resolve("portfolio-pareto"), 1000, 620),
                "Every pair; the Pareto front (named) in red.");
        AtomicFiles.writeString(dir.resolve("report.html"), h.render());
        o.println("\nwrote " + dir.resolve("portfolio.csv") + ", " + dir.resolve("report.html") + " and a chart in " + dir);
    }

    private static int countTrue(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }
}
