package org.aidcsim.scenario;

import java.util.List;
import java.util.stream.Collectors;
import org.aidcsim.schema.Issue;

/** A scenario the user must fix; carries every issue found, each with its place in the file. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Issue> issues;

    public ScenarioException(List<Issue> issues) {
        super(issues.stream().map(Issue::toString).collect(Collectors.joining("\n")));
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one issue");
        }
        this.issues = List.copyOf(issues);
    }

    public List<Issue> issues() {
        return issues;
    }
}
