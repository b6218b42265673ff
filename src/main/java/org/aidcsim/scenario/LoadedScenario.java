package org.aidcsim.scenario;

import java.nio.file.Path;
import java.util.Map;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;

/**
 * A scenario that passed validation.
 *
 * @param file where it was read from
 * @param root the document as written, with locations, for variants that edit it
 * @param spec the bound records
 * @param resolved the document with every default applied, for echoing in reports
 * @param locations where each field path stands in the file
 * @param format the format it was read in, for variants
 */
public record LoadedScenario(Path file, Node root, ScenarioSpec spec, Map<String, Object> resolved,
        Map<String, Location> locations, ScenarioFormat format) {
    public LoadedScenario {
        locations = Map.copyOf(locations);
    }

    /** An issue at {@code path}, or at the nearest enclosing field the file names. */
    public Issue issueAt(String path, String message) {
        String p = path;
        while (!locations.containsKey(p) && !p.isEmpty()) {
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        Location at = locations.getOrDefault(p, new Location(file.toString(), 0, 0));
        return new Issue(at, path, message);
    }
}
