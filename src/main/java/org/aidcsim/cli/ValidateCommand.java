package org.aidcsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aidcsim.scenario.ScenarioCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
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
            try {
                ScenarioCompiler.compile(ScenarioLoader.load(f));
                spec.commandLine().getOut().println(f + ": valid");
            } catch (ScenarioException e) {
                ScenarioIssues.print(spec.commandLine().getErr(), e);
                code = ExitCodes.INVALID_INPUT;
            }
        }
        return code;
    }
}
