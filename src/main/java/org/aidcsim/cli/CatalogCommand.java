package org.aidcsim.cli;

import java.util.concurrent.Callable;
import org.aidcsim.report.CatalogListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the equipment catalogues with their sources. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Lists what the catalogues hold, each entry with its source: the preset power architectures stage by stage",
            "(efficiency at part load), the coolants, the IT systems (it.groups[].system) and the default prices."})
final class CatalogCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private FormatOption format;

    @Option(names = "--json", description = "The same as --format json.")
    private boolean json;

    @Override
    public Integer call() {
        if (json && !format.json() && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            spec.commandLine().getErr().println("aidcsim catalog: --json and --format text ask for two outputs (expected one of "
                    + "them, found both)");
            return ExitCodes.INVALID_INPUT;
        }
        spec.commandLine().getOut().print(json || format.json() ? CatalogListing.json() : CatalogListing.text());
        return ExitCodes.OK;
    }
}
