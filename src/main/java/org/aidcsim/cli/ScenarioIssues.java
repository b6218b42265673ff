package org.aidcsim.cli;

import java.io.PrintWriter;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.schema.Issue;

/** Prints a scenario's issues, one per line, as FILE:LINE:COL: path: message. */
final class ScenarioIssues {
    private ScenarioIssues() {
    }

    static void print(PrintWriter err, ScenarioException e) {
        for (Issue issue : e.issues()) {
            err.println(issue);
        }
        err.println(e.issues().size() + (e.issues().size() == 1 ? " problem" : " problems") + " found.");
    }
}
