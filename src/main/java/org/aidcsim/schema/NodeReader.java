package org.aidcsim.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads YAML or JSON into a {@link Node} tree with a line and column on every value, using
 * Jackson's streaming parser (databind would lose the locations and stop at the first problem).
 */
public final class NodeReader {
    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YamlAnchors.Factory();

    /** The tree, or the issues that stopped parsing (syntax errors, duplicate keys). */
    public record Result(Optional<Node> root, List<Issue> issues) {
        public Result {
            issues = List.copyOf(issues);
        }
    }

    /**
     * Deepest nesting read: a scenario is a few levels deep, and a bound far below the parser's own
     * (1,000) lets the message name the line and the field where it is passed.
     */
    static final int MAX_DEPTH = 64;
    /**
     * Values a document may hold once its aliases are expanded. A scenario has a few hundred; an
     * explicit chain of many stages a few thousand. Aliases share one node in memory, but every use
     * downstream (validation, defaults, the report's echo) walks the expansion, which nested aliases
     * make exponential in the file's size ("billion laughs").
     */
    static final long MAX_EXPANDED_VALUES = 100_000;
    /** The merge key of YAML 1.1's merge type, which YAML 1.2 tools keep supporting. */
    static final String MERGE_KEY = "<<";
    private static final Pattern NOT_A_NUMBER = Pattern.compile(
            "(?:Malformed numeric value|Non-standard token) '([^']*)'");

    private final String fileName;
    private final List<Issue> issues = new ArrayList<>();
    /** Keys and list indexes from the root to the value being read, for the path of an error. */
    private final Deque<String> path = new ArrayDeque<>();
    /** Anchored values by name; a later anchor of the same name replaces an earlier one, as YAML says. */
    private final Map<String, Node> anchors = new HashMap<>();
    /** Expanded size of each anchored value, so that an alias counts what it stands for. */
    private final Map<Node, Long> anchoredSizes = new IdentityHashMap<>();
    /** Values read so far, aliases counted as their expansion. */
    private long expanded;

    /** A problem that ends reading at a place: an unknown alias, an expansion past its bound. */
    private static final class Stop extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Location at;

