package org.aidcsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario file and the output folder, as every command that runs one scenario and writes
 * files takes them ({@code run}, {@code availability}, {@code density}, {@code sweep},
 * {@code transient}): one wording, one default rule.
 */
final class ScenarioInOut {
    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
    private Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: out/<scenario name>, with -availability, -sweep or -transient after the "
                    + "name for those commands).")
    private Path out;

    Path file() {
        return file;
    }

    /** The folder given with --out, or null when none was given (for the option's checks). */
    Path outOption() {
        return out;
    }

    /** The folder to write to: --out, or out/ and the scenario's name followed by {@code suffix}. */
    Path folder(String scenarioName, String suffix) {
        return out != null ? out : Path.of("out", scenarioName + suffix);
    }
}
