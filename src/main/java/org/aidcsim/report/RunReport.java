package org.aidcsim.report;

import java.util.List;
import org.aidcsim.sweep.Evaluation;

/**
 * Everything a run report shows.
 *
 * @param toolVersion aidcsim version
 * @param scenarioFile the scenario file as given
 * @param description the scenario's description, or empty
 * @param evaluation the run, its sizing, chain and economics
 * @param warnings what the user should know
 */
public record RunReport(String toolVersion, String scenarioFile, String description, Evaluation evaluation, List<String> warnings) {
    public RunReport {
        warnings = List.copyOf(warnings);
    }
}
