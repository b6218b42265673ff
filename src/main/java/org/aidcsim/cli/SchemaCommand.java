package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.OutputsReference;
import org.aidcsim.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the JSON Schema of the scenario format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema (draft-07) of the scenario format, the same as schema/scenario.schema.json,",
            "or, with --markdown and --outputs, the references of the scenario format and of the outputs."})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--markdown", description = "Print the field-by-field reference in Markdown instead (docs/scenario-format.md).")
    private boolean markdown;

    @Option(names = "--outputs", description = "Print the reference of every output metric in Markdown instead (docs/outputs.md).")
    private boolean outputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        String schema = outputs ? OutputsReference.markdown() : markdown ? ScenarioSchema.markdown() : ScenarioSchema.json();
        if (output == null) {
            spec.commandLine().getOut().print(schema);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.writeString(output, schema);
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("aidcsim: cannot write " + output + ": " + e);
            return ExitCodes.FAILURE;
        }
    }
}
