package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.ChainOutputs;
import org.aidcsim.report.ChainTable;
import org.aidcsim.report.ChartFiles;
import org.aidcsim.report.PowerCharts;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the power chain stage by stage at one IT load. */
@Command(name = "chain", mixinStandardHelpOptions = true,
        description = {"Prints the power chain stage by stage at one IT load: units, load, efficiency, loss.",
            "With --out, also writes DIR/chain.json, DIR/chain.csv and the loss chart (PNG and SVG);",
            "with --format json, prints chain.json on standard output and nothing else."})
final class ChainCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private QuietOption quiet;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file.")
    private Path file;

    @Option(names = {"-l", "--load"}, paramLabel = "FRACTION", defaultValue = "1.0",
            description = "IT load as a fraction of design, in (0, 1.5] (default: ${DEFAULT-VALUE}).")
    private double load;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write chain.json, chain.csv and chain-losses.png/.svg here.")
    private Path out;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!OptionChecks.pass(err, () -> OptionChecks.outputFolder("--out", out))) {
            return ExitCodes.INVALID_INPUT;
        }
        if (!(load > 0 && load <= 1.5)) {
            err.println("aidcsim chain: --load must be in (0, 1.5] (expected a fraction of design IT load, found " + load + ")");
            return ExitCodes.INVALID_INPUT;
        }
        CompiledScenario compiled;
        try {
            compiled = SiteCompiler.compile(ScenarioLoader.load(file));
        } catch (ScenarioException e) {
            ScenarioIssues.print(err, e);
            return ExitCodes.INVALID_INPUT;
        }
        ChainPoint point = ChainPoint.of(compiled.model(), load);
        String name = compiled.model().name();
        String json = ChainOutputs.json(name, load, point);
        var o = format.json() ? spec.commandLine().getOut() : quiet.out(spec.commandLine().getOut());
        if (format.json()) {
            o.print(json);
        } else {
            o.printf(Locale.ROOT, "%s: power chain at %.0f %% of design IT load%n%n", name, 100 * load);
            o.print(ChainTable.render(point));
        }
        if (out != null) {
            try {
                AtomicFiles.writeString(out.resolve("chain.json"), json);
                AtomicFiles.writeString(out.resolve("chain.csv"), ChainOutputs.csv(point));
                Path[] written = ChartFiles.write(PowerCharts.lossesByStage(name + ": losses at " + Math.round(100 * load) + " % load",
                        point), out.resolve("chain-losses"), 1000, 600);
                // with JSON on standard output, standard output holds nothing else
                (format.json() ? err : o).println((format.json() ? "" : "\n") + "wrote "
                        + out.resolve("chain.json") + ", " + out.resolve("chain.csv") + ", " + written[0] + " and " + written[1]);
            } catch (IOException e) {
                err.println("aidcsim: cannot write to " + out + ": " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        return ExitCodes.OK;
    }
}
