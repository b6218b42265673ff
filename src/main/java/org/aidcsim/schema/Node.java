package org.aidcsim.schema;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed scenario document that remembers where each value stands. */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {
    Location location();

    /** A short description of what this node is, for "found …" in messages. */
    String describe();

    /**
     * A tree from plain values (maps, lists, strings, numbers, booleans), every node at {@code at}:
     * for defaults and for values that come from outside a file.
     */
    static Node fromPlain(Object value, Location at) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Node> entries = new LinkedHashMap<>();
            Map<String, Location> keys = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                entries.put(String.valueOf(k), fromPlain(v, at));
                keys.put(String.valueOf(k), at);
            });
            return new MapNode(at, entries, keys);
        }
        if (value instanceof List<?> l) {
            return new ListNode(at, l.stream().map(v -> fromPlain(v, at)).toList());
        }
        if (value instanceof Integer i) {
            return new ScalarNode(at, Optional.of((long) i));
        }
        return new ScalarNode(at, Optional.ofNullable(value));
    }

    /** A mapping; keys keep file order. */
    record MapNode(Location location, Map<String, Node> entries, Map<String, Location> keyLocations) implements Node {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLocations = Map.copyOf(keyLocations);
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    /** A sequence. */
    record ListNode(Location location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar: {@code String}, {@code Long}, {@code java.math.BigInteger}, {@code Double},
     * {@code java.math.BigDecimal}, {@code Boolean}, or empty for null.
     */
    record ScalarNode(Location location, Optional<Object> value) implements Node {
        @Override
        public String describe() {
            if (value.isEmpty()) {
                return "null";
            }
            Object v = value.get();
            if (v instanceof String s) {
                return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
            }
            return v.toString();
        }

        public boolean isNumber() {
            return value.isPresent() && value.get() instanceof Number;
        }

        public boolean isIntegral() {
            return value.isPresent() && (value.get() instanceof Long || value.get() instanceof BigInteger);
        }
    }
}