        Stop(Location at, String message) {
            super(message);
            this.at = at;
        }
    }

    /** Nesting beyond {@link #MAX_DEPTH}. */
    private static final class TooDeep extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Location at;

        TooDeep(Location at) {
            super("too deep");
            this.at = at;
        }
    }

    private NodeReader(String fileName) {
        this.fileName = fileName;
    }

    /**
     * @param fileName name used in locations; a name ending in ".json" is read as JSON, any other as YAML
     * @param text the document
     */
    public static Result read(String fileName, String text) {
        NodeReader reader = new NodeReader(fileName);
        boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json");
        try (Reader in = new StringReader(text); JsonParser p = (json ? JSON : YAML).createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                reader.issues.add(new Issue(new Location(fileName, 1, 1), "", "the file is empty (expected a scenario object)"));
                return new Result(Optional.empty(), reader.issues);
            }
            Node root = reader.readValue(p);
            if (p.nextToken() != null) {
                reader.issues.add(new Issue(reader.loc(p.currentTokenLocation()), "", "unexpected content after the document"));
            }
            return new Result(Optional.of(root), reader.issues);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Location at = l == null ? new Location(fileName, 0, 0) : reader.loc(l);
            reader.issues.add(new Issue(at, reader.currentPath(), plainMessage(e.getOriginalMessage())));
            return new Result(Optional.empty(), reader.issues);
        } catch (Stop e) {
            reader.issues.add(new Issue(e.at, reader.currentPath(), e.getMessage()));
            return new Result(Optional.empty(), reader.issues);
        } catch (TooDeep e) {
            reader.issues.add(new Issue(e.at, reader.currentPath(), "nested more than " + MAX_DEPTH
                    + " levels deep (expected a scenario a few levels deep)"));
            return new Result(Optional.empty(), reader.issues);
        } catch (IOException e) {
            reader.issues.add(new Issue(new Location(fileName, 0, 0), "", "cannot read: " + e.getMessage()));
            return new Result(Optional.empty(), reader.issues);
        }
    }

    /** The mappings a merge key names: one mapping, or a list of them. */
    private List<Node.MapNode> mergeSources(Node value, Location keyAt) throws Stop {
        if (value instanceof Node.MapNode map) {
            return List.of(map);
        }
        if (value instanceof Node.ListNode list && list.items().stream().allMatch(Node.MapNode.class::isInstance)) {
            return list.items().stream().map(Node.MapNode.class::cast).toList();
        }
        throw new Stop(keyAt, "merge key << needs a mapping or a list of mappings (expected such as <<: *defaults, found "
                + value.describe() + ")");
    }

    /** The parser's message in the user's words: a non-finite number said so, no Java names. */
    static String plainMessage(String original) {
        Matcher nan = NOT_A_NUMBER.matcher(original);
        if (nan.find()) {
            return "not a number (expected a finite number, found " + nan.group(1) + ")";
        }
        return "syntax error: " + syntaxMessage(original).replaceAll("\\s*\\(from `[^`]*`\\)", "")
                .replaceAll(":? ?(?:enable|disable) [A-Za-z]+(?:Feature)?\\.[A-Z_]+[^;]*", "");
    }

    private String currentPath() {
        StringBuilder sb = new StringBuilder();
        for (String segment : path) {
            if (!segment.startsWith("[") && sb.length() > 0) {
                sb.append('.');
            }
            sb.append(segment);
        }
        // a path through dozens of levels says no more than its start
        return sb.length() > 80 ? sb.substring(0, 77) + "…" : sb.toString();
    }

    /** SnakeYAML's messages quote the source under each line; keep only the sentences. */
    static String syntaxMessage(String original) {
        return Arrays.stream(original.split("\n"))
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining("; "));
    }

    private Location loc(JsonLocation l) {
        return new Location(fileName, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
    }

    private Node readValue(JsonParser p) throws IOException {
        Location at = loc(p.currentTokenLocation());
        if (p instanceof YamlAnchors.Parser yaml) {
            if (yaml.isCurrentAlias()) {
                return alias(p.getText(), at);
            }
            Optional<String> anchor = yaml.anchor();
            long before = expanded;
            Node node = readPlainValue(p, at);
            if (anchor.isPresent()) {
                anchors.put(anchor.get(), node);
                anchoredSizes.put(node, expanded - before);
            }
            return node;
        }
        return readPlainValue(p, at);
    }

    /** The value an alias stands for, counted as its whole expansion. */
    private Node alias(String name, Location at) throws Stop {
        Node target = anchors.get(name);
        if (target == null) {
            throw new Stop(at, "unknown alias *" + name + " (expected an anchor &" + name + " defined above it)");
        }
        count(anchoredSizes.get(target), at);
        return target;
    }

    private void count(long values, Location at) throws Stop {
        expanded += values;
        if (expanded > MAX_EXPANDED_VALUES) {
            throw new Stop(at, "aliases expand the document past " + MAX_EXPANDED_VALUES + " values (expected a scenario of "
                    + "at most " + MAX_EXPANDED_VALUES + " values once every alias is replaced by what it names)");
        }
    }

    private Node readPlainValue(JsonParser p, Location at) throws IOException {
        JsonToken t = p.currentToken();
        count(1, at);
        if (path.size() >= MAX_DEPTH && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
            throw new TooDeep(at);
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Location> keys = new LinkedHashMap<>();
                List<Node.MapNode> merged = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = loc(p.currentTokenLocation());
                    path.addLast(key);
                    p.nextToken();
                    Node value = readValue(p);
                    path.removeLast();
                    if (p instanceof YamlAnchors.Parser && key.equals(MERGE_KEY)) {
                        merged.addAll(mergeSources(value, keyAt));
                        continue;
                    }
                    if (entries.containsKey(key)) {
                        issues.add(new Issue(keyAt, key, "duplicate key (first given at line " + keys.get(key).line() + ")"));
                        continue;
                    }
                    entries.put(key, value);
                    keys.put(key, keyAt);
                }
                // YAML's merge: the mapping's own keys win, then the merged mappings in the order given
                for (Node.MapNode source : merged) {
                    for (var e : source.entries().entrySet()) {
                        if (!entries.containsKey(e.getKey())) {
                            entries.put(e.getKey(), e.getValue());
                            keys.put(e.getKey(), source.keyLocations().get(e.getKey()));
                        }
                    }
                }
                return new Node.MapNode(at, entries, keys);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    path.addLast("[" + items.size() + "]");
                    items.add(readValue(p));
                    path.removeLast();
                }
                return new Node.ListNode(at, items);
            }
            case VALUE_STRING:
                return new Node.ScalarNode(at, Optional.of(p.getText()));
            case VALUE_NUMBER_INT:
                return new Node.ScalarNode(at, Optional.of(p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? (Object) p.getBigIntegerValue() : (Object) p.getLongValue()));
            case VALUE_NUMBER_FLOAT:
                return new Node.ScalarNode(at, Optional.of(p.getDoubleValue()));
            case VALUE_TRUE:
                return new Node.ScalarNode(at, Optional.of(Boolean.TRUE));
            case VALUE_FALSE:
                return new Node.ScalarNode(at, Optional.of(Boolean.FALSE));
            case VALUE_NULL:
                return new Node.ScalarNode(at, Optional.empty());
            default:
                return new Node.ScalarNode(at, Optional.of(p.getText()));
        }
    }
}
