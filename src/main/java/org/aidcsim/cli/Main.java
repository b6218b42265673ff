package org.aidcsim.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the aidcsim command. */
@Command(name = "aidcsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Simulates the power and cooling of AI data centers from a scenario file.",
        subcommands = {RunCommand.class, ChainCommand.class, CompareCommand.class, DensityCommand.class, TransientCommand.class, SweepCommand.class, StudyCommand.class, PortfolioCommand.class, AvailabilityCommand.class, ValidateCommand.class, ServeCommand.class, SchemaCommand.class, CatalogCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error or an output that could not be written",
            "2:invalid input: scenario, weather file or command line"})
public final class Main implements Runnable {
    @picocli.CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // Reports name units and quantities in UTF-8 (°C, m³, →) whatever the platform's default charset.
        System.exit(execute(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs a command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        // --format json and --format JSON alike
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("aidcsim: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            commandLine.getErr().println("This is a bug in aidcsim; please report it with the scenario that caused it.");
            return ExitCodes.FAILURE;
        });
        try {
            return cl.execute(args);
        } finally {
            // print() does not autoflush and main() exits right after: flush so nothing is lost.
            out.flush();
            err.flush();
        }
    }
}
