package org.aidcsim.schema;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.Optional;
import org.aidcsim.schema.Node.ListNode;
import org.aidcsim.schema.Node.MapNode;
import org.aidcsim.schema.Node.ScalarNode;
import org.aidcsim.schema.SchemaType.BooleanType;
import org.aidcsim.schema.SchemaType.EnumType;
import org.aidcsim.schema.SchemaType.IntegerType;
import org.aidcsim.schema.SchemaType.ListType;
import org.aidcsim.schema.SchemaType.NumberType;
import org.aidcsim.schema.SchemaType.ObjectType;
import org.aidcsim.schema.SchemaType.StringType;
import org.aidcsim.schema.SchemaType.UnionType;

/**
 * Checks a {@link Node} tree against a {@link SchemaType}, collecting every issue rather than
 * stopping at the first, and produces the resolved value: plain maps, lists, {@code Double},
 * {@code Integer}, {@code String} and {@code Boolean}, with every default filled in.
 */
public final class Validator {
    /** Compiled once per pattern: a sweep validates its variants' names thousands of times. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    /**
     * @param value the resolved document (meaningful only without issues)
     * @param issues every problem found, in file order
     * @param locations where each path stands in the file, for checks made after this one
     */
    public record Result(Object value, List<Issue> issues, Map<String, Location> locations) {
        public Result {
            issues = List.copyOf(issues);
            locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
        }
    }

    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();

    private Validator() {
    }

    public static Result validate(Node root, SchemaType type) {
        Validator v = new Validator();
        Object value = v.check(root, type, "");
        v.issues.sort(Comparator.comparingInt((Issue i) -> i.location().line()).thenComparingInt(i -> i.location().column()));
        return new Result(value, v.issues, v.locations);
    }

    private Object check(Node node, SchemaType type, String path) {
        locations.put(path, node.location());
        if (type instanceof NumberType t) {
            return checkNumber(node, t, path);
        } else if (type instanceof IntegerType t) {
            return checkInteger(node, t, path);
        } else if (type instanceof StringType t) {
            return checkString(node, t, path);
        } else if (type instanceof BooleanType) {
            if (node instanceof ScalarNode s && s.value().isPresent() && s.value().get() instanceof Boolean b) {
                return b;
            }
            return fail(node, path, "wrong type", type.expectation());
        } else if (type instanceof SchemaType.ScalarType t) {
            if (node instanceof ScalarNode sc && sc.value().isPresent()) {
                Object v = sc.value().get();
                return v instanceof Number n && !(v instanceof Double) ? (Object) n.longValue() : v;
            }
            return fail(node, path, "wrong type", t.expectation());
        } else if (type instanceof EnumType t) {
            return checkEnum(node, t, path);
        } else if (type instanceof ListType t) {
            return checkList(node, t, path);
        } else if (type instanceof ObjectType t) {
            return checkObject(node, t, path, Optional.empty());
        } else if (type instanceof UnionType t) {
            return checkUnion(node, t, path);
        } else if (type instanceof SchemaType.KeywordOrObjectType t) {
            if (node instanceof ScalarNode s) {
                if (s.value().isPresent() && t.keywords().contains(s.value().get())) {
                    return s.value().get();
                }
                return fail(node, path, t.keywords().size() == 1 ? "wrong value" : "unknown value", t.expectation());
            }
            return checkObject(node, t.object(), path, Optional.empty());
        }
        throw new IllegalStateException("unknown schema type " + type);
    }

    private Object fail(Node node, String path, String what, String expected) {
        return fail(node, path, what, expected, node.describe());
    }

    private Object fail(Node node, String path, String what, String expected, String found) {
        issues.add(new Issue(node.location(), path, what + " (expected " + expected + ", found " + found + ")"));
        return null;
    }

    private Object checkNumber(Node node, NumberType t, String path) {
        if (!(node instanceof ScalarNode s) || !s.isNumber()) {
            return fail(node, path, "wrong type", t.expectation());
        }
        double v = ((Number) s.value().get()).doubleValue();
        if (!Double.isFinite(v)) {
            return fail(node, path, "not a finite number", t.expectation());
        }
        if (t.min().isPresent()) {
            double m = t.min().get();
            if (t.minExclusive() ? v <= m : v < m) {
                return fail(node, path, "too small", t.expectation());
            }
        }
        if (t.max().isPresent()) {
            double m = t.max().get();
            if (t.maxExclusive() ? v >= m : v > m) {
                return fail(node, path, "too large", t.expectation());
            }
        }
        return v;
    }

    private Object checkInteger(Node node, IntegerType t, String path) {
        if (!(node instanceof ScalarNode s) || !s.isIntegral()) {
            return fail(node, path, "wrong type", t.expectation());
        }
        Number n = (Number) s.value().get();
        if (n instanceof BigInteger || n.longValue() < t.min() || n.longValue() > t.max()) {
            return fail(node, path, "out of range", t.expectation());
        }
        long v = n.longValue();
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
    }

    private Object checkString(Node node, StringType t, String path) {
        if (!(node instanceof ScalarNode s) || s.value().isEmpty() || !(s.value().get() instanceof String str)) {
            return fail(node, path, "wrong type", t.expectation());
        }
        if (str.length() < t.minLength()) {
            return fail(node, path, "empty", t.expectation());
        }
        if (str.length() > t.maxLength()) {
            return fail(node, path, "too long", t.expectation(), "text of " + str.length() + " characters");
        }
        if (t.pattern().isPresent() && !PATTERNS.computeIfAbsent(t.pattern().get(), Pattern::compile).matcher(str).matches()) {
            return fail(node, path, "bad format", t.expectation());
        }
        return str;
    }

