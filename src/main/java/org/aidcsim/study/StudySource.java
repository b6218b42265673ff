package org.aidcsim.study;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;

/**
 * What a study is made from, as plain values that can travel to another process: the scenario's
 * text and where it was read (its relative paths start there), and the command line's samples and
 * seed. Every process that reads it draws the same points and makes the same samples.
 *
 * @param file the scenario file's path, absolute
 * @param text the scenario as written
 * @param samples --samples, or null
 * @param seed --seed, or null
 */
public record StudySource(String file, String text, Integer samples, Long seed) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The checked plan. */
    public StudyPlan plan() throws ScenarioException {
        return StudyPlan.read(ScenarioLoader.parse(Path.of(file), text), Optional.ofNullable(samples), Optional.ofNullable(seed));
    }
}
