package org.aidcsim.report;

import java.util.List;
import java.util.Optional;
import org.aidcsim.engine.StepResolution;
import org.aidcsim.standards.StandardsAssessment;
import org.aidcsim.site.Evaluation;

/**
 * Everything a run report shows.
 *
 * @param toolVersion aidcsim version
 * @param scenarioFile the scenario file as given
 * @param description the scenario's description, or empty
 * @param evaluation the run, its sizing, chain and economics
 * @param warnings what the user should know
 * @param resolution for steps shorter than an hour, what an hourly view of the same site shows instead
 * @param standards the design judged by the standards, assessed once for summary.json and the report
 */
public record RunReport(String toolVersion, String scenarioFile, String description, Evaluation evaluation, List<String> warnings,
        Optional<StepResolution> resolution, StandardsAssessment standards) {
    public RunReport {
        warnings = List.copyOf(warnings);
    }

    /** A report with the step-resolution comparison made from the evaluation's own series. */
    public static RunReport of(String toolVersion, String scenarioFile, String description, Evaluation evaluation,
            List<String> warnings) {
        Optional<StepResolution> resolution = evaluation.series().flatMap(series -> StepResolution.of(
                evaluation.scenario().model(), evaluation.metrics(), series));
        return new RunReport(toolVersion, scenarioFile, description, evaluation, warnings, resolution, evaluation.standards());
    }
}
