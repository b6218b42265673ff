package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidcsim.cooling.CoolingTechnology;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.ChartFiles;
import org.aidcsim.report.CsvTable;
import org.aidcsim.report.CoolingCharts;
import org.aidcsim.metrics.Metric;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.sweep.DensityStudy;
import org.aidcsim.sweep.SweepDimension;
import org.aidcsim.sweep.SweepDimensions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** PUE against rack density for each cooling technology, in the scenario's climate. */
@Command(name = "density", mixinStandardHelpOptions = true,
        description = {"Charts annual PUE against rack density for each cooling technology.",
            "Runs in the scenario's climate and on its power chain, keeping its design IT load.",
            "Writes DIR/pue-vs-density.csv and .png/.svg."})
final class DensityCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private QuietOption quiet;

    @Mixin
    private ScenarioInOut io;

    @Option(names = {"-d", "--densities"}, split = ",", paramLabel = "KW",
            defaultValue = "5,10,15,20,30,40,60,80,100,130,160,200",
            description = "Rack powers to try, kW (default: ${DEFAULT-VALUE}).")
    private List<Double> densities;

    @Option(names = {"-t", "--technologies"}, split = ",", paramLabel = "NAME", defaultValue = "air,cold_plate,immersion,spray",
            description = "Cooling technologies (default: ${DEFAULT-VALUE}).")
    private List<String> technologies;

    @Option(names = {"-s", "--set"}, paramLabel = "PATH=VALUES",
            description = "Also try each value of a field with every technology (repeatable), one line each: "
                    + "path=v1,v2,… or path=from:to:step, e.g. cooling.liquid.coolant=water,pg25 or "
                    + "cooling.liquid.facility_supply_temp_c=30,40.")
    private List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!OptionChecks.pass(err, () -> OptionChecks.outputFolder("--out", io.outOption()))) {
            return ExitCodes.INVALID_INPUT;
        }
        List<CoolingTechnology> techs = new ArrayList<>();
        for (String t : technologies) {
            var match = CoolingTechnology.ofKey(t.trim());
            if (match.isEmpty()) {
                err.println("aidcsim density: --technologies: unknown technology (expected one of "
                        + String.join(", ", CoolingTechnology.BUILT_IN.stream().map(CoolingTechnology::key).toList())
                        + ", found \"" + t + "\")");
                return ExitCodes.INVALID_INPUT;
            }
            techs.add(match.get());
        }
        for (double d : densities) {
            if (!(d > 0 && d <= 2000)) {
                err.println("aidcsim density: --densities: out of range (expected rack powers from 0 to 2000 kW, found " + d + ")");
                return ExitCodes.INVALID_INPUT;
            }
        }
        LoadedScenario base;
        try {
            base = ScenarioLoader.load(io.file());
        } catch (ScenarioException e) {
            ScenarioIssues.print(err, e);
            return ExitCodes.INVALID_INPUT;
        }
        List<SweepDimension> dims = new ArrayList<>();
        DensityStudy.Plan plan;
        try {
            for (String option : sets) {
                SweepDimension d = SweepDimensions.fromOption(option);
                if (d.path().equals("cooling.technology") || d.path().startsWith("it.groups")) {
                    throw OptionChecks.problem("--set", "\"" + d.path() + "\" is what density varies itself (expected another "
                            + "field; choose technologies with --technologies and rack powers with --densities)");
                }
                if (dims.stream().anyMatch(x -> x.path().equals(d.path()))) {
                    throw OptionChecks.problem("--set", "\"" + d.path() + "\" is given twice (expected each path once, with all "
                            + "its values: path=v1,v2,…)");
                }
                dims.add(d);
            }
            long lines = techs.size();
            for (SweepDimension d : dims) {
                lines *= d.values().size();
            }
            if (lines > CoolingCharts.MAX_DENSITY_LINES) {
                throw OptionChecks.problem("--set", "too many lines for one chart (expected at most "
                        + CoolingCharts.MAX_DENSITY_LINES + " technologies × values, found " + lines
                        + "); use aidcsim sweep for larger studies");
            }
            plan = DensityStudy.check(base, techs, densities, dims);
        } catch (ScenarioException e) {
            ScenarioIssues.print(err, e);
            return ExitCodes.INVALID_INPUT;
        }
        List<DensityStudy.Point> points = DensityStudy.run(plan);
        var o = quiet.out(spec.commandLine().getOut());
        List<Metric> columns = List.of(Metric.PUE, Metric.PPUE_COOLING, Metric.FACILITY_ENERGY_MWH);
        List<String> header = new ArrayList<>(List.of("technology"));
        dims.forEach(d -> header.add(d.path()));
        header.add("rack_power_kw");
        columns.forEach(m -> header.add(m.key()));
        header.add("note");
        CsvTable csv = new CsvTable(header);
        int width = Math.max(20, points.stream().mapToInt(p -> p.line().length()).max().orElse(0) + 2);
        String format = "%-" + width + "s %14.0f %10s  %s%n";
        o.printf(Locale.ROOT, "%-" + width + "s %14s %10s  %s%n", dims.isEmpty() ? "technology" : "technology, values", "rack power kW",
                "PUE", "");
        for (DensityStudy.Point p : points) {
            String pue = p.values().map(v -> Metric.PUE.format(v.value(Metric.PUE))).orElse("-");
            o.printf(Locale.ROOT, format, p.line(), p.rackPowerKw(), pue,
                    p.reason().isEmpty() ? "" : "infeasible: " + p.reason());
            List<Object> row = new ArrayList<>(List.of(p.technology()));
            row.addAll(p.setValues());
            row.add(p.rackPowerKw());
            for (Metric m : columns) {
                row.add(p.values().map(v -> v.value(m)).orElse(null));
            }
            row.add(p.reason().isEmpty() ? "" : "infeasible: " + p.reason());
            csv.row(row);
        }
        Path dir = io.folder(base.spec().name(), "");
        try {
            AtomicFiles.writeString(dir.resolve("pue-vs-density.csv"), csv.toString());
            Path[] chart = ChartFiles.write(CoolingCharts.pueVsDensity(base.spec().name() + ": PUE against rack density"
                    + (plan.climate().isEmpty() ? "" : ", " + plan.climate()), points),
                    dir.resolve("pue-vs-density"), 1000, 600);
            o.println("\nwrote " + dir.resolve("pue-vs-density.csv") + ", " + chart[0] + " and " + chart[1]);
        } catch (IOException e) {
            err.println("aidcsim: cannot write to " + dir + ": " + e);
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
