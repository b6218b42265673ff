package org.aidcsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;

/**
 * Bounds of command-line values, checked before any work starts; docs/limits.md lists each bound
 * and why it was chosen. A value out of bounds is invalid input (exit 2), reported like a
 * scenario problem with the option in place of the file.
 */
final class OptionChecks {
    /**
     * Worker threads of a sweep. More workers than cores only add memory (each holds a compiled
     * variant and its results); 1,024 is above the hardware threads of any single server sold today.
     */
    static final int MAX_THREADS = 1024;

    /**
     * Simulated years of availability estimates in one sweep, over all its variants: about four
     * minutes on two cores at the measured 26.8 million component-years per second of a 66-component
     * site (benchmarks/README.md); more wants the availability command, one design at a time.
     */
    static final double MAX_SWEEP_AVAILABILITY_YEARS = 1e8;

    private OptionChecks() {
    }

    /** One check of an option. */
    @FunctionalInterface
    interface Check {
        void run() throws ScenarioException;
    }

    /** Runs the checks; prints every problem found and returns false if there is one. */
    static boolean pass(PrintWriter err, Check... checks) {
        List<Issue> issues = new ArrayList<>();
        for (Check check : checks) {
            try {
                check.run();
            } catch (ScenarioException e) {
                issues.addAll(e.issues());
            }
        }
        if (!issues.isEmpty()) {
            ScenarioIssues.print(err, new ScenarioException(issues));
        }
        return issues.isEmpty();
    }

    static ScenarioException problem(String option, String message) {
        return new ScenarioException(List.of(new Issue(new Location(option, 0, 0), "", message)));
    }

    /** {@code value} within [lo, hi]; NaN is outside. */
    static void inRange(String option, double value, double lo, double hi) throws ScenarioException {
        if (!(value >= lo && value <= hi)) {
            throw problem(option, "out of range (expected " + shown(lo) + " to " + shown(hi) + ", found " + shown(value) + ")");
        }
    }

    private static String shown(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * An output folder a command may fill: a name, not the root of the file system (a command would
     * scatter its files there), and not an existing file.
     */
    static void outputFolder(String option, Path dir) throws ScenarioException {
        if (dir == null) {
            return;
        }
        if (dir.toString().isBlank()) {
            throw problem(option, "expected a folder, found an empty name (write . for the current folder)");
        }
        Path absolute = dir.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw problem(option, "expected a folder for this command's files, found the root of the file system \"" + dir + "\"");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw problem(option, "expected a folder, found the file \"" + dir + "\"");
        }
    }
}
