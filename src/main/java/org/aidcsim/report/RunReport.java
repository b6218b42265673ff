package org.aidcsim.report;

import java.util.List;
import org.aidcsim.engine.AnnualRun;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.metrics.Sizing;

/**
 * Everything a run report shows.
 *
 * @param toolVersion aidcsim version
 * @param scenarioFile the scenario file as given
 * @param description the scenario's description, or empty
 * @param run the run
 * @param sizing design figures
 * @param designChain the power chain at design IT load
 * @param warnings what the user should know
 */
public record RunReport(String toolVersion, String scenarioFile, String description, AnnualRun run, Sizing sizing,
        ChainPoint designChain, List<String> warnings) {
    public RunReport {
        warnings = List.copyOf(warnings);
    }
}
