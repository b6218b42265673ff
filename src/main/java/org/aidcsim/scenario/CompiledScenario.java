package org.aidcsim.scenario;

import java.util.List;
import org.aidcsim.engine.SiteModel;

/**
 * A scenario turned into a runnable model.
 *
 * @param scenario the validated scenario
 * @param model the sized site
 * @param warnings things the user should know that do not stop the run (repaired weather data)
 */
public record CompiledScenario(LoadedScenario scenario, SiteModel model, List<String> warnings) {
    public CompiledScenario {
        warnings = List.copyOf(warnings);
    }
}
