package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidcsim.availability.AvailabilityModel;
import org.aidcsim.availability.AvailabilityResult;
import org.aidcsim.availability.MonteCarlo;
import org.aidcsim.availability.PowerPathStructure;
import org.aidcsim.engine.AnnualRun;
import org.aidcsim.power.Architecture;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.AvailabilityReport;
import org.aidcsim.report.ChartFiles;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Monte Carlo availability of the scenario's power chain, backup and CDUs. */
@Command(name = "availability", mixinStandardHelpOptions = true,
        description = {"Estimates how often the IT load loses power (Monte Carlo over many years).",
            "Seeded and parallel; models the chain's redundancy, batteries, generators and CDUs.",
            "With --architectures, compares presets. Writes DIR/summary.json (availability) and DIR/downtime.png/.svg."})
final class AvailabilityCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private QuietOption quiet;

    @Mixin
    private ScenarioInOut io;

    @Option(names = {"-y", "--years"}, paramLabel = "N", description = "Years to simulate (default: availability.years).")
    private Double years;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: availability.seed).")
    private Long seed;

    @Option(names = {"-a", "--architectures"}, split = ",", paramLabel = "NAME", completionCandidates = ArchitectureKeys.class,
            description = "Compare these preset architectures: ${COMPLETION-CANDIDATES}.")
    private List<String> architectures;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!OptionChecks.pass(err, () -> OptionChecks.outputFolder("--out", io.outOption()),
                () -> OptionChecks.inRange("--years", years == null ? 100 : years, 100, 1e9))) {
            return ExitCodes.INVALID_INPUT;
        }
        List<String> labels = new ArrayList<>();
        List<CompiledScenario> designs = new ArrayList<>();
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load(io.file());
            if (architectures == null || architectures.isEmpty()) {
                designs.add(SiteCompiler.compile(loaded));
                labels.add(loaded.spec().name());
            } else {
                for (String name : architectures) {
                    var arch = Architecture.ofKey(name.trim());
                    if (arch.isEmpty()) {
                        err.println("aidcsim availability: --architectures: unknown architecture (expected one of "
                                + String.join(", ", Arrays.stream(Architecture.values()).map(Architecture::key).toList()) + ", found \""
                                + name + "\")");
                        return ExitCodes.INVALID_INPUT;
                    }
                    designs.add(SiteCompiler.compileWithArchitecture(loaded, arch.get()));
                    labels.add(arch.get().key());
                }
            }
        } catch (ScenarioException e) {
            ScenarioIssues.print(err, e);
            return ExitCodes.INVALID_INPUT;
        }
        double n = years != null ? years : loaded.spec().availability().years();
        long s = seed != null ? seed : loaded.spec().availability().seed();
        var o = format.json() ? spec.commandLine().getOut() : quiet.out(spec.commandLine().getOut());
        List<AvailabilityResult> results = new ArrayList<>();
        var root = AvailabilityReport.root();
        root.put("aidcsim_version", VersionProvider.version());
        root.put("scenario", io.file().toString());
        var section = designs.size() == 1 ? root.putObject("availability") : root.putObject("availability_by_architecture");
        long yearsEach = Math.round(n);
        TerminalProgress progress = new TerminalProgress(err, "availability", " simulated years", designs.size() * yearsEach,
                System.console() != null && !format.json());
        for (int i = 0; i < designs.size(); i++) {
            CompiledScenario c = designs.get(i);
            double peak = AnnualRun.metricsOnly(c.model()).peakFacilityPowerW();
            AvailabilityModel model = PowerPathStructure.build(c.model().name(), c.model().powerChain(), c.model().cooling().liquid(),
                    c.backup(), c.scenario().spec().availability(), peak, c.model().designItPowerW());
            long offset = i * yearsEach;
            AvailabilityResult r = MonteCarlo.run(model, n, s, chunks -> progress.advanceTo(offset + yearsEach * chunks / MonteCarlo.CHUNKS));
            results.add(r);
            if (designs.size() == 1) {
                section.setAll(AvailabilityReport.json(r, s));
            } else {
                section.set(labels.get(i), AvailabilityReport.json(r, s));
            }
        }
        // the tables after the bar has ended its line, not through it
        progress.finish();
        if (!format.json()) {
            for (int i = 0; i < results.size(); i++) {
                o.print(AvailabilityReport.table(labels.get(i), results.get(i)));
            }
        }
        Path dir = io.folder(loaded.spec().name(), "-availability");
        try {
            AtomicFiles.writeString(dir.resolve("summary.json"), AvailabilityReport.toJson(root));
            var downtime = AvailabilityReport.downtimeChart("Expected downtime of the IT load", labels, results);
            Path[] chart = ChartFiles.write(downtime, dir.resolve("downtime"), 900, 520);
            AtomicFiles.writeString(dir.resolve("report.html"), AvailabilityReport.html(io.file().toString(), labels, results, downtime));
            String wrote = "wrote " + dir.resolve("summary.json") + ", " + dir.resolve("report.html") + ", " + chart[0] + " and " + chart[1];
            if (format.json()) {
                // summary.json on standard output, and nothing else there
                o.print(AvailabilityReport.toJson(root));
                err.println(wrote);
            } else {
                o.println("\n" + wrote);
            }
        } catch (IOException e) {
            err.println("aidcsim: cannot write to " + dir + ": " + e);
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
