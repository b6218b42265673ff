package org.aidcsim.scenario;

import java.util.List;
import java.util.Map;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.schema.NodePaths;
import org.aidcsim.schema.NodeReader;

/**
 * Variants of a scenario: the written document with some fields set or removed, validated again
 * from scratch so that defaults follow the new values (a new cooling technology brings its own
 * liquid defaults) and every check applies as if the user had written the change.
 */
public final class ScenarioVariants {
    private ScenarioVariants() {
    }

    /**
     * Parses a value as YAML would read it in the file: {@code 20} is a number, {@code air} text,
     * {@code true} a boolean, {@code [1, 2]} a list.
     *
     * @param origin where the value comes from, for messages (e.g. "--set it.groups[0].racks")
     */
    public static Node value(String text, String origin) throws ScenarioException {
        NodeReader.Result r = NodeReader.read(origin, text);
        if (r.root().isEmpty() || !r.issues().isEmpty()) {
            throw new ScenarioException(r.issues().isEmpty()
                    ? List.of(new Issue(new Location(origin, 0, 0), "", "empty value (expected a value, found nothing)"))
                    : r.issues());
        }
        return r.root().get();
    }

    /**
     * The base scenario with {@code sets} applied in order and {@code removals} removed first.
     *
     * @param sets field path → new value
     * @param removals field paths to drop
     */
    public static LoadedScenario with(LoadedScenario base, Map<String, Node> sets, List<String> removals) throws ScenarioException {
        Node root = base.root();
        try {
            for (String path : removals) {
                root = NodePaths.remove(root, path);
            }
            for (var e : sets.entrySet()) {
                root = NodePaths.set(root, e.getKey(), e.getValue());
            }
        } catch (NodePaths.PathException e) {
            throw new ScenarioException(List.of(new Issue(new Location(base.file().toString(), 0, 0), "", e.getMessage())));
        }
        return ScenarioLoader.fromNode(base.file(), root, base.format());
    }
}
