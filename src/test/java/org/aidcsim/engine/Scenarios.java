package org.aidcsim.engine;

import java.nio.file.Path;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioLoader;

/** Test helper: compile a scenario file or a YAML text. */
final class Scenarios {
    private Scenarios() {
    }

    static SiteModel model(String file) {
        try {
            return SiteCompiler.compile(ScenarioLoader.load(Path.of(file))).model();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A YAML scenario given as text, as if it stood in scenarios/ (so ../weather paths work). */
    static CompiledScenario fromYaml(String yaml) {
        try {
            return SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/inline-test.yaml"), yaml));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