    private Object checkEnum(Node node, EnumType t, String path) {
        if (!(node instanceof ScalarNode s) || s.value().isEmpty() || !(s.value().get() instanceof String str)) {
            return fail(node, path, "wrong type", t.expectation());
        }
        if (!t.values().contains(str)) {
            return fail(node, path, "unknown value" + didYouMean(str, t.values()), t.expectation());
        }
        return str;
    }

    private Object checkList(Node node, ListType t, String path) {
        if (!(node instanceof ListNode list)) {
            return fail(node, path, "wrong type", t.expectation());
        }
        if (list.items().size() < t.minItems()) {
            return fail(node, path, "too few items", t.expectation(), list.items().size() + " item(s)");
        }
        List<Object> out = new ArrayList<>(list.items().size());
        for (int i = 0; i < list.items().size(); i++) {
            out.add(check(list.items().get(i), t.items(), path + "[" + i + "]"));
        }
        return out;
    }

    private Object checkUnion(Node node, UnionType t, String path) {
        if (!(node instanceof MapNode map)) {
            return fail(node, path, "wrong type", t.expectation());
        }
        String disc = t.discriminator();
        String p = join(path, disc);
        Node tag = map.entries().get(disc);
        List<String> names = new ArrayList<>(t.variants().keySet());
        if (tag == null) {
            issues.add(new Issue(map.location(), path, "missing field \"" + disc + "\" (expected one of "
                    + String.join(", ", names) + ")"));
            return null;
        }
        locations.put(p, tag.location());
        if (!(tag instanceof ScalarNode s) || s.value().isEmpty() || !(s.value().get() instanceof String name)) {
            return fail(tag, p, "wrong type", "one of " + String.join(", ", names));
        }
        ObjectType variant = t.variants().get(name);
        if (variant == null) {
            return fail(tag, p, "unknown value" + didYouMean(name, names), "one of " + String.join(", ", names));
        }
        return checkObject(node, variant, path, Optional.of(Map.entry(disc, name)));
    }

    private Object checkObject(Node node, ObjectType t, String path, Optional<Map.Entry<String, String>> discriminator) {
        if (!(node instanceof MapNode map)) {
            return fail(node, path, "wrong type", t.expectation());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        discriminator.ifPresent(d -> out.put(d.getKey(), d.getValue()));
        List<String> known = new ArrayList<>();
        discriminator.ifPresent(d -> known.add(d.getKey()));
        t.fields().forEach(f -> known.add(f.name()));
        for (Map.Entry<String, Node> e : map.entries().entrySet()) {
            String key = e.getKey();
            if (!known.contains(key)) {
                Location at = map.keyLocations().getOrDefault(key, e.getValue().location());
                issues.add(new Issue(at, join(path, key), "unknown field" + didYouMean(key, known)
                        + " (expected one of " + String.join(", ", known) + ", found \"" + key + "\")"));
            }
        }
        for (Field f : t.fields()) {
            String p = join(path, f.name());
            Node child = map.entries().get(f.name());
            if (child != null) {
                Object v = check(child, f.type(), p);
                if (v != null) {
                    out.put(f.name(), v);
                }
            } else if (f.presence() == Field.Presence.REQUIRED) {
                issues.add(new Issue(map.location(), p, "missing required field (expected " + f.type().expectation() + ")"));
            } else if (f.presence() == Field.Presence.DEFAULTED) {
                Object d = f.defaultValue().orElseThrow();
                if (d != Schema.EMPTY_OBJECT && (f.type() instanceof UnionType || f.type() instanceof ObjectType)) {
                    // A structured default goes through its own type, so that its nested defaults fill in too.
                    Validator inner = new Validator();
                    Object v = inner.check(Node.fromPlain(d, map.location()), f.type(), p);
                    if (!inner.issues.isEmpty()) {
                        throw new IllegalStateException("invalid default for " + p + ": " + inner.issues);
                    }
                    out.put(f.name(), v);
                } else {
                    out.put(f.name(), resolveDefault(f));
                }
            }
        }
        for (List<String> group : t.exactlyOneOf()) {
            long given = group.stream().filter(map.entries()::containsKey).count();
            if (given != 1) {
                issues.add(new Issue(map.location(), path, "give exactly one of " + String.join(", ", group)
                        + " (expected 1, found " + given + ")"));
            }
        }
        return out;
    }

    private static Object resolveDefault(Field f) {
        Object d = f.defaultValue().orElseThrow();
        if (d == Schema.EMPTY_OBJECT && f.type() instanceof ObjectType o) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Field inner : o.fields()) {
                if (inner.presence() == Field.Presence.DEFAULTED) {
                    out.put(inner.name(), resolveDefault(inner));
                }
            }
            return out;
        }
        if (d instanceof Number n && f.type() instanceof NumberType) {
            return n.doubleValue();
        }
        return d;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** "; did you mean \"x\"?" for the closest known name within a small edit distance, or "". */
    static String didYouMean(String given, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = editDistance(given.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        int allowed = Math.max(2, given.length() / 3);
        return best != null && bestDistance <= allowed ? "; did you mean \"" + best + "\"?" : "";
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }
}
