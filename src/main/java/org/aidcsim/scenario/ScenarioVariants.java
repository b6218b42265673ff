package org.aidcsim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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

    /**
     * Many variants of one base, each setting the same fields to other values, built without
     * validating the whole document again: each value's resolved form is put into the base's
     * resolved document, which is then bound and checked across fields like any scenario.
     *
     * <p>That shortcut is exact only where a value changes nothing but itself: no default follows it
     * (a cooling technology brings its own liquid defaults; a new optional section brings its
     * defaults), and no field is removed with it. {@link #admit} checks exactly that for each value,
     * against the variant built the long way, and a sweep takes the shortcut only when every value
     * of every field passed. Combinations then need no check of their own: the validator fills
     * defaults field by field from fixed values, so two values that each change only themselves
     * change only themselves together.
     */
    public static final class Substitution {
        private final LoadedScenario base;
        private final Node root;
        private final Map<String, Object> resolved;
        private final List<String> paths;
        private final List<List<Object>> segments = new ArrayList<>();
        private final List<Map<Node, Object>> admitted = new ArrayList<>();
        private boolean exact = true;

        /**
         * @param base the validated scenario
         * @param paths the fields that change, in the order values will be given
         * @param removal a top-level field every variant drops (the sweep section)
         */
        public Substitution(LoadedScenario base, List<String> paths, String removal) throws NodePaths.PathException {
            this.base = base;
            this.root = NodePaths.remove(base.root(), removal);
            Map<String, Object> r = new LinkedHashMap<>(base.resolved());
            r.remove(removal);
            this.resolved = r;
            this.paths = List.copyOf(paths);
            for (String path : paths) {
                segments.add(NodePaths.parse(path));
                admitted.add(new IdentityHashMap<>());
            }
        }

        /**
         * Compares {@code value} of field {@code field}, put into the base alone, with {@code checked},
         * the same variant built the long way; the shortcut stays open only if they are equal.
         *
         * @return whether the shortcut is still exact
         */
        public boolean admit(int field, Node value, LoadedScenario checked) {
            if (!exact) {
                return false;
            }
            Object resolvedValue = at(checked.resolved(), segments.get(field));
            if (resolvedValue == MISSING || !put(resolved, segments.get(field), 0, resolvedValue).equals(checked.resolved())) {
                exact = false;
                return false;
            }
            admitted.get(field).put(value, resolvedValue);
            return true;
        }

        /** Whether every value admitted so far changes nothing but itself. */
        public boolean exact() {
            return exact;
        }

        /**
         * True when field {@code field} is a number field whose admitted values all resolved to
         * themselves: then any number between them does too (a number field's bounds are an interval,
         * and no default follows a number), so a study may put a drawn number there without admitting it.
         */
        public boolean numberField(int field) {
            Map<Node, Object> values = admitted.get(field);
            return !values.isEmpty() && values.entrySet().stream().allMatch(e -> e.getValue() instanceof Double d
                    && e.getKey() instanceof Node.ScalarNode n && n.value().isPresent() && n.value().get() instanceof Number x
                    && x.doubleValue() == d);
        }

        /**
         * The variant with {@code values.get(i)} at field i, each value admitted before.
         *
         * @throws ScenarioException when the combination fails a check across fields
         */
        public LoadedScenario variant(List<Node> values) throws ScenarioException {
            if (!exact) {
                throw new IllegalStateException("a value changed more than itself: build this variant the long way");
            }
            Object doc = resolved;
            Node written = root;
            Map<String, Location> locations = new HashMap<>(base.locations());
            try {
                for (int f = 0; f < paths.size(); f++) {
                    Node value = values.get(f);
                    Object resolvedValue = admitted.get(f).get(value);
                    if (resolvedValue == null && value instanceof Node.ScalarNode n && n.value().isPresent()
                            && n.value().get() instanceof Double x && numberField(f)) {
                        // a drawn number, within the admitted extremes (the caller's part): it resolves to itself
                        resolvedValue = x;
                    }
                    if (resolvedValue == null) {
                        throw new IllegalArgumentException("value of " + paths.get(f) + " not admitted: " + value.describe());
                    }
                    doc = put(doc, segments.get(f), 0, resolvedValue);
                    written = NodePaths.set(written, segments.get(f), value);
                    locations.put(paths.get(f), value.location());
                }
            } catch (NodePaths.PathException e) {
                throw new ScenarioException(List.of(new Issue(new Location(base.file().toString(), 0, 0), "", e.getMessage())));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) doc;
            return ScenarioLoader.fromResolved(base.file(), written, map, locations, base.format());
        }

        private static final Object MISSING = new Object();

        private static Object at(Object node, List<Object> segs) {
            Object at = node;
            for (Object seg : segs) {
                if (seg instanceof String key && at instanceof Map<?, ?> m && m.containsKey(key)) {
                    at = m.get(key);
                } else if (seg instanceof Integer i && at instanceof List<?> l && i < l.size()) {
                    at = l.get(i);
                } else {
                    return MISSING;
                }
            }
            return at;
        }

        /** {@code node} with {@code value} at the path, the maps and lists along it copied, the rest shared. */
        private static Object put(Object node, List<Object> segs, int k, Object value) {
            if (k == segs.size()) {
                return value;
            }
            Object seg = segs.get(k);
            if (seg instanceof String key) {
                Map<String, Object> copy = new LinkedHashMap<>();
                if (node instanceof Map<?, ?> m) {
                    m.forEach((mk, mv) -> copy.put((String) mk, mv));
                }
                copy.put(key, put(copy.get(key), segs, k + 1, value));
                return copy;
            }
            int i = (Integer) seg;
            List<Object> copy = node instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
            while (copy.size() <= i) {
                copy.add(null);
            }
            copy.set(i, put(copy.get(i), segs, k + 1, value));
            return copy;
        }
    }
}
