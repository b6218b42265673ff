package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.aidcsim.engine.TransientEngine;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.engine.TransientResult;
import org.aidcsim.engine.TransientSeries;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.ChartFiles;
import org.aidcsim.report.TransientChart;
import org.aidcsim.report.RideThroughReport;
import org.aidcsim.report.TransientReport;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.RideThroughCompiler;
import org.aidcsim.site.RideThroughStudy;
import org.aidcsim.site.TransientCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Runs a scenario's transient window: outages, sags, load swings, backup layers. */
@Command(name = "transient", mixinStandardHelpOptions = true,
        description = {"Runs the scenario's transient window at millisecond steps with its backup layers.",
            "Outages, sags, training swings, inference bursts; supercapacitor -> battery -> generator.",
            "Writes DIR/transient.csv, DIR/summary.json (ride_through, grid_side) and DIR/transient-power.png/.svg."})
final class TransientCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private QuietOption quiet;

    @Mixin
    private ScenarioInOut io;

    /** Steps from which a terminal shows progress: about a second at the measured 35 million steps per second. */
    static final long LONG_TRANSIENT_STEPS = 30_000_000L;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!OptionChecks.pass(err, () -> OptionChecks.outputFolder("--out", io.outOption()))) {
            return ExitCodes.INVALID_INPUT;
        }
        TransientModel model;
        Optional<RideThroughCompiler.Setup> cooling;
        try {
            CompiledScenario compiled = SiteCompiler.compile(ScenarioLoader.load(io.file()));
            cooling = RideThroughCompiler.compile(compiled);
            model = TransientCompiler.compile(compiled, cooling);
        } catch (ScenarioException e) {
            ScenarioIssues.print(err, e);
            return ExitCodes.INVALID_INPUT;
        }
        // a bar only for a window long enough to wait for (about a second of work and more)
        TerminalProgress progress = new TerminalProgress(err, "transient", " steps", model.steps(),
                System.console() != null && model.steps() > LONG_TRANSIENT_STEPS);
        TransientEngine.Recorded recorded = TransientEngine.runRecorded(model, progress::advanceTo);
        TransientResult result = recorded.result();
        TransientSeries series = recorded.series();
        progress.advanceTo(model.steps());
        progress.finish();
        Path dir = io.folder(model.name(), "-transient");
        var o = quiet.out(spec.commandLine().getOut());
        Optional<RideThroughStudy.Outcome> thermal = cooling.map(c -> RideThroughStudy.evaluate(c, model, result, series));
        o.print(TransientReport.table(model, result));
        thermal.ifPresent(t -> o.print(RideThroughReport.table(t)));
        try {
            AtomicFiles.writeString(dir.resolve("transient.csv"), TransientReport.csv(series, model.inRack().isPresent(),
                    thermal));
            AtomicFiles.writeString(dir.resolve("summary.json"), TransientReport.json(VersionProvider.version(), io.file().toString(), model,
                    result, thermal));
            var powerChart = TransientChart.powerBySource(model, series);
            Path[] chart = ChartFiles.write(powerChart, dir.resolve("transient-power"), 1100, 560);
            if (thermal.isPresent()) {
                Path[] temps = ChartFiles.write(RideThroughReport.chart(model, thermal.get()), dir.resolve("transient-temperatures"), 1100,
                        560);
                chart = new Path[] {chart[0], chart[1], temps[0], temps[1]};
            }
            AtomicFiles.writeString(dir.resolve("report.html"), TransientReport.html(io.file().toString(), model, result, powerChart,
                    thermal));
            o.println("\nwrote " + dir.resolve("transient.csv") + ", " + dir.resolve("summary.json") + ", " + dir.resolve("report.html")
                    + ", " + String.join(", ", Arrays.stream(chart).map(Path::toString).toList()));
        } catch (IOException e) {
            err.println("aidcsim: cannot write to " + dir + ": " + e);
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
