package org.aidcsim.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, shared by the commands that can print JSON for a script. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What standard output gets: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json prints the "
                    + "command's JSON and nothing else.")
    private OutputFormat format;

    boolean json() {
        return format == OutputFormat.JSON;
    }
}
