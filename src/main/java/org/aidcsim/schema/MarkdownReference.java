package org.aidcsim.schema;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidcsim.schema.SchemaType.ListType;
import org.aidcsim.schema.SchemaType.ObjectType;
import org.aidcsim.schema.SchemaType.UnionType;

/**
 * Writes the format reference for people: one table per object, each field with its type, unit,
 * bounds, default and the source of that default. Generated from the same definition as the
 * validator and the JSON Schema, so docs/scenario-format.md cannot drift from the code.
 */
public final class MarkdownReference {
    private final Map<String, ObjectType> sections = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private String rootName = "";
    /** Objects shared by several parents (the air path of every technology) are described once, here. */
    private final Map<ObjectType, String> firstPath = new IdentityHashMap<>();

    private MarkdownReference() {
    }

    public static String render(ObjectType root, String rootName) {
        MarkdownReference r = new MarkdownReference();
        r.collect("", root, "");
        r.rootName = rootName;
        StringBuilder sb = new StringBuilder();
        r.sections.forEach((path, type) -> {
            sb.append("### ").append(path.isEmpty() ? r.rootName + " (top level)" : "`" + path + "`").append("\n\n");
            if (!type.description().isEmpty()) {
                sb.append(type.description()).append('\n');
            }
            String note = r.notes.getOrDefault(path, "");
            if (!note.isEmpty()) {
                sb.append(note).append('\n');
            }
            sb.append('\n');
            if (type.fields().isEmpty()) {
                sb.append("No fields.\n\n");
                return;
            }
            sb.append("| field | type | default | what it is; source of the default |\n|---|---|---|---|\n");
            for (Field f : type.fields()) {
                String def = switch (f.presence()) {
                    case REQUIRED -> "**required**";
                    case OPTIONAL -> "optional";
                    case DEFAULTED -> f.defaultValue().get() == Schema.EMPTY_OBJECT ? "defaults apply"
                            : "`" + format(f.defaultValue().get()) + "`";
                };
                String what = f.type().description();
                if (!f.defaultSource().isEmpty() && f.defaultValue().isPresent() && f.defaultValue().get() != Schema.EMPTY_OBJECT) {
                    what += (what.isEmpty() ? "" : ". ") + "Default: " + f.defaultSource() + ".";
                }
                sb.append("| `").append(f.name()).append("` | ").append(r.typeName(f.type(), join(path, f.name())))
                        .append(" | ").append(def).append(" | ").append(escape(what)).append(" |\n");
            }
            for (List<String> group : type.exactlyOneOf()) {
                sb.append("\nGive exactly one of ").append(String.join(", ", group.stream().map(g -> "`" + g + "`").toList()))
                        .append(".\n");
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    private void collect(String path, SchemaType type, String note) {
        if (type instanceof ObjectType o) {
            if (firstPath.containsKey(o)) {
                return;
            }
            firstPath.put(o, path);
            sections.put(path, o);
            notes.put(path, note);
            for (Field f : o.fields()) {
                collect(join(path, f.name()), f.type(), "");
            }
        } else if (type instanceof SchemaType.KeywordOrObjectType k) {
            collect(path, k.object(), k.keywords().size() == 1 ? "Or the word `" + k.keywords().get(0) + "` in place of the object."
                    : "Or one of the words " + words(k.keywords()) + " in place of the object.");
        } else if (type instanceof ListType l) {
            collect(path + "[]", l.items(), "");
        } else if (type instanceof UnionType u) {
            for (var e : u.variants().entrySet()) {
                collect(path + " (" + u.discriminator() + ": " + e.getKey() + ")", e.getValue(),
                        "Selected by `" + u.discriminator() + ": " + e.getKey() + "`.");
            }
        }
    }

    private static String words(List<String> keywords) {
        return String.join(", ", keywords.stream().map(w -> "`" + w + "`").toList());
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private String typeName(SchemaType t, String path) {
        if (t instanceof ObjectType o) {
            return "object, see `" + firstPath.getOrDefault(o, path) + "`";
        }
        if (t instanceof SchemaType.KeywordOrObjectType k) {
            return words(k.keywords()) + " or object, see `" + firstPath.getOrDefault(k.object(), path) + "`";
        }
        if (t instanceof UnionType u) {
            return "object: `" + u.discriminator() + "` one of " + String.join(", ", u.variants().keySet().stream()
                    .map(v -> "`" + v + "`").toList());
        }
        if (t instanceof ListType l) {
            String items = l.items() instanceof ObjectType o ? "objects, see `" + firstPath.getOrDefault(o, path + "[]") + "`"
                    : l.items().expectation();
            return "list of " + items + (l.minItems() > 0 ? ", at least " + l.minItems() : "");
        }
        return escape(t.expectation());
    }

    private static String format(Object v) {
        if (v instanceof Double d) {
            return Schema.format(d);
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, val) -> parts.add(k + ": " + format(val)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof List<?> l && !l.isEmpty()) {
            return "[" + String.join(", ", l.stream().map(MarkdownReference::format).toList()) + "]";
        }
        return String.valueOf(v);
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
