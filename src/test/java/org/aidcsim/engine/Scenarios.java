package org.aidcsim.engine;

import java.nio.file.Path;
import org.aidcsim.scenario.CompiledScenario;
import org.aidcsim.scenario.ScenarioCompiler;
import org.aidcsim.scenario.ScenarioLoader;

/** Test helper: compile a scenario file or a YAML text. */
final class Scenarios {
    private Scenarios() {
    }

    static SiteModel model(String file) {
        try {
            return ScenarioCompiler.compile(ScenarioLoader.load(Path.of(file))).model();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A YAML scenario given as text, as if it stood in scenarios/ (so ../weather paths work). */
    static CompiledScenario fromYaml(String yaml) {
        try {
            return ScenarioCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/inline-test.yaml"), yaml));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
