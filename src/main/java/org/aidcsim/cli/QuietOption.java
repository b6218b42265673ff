package org.aidcsim.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Option;

/** {@code --quiet}, shared by every command that prints a summary: nothing but errors on the terminal. */
final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (JSON asked for with --format json still prints).")
    private boolean quiet;

    /** Standard output, or a sink that drops everything when quiet. */
    PrintWriter out(PrintWriter standardOutput) {
        return quiet ? new PrintWriter(Writer.nullWriter()) : standardOutput;
    }
}
