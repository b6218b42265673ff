package org.aidcsim.site;

import java.util.List;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.economics.EconomicInputs;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.location.Jurisdiction;
import org.aidcsim.standards.StandardsParams;

/**
 * A scenario turned into a runnable model.
 *
 * @param scenario the validated scenario
 * @param model the sized site
 * @param backup the backup layers: the file's, the assumed ones, or {@link BackupParams#NONE}
 * @param backupOrigin where the backup comes from
 * @param economics prices, finance and carbon, hourly intensities read
 * @param standards the standards' inputs, hourly series read
 * @param jurisdiction the site's country and region, which decide the rules and the default prices
 * @param capacity every plant item against the design basis
 * @param warnings things the user should know that do not stop the run (repaired weather data)
 */
public record CompiledScenario(LoadedScenario scenario, SiteModel model, BackupParams backup, BackupParams.Origin backupOrigin,
        EconomicInputs economics, StandardsParams standards, Jurisdiction jurisdiction, CapacityTable capacity,
        List<String> warnings) {
    public CompiledScenario {
        warnings = List.copyOf(warnings);
    }
}
