package org.aidcsim.spark;

import java.util.concurrent.ConcurrentHashMap;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.study.StudyRun;
import org.aidcsim.study.StudySource;

/**
 * The studies an executor's JVM has read: a study is read and its points drawn once per executor,
 * not once per task, then every sample of every task on it reuses them.
 */
final class ExecutorStudies {
    private static final ConcurrentHashMap<StudySource, StudyRun> RUNS = new ConcurrentHashMap<>();

    private ExecutorStudies() {
    }

    static StudyRun of(StudySource source) {
        return RUNS.computeIfAbsent(source, s -> {
            try {
                return new StudyRun(s.plan());
            } catch (ScenarioException e) {
                // the driver checked the same text before submitting: here it can only be a file the executor cannot see
                throw new IllegalStateException("the executor cannot read the study " + s.file() + ": " + e.issues().get(0), e);
            }
        });
    }
}
