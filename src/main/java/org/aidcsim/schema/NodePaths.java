package org.aidcsim.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Edits a {@link Node} tree by field path ({@code it.groups[0].rack_power_kw}), returning a new
 * tree: what sweeps and variants use to change a scenario before it is validated again, so that a
 * changed value gets the same checks as a written one and untouched values keep their locations.
 */
public final class NodePaths {
    private NodePaths() {
    }

    /** A path that cannot be followed; the message says where it stops. */
    public static final class PathException extends Exception {
        private static final long serialVersionUID = 1L;

        public PathException(String message) {
            super(message);
        }
    }

    private static final Pattern PATH = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\[\\d+\\])*(\\.[A-Za-z_$][A-Za-z0-9_$]*(\\[\\d+\\])*)*");

    /** The segments of a path: field names (String) and list indices (Integer). */
    public static List<Object> parse(String path) throws PathException {
        List<Object> out = new ArrayList<>();
        if (!PATH.matcher(path).matches()) {
            throw new PathException("not a field path (expected names joined by '.', with [n] for list items, "
                    + "like it.groups[0].rack_power_kw; found \"" + path + "\")");
        }
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            out.add(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                for (String index : part.substring(bracket + 1, part.length() - 1).split("\\]\\[")) {
                    out.add(Integer.parseInt(index));
                }
            }
        }
        return out;
    }

    /** The tree with the value at {@code path} set to {@code value}; missing fields are created. */
    public static Node set(Node root, String path, Node value) throws PathException {
        return edit(root, parse(path), 0, Optional.of(value), path);
    }

    /** As {@link #set(Node, String, Node)}, the path already parsed (a sweep sets one path many times). */
    public static Node set(Node root, List<Object> segments, Node value) throws PathException {
        return edit(root, segments, 0, Optional.of(value), "");
    }

    /** The tree without the field at {@code path}; unchanged if it is not there. */
    public static Node remove(Node root, String path) throws PathException {
        return edit(root, parse(path), 0, Optional.empty(), path);
    }

    /** The node at {@code path}, if the tree has one. */
    public static Optional<Node> get(Node root, String path) throws PathException {
        Node node = root;
        for (Object seg : parse(path)) {
            if (seg instanceof String key && node instanceof Node.MapNode m && m.entries().containsKey(key)) {
                node = m.entries().get(key);
            } else if (seg instanceof Integer i && node instanceof Node.ListNode l && i < l.items().size()) {
                node = l.items().get(i);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    private static Node edit(Node node, List<Object> segs, int k, Optional<Node> value, String path) throws PathException {
        Object seg = segs.get(k);
        boolean last = k == segs.size() - 1;
        if (seg instanceof String key) {
            if (!(node instanceof Node.MapNode map)) {
                throw new PathException(prefix(segs, k) + " is " + node.describe() + ", not an object with field \"" + key + "\"");
            }
            Map<String, Node> entries = new LinkedHashMap<>(map.entries());
            Map<String, Location> keys = new LinkedHashMap<>(map.keyLocations());
            if (last) {
                if (value.isPresent()) {
                    entries.put(key, value.get());
                    keys.putIfAbsent(key, value.get().location());
                } else {
                    entries.remove(key);
                    keys.remove(key);
                }
            } else {
                Node child = entries.get(key);
                if (child == null) {
                    if (value.isEmpty()) {
                        return node;
                    }
                    child = new Node.MapNode(value.get().location(), Map.of(), Map.of());
                }
                entries.put(key, edit(child, segs, k + 1, value, path));
                keys.putIfAbsent(key, child.location());
            }
            return new Node.MapNode(map.location(), entries, keys);
        }
        int index = (Integer) seg;
        if (!(node instanceof Node.ListNode list)) {
            throw new PathException(prefix(segs, k) + " is " + node.describe() + ", not a list");
        }
        if (index >= list.items().size()) {
            throw new PathException(prefix(segs, k) + " has " + list.items().size() + " item(s) (expected an index below "
                    + list.items().size() + ", found " + index + ")");
        }
        List<Node> items = new ArrayList<>(list.items());
        if (last) {
            if (value.isPresent()) {
                items.set(index, value.get());
            } else {
                items.remove(index);
            }
        } else {
            items.set(index, edit(items.get(index), segs, k + 1, value, path));
        }
        return new Node.ListNode(list.location(), items);
    }

    private static String prefix(List<Object> segs, int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k; i++) {
            Object s = segs.get(i);
            if (s instanceof Integer n) {
                sb.append('[').append(n).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(s);
            }
        }
        return sb.length() == 0 ? "the document" : sb.toString();
    }
}
