package org.aidcsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.scenario.LoadedScenario;

import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.TransientCompiler;
import org.aidcsim.schema.Issue;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimension;
import org.aidcsim.sweep.SweepDimensions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario files without running them.",
            "Strict: unknown keys, types, ranges, relations between fields and the weather file.",
            "Every problem is reported as FILE:LINE:COL: path: message (expected ..., found ...).",
            "Exits 0 when every file is valid, 2 otherwise."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files.")
    private List<Path> files;

    @Override
    public Integer call() {
        int code = ExitCodes.OK;
        for (Path f : files) {
            List<Issue> issues = new ArrayList<>();
            try {
                LoadedScenario loaded = ScenarioLoader.load(f);
                try {
                    // warnings (a weather file read with repairs, an assumed backup) are said as run says them
                    CompiledScenario compiled = SiteCompiler.compile(loaded);
                    compiled.warnings().forEach(w -> spec.commandLine().getErr().println(f + ": warning: " + w));
                    if (loaded.spec().transientWindow().isPresent()) {
                        // what transient reads besides the scenario: the load trace
                        TransientCompiler.compile(compiled);
                    }
                } catch (ScenarioException e) {
                    issues.addAll(e.issues());
                }
                // the sweep section is checked as the sweep command checks it: paths, values, sizes; a dimension
                // that cannot be read does not keep the others from being checked
                List<SweepDimension> sweep = SweepDimensions.fromScenario(loaded, issues);
                if (!sweep.isEmpty()) {
                    try {
                        Sweep.check(loaded, sweep);
                    } catch (ScenarioException e) {
                        issues.addAll(e.issues());
                    }
                }
            } catch (ScenarioException e) {
                issues.addAll(e.issues());
            }
            if (issues.isEmpty()) {
                spec.commandLine().getOut().println(f + ": valid");
            } else {
                ScenarioIssues.print(spec.commandLine().getErr(), new ScenarioException(issues));
                code = ExitCodes.INVALID_INPUT;
            }
        }
        return code;
    }
}
