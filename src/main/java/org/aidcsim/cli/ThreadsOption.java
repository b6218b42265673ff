package org.aidcsim.cli;

import org.aidcsim.scenario.ScenarioException;
import picocli.CommandLine.Option;

/** {@code --threads}, shared by the commands that run variants on all cores: sweep, study, portfolio. */
final class ThreadsOption {
    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    private Integer threads;

    /** Refuses a count outside 1 … {@link OptionChecks#MAX_THREADS}, before anything runs. */
    void check() throws ScenarioException {
        OptionChecks.inRange("--threads", threads == null ? 1 : threads, 1, OptionChecks.MAX_THREADS);
    }

    /** The workers asked for, or one per core. */
    int workers() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
