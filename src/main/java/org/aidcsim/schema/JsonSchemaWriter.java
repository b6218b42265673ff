package org.aidcsim.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aidcsim.schema.SchemaType.BooleanType;
import org.aidcsim.schema.SchemaType.EnumType;
import org.aidcsim.schema.SchemaType.IntegerType;
import org.aidcsim.schema.SchemaType.ListType;
import org.aidcsim.schema.SchemaType.NumberType;
import org.aidcsim.schema.SchemaType.ObjectType;
import org.aidcsim.schema.SchemaType.StringType;
import org.aidcsim.schema.SchemaType.UnionType;

/**
 * Emits a JSON Schema (draft-07, the dialect editors such as yaml-language-server support best)
 * from a {@link SchemaType}. Unions become an {@code enum} on the discriminator plus one
 * {@code if/then} per variant, so that an editor reports the exact field that is wrong.
 */
public final class JsonSchemaWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonSchemaWriter() {
    }

    public static ObjectNode document(SchemaType root, String title) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("$schema", "http://json-schema.org/draft-07/schema#");
        doc.put("title", title);
        doc.setAll(schema(root));
        return doc;
    }

    static ObjectNode schema(SchemaType type) {
        ObjectNode n = MAPPER.createObjectNode();
        if (type instanceof NumberType t) {
            n.put("type", "number");
            describe(n, t.description() + (t.unit().isEmpty() ? "" : " (" + t.unit() + ")"));
            t.min().ifPresent(m -> n.put(t.minExclusive() ? "exclusiveMinimum" : "minimum", m));
            t.max().ifPresent(m -> n.put(t.maxExclusive() ? "exclusiveMaximum" : "maximum", m));
        } else if (type instanceof IntegerType t) {
            n.put("type", "integer");
            describe(n, t.description());
            n.put("minimum", t.min());
            n.put("maximum", t.max());
        } else if (type instanceof StringType t) {
            n.put("type", "string");
            describe(n, t.description());
            if (t.minLength() > 0) {
                n.put("minLength", t.minLength());
            }
            n.put("maxLength", t.maxLength());
            t.pattern().ifPresent(p -> n.put("pattern", "^(?:" + p + ")$"));
        } else if (type instanceof SchemaType.ScalarType t) {
            ArrayNode types = n.putArray("type");
            types.add("number");
            types.add("string");
            types.add("boolean");
            describe(n, t.description());
        } else if (type instanceof BooleanType t) {
            n.put("type", "boolean");
            describe(n, t.description());
        } else if (type instanceof EnumType t) {
            n.put("type", "string");
            describe(n, t.description());
            ArrayNode values = n.putArray("enum");
            t.values().forEach(values::add);
        } else if (type instanceof ListType t) {
            n.put("type", "array");
            describe(n, t.description());
            if (t.minItems() > 0) {
                n.put("minItems", t.minItems());
            }
            n.set("items", schema(t.items()));
        } else if (type instanceof ObjectType t) {
            object(n, t, null, null);
        } else if (type instanceof UnionType t) {
            n.put("type", "object");
            describe(n, t.description());
            n.putArray("required").add(t.discriminator());
            ObjectNode props = n.putObject("properties");
            ObjectNode tag = props.putObject(t.discriminator());
            tag.put("type", "string");
            ArrayNode values = tag.putArray("enum");
            t.variants().keySet().forEach(values::add);
            ArrayNode all = n.putArray("allOf");
            t.variants().forEach((name, variant) -> {
                ObjectNode branch = all.addObject();
                ObjectNode ifNode = branch.putObject("if");
                ifNode.putObject("properties").putObject(t.discriminator()).put("const", name);
                ifNode.putArray("required").add(t.discriminator());
                object(branch.putObject("then"), variant, t.discriminator(), name);
            });
        } else if (type instanceof SchemaType.KeywordOrObjectType t) {
            describe(n, t.description());
            ArrayNode either = n.putArray("oneOf");
            if (t.keywords().size() == 1) {
                either.addObject().put("const", t.keywords().get(0));
            } else {
                ArrayNode words = either.addObject().putArray("enum");
                t.keywords().forEach(words::add);
            }
            either.add(schema(t.object()));
        } else {
            throw new IllegalStateException("unknown schema type " + type);
        }
        return n;
    }

    private static void object(ObjectNode n, ObjectType t, String discriminator, String variantName) {
        n.put("type", "object");
        describe(n, t.description());
        ObjectNode props = n.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        if (discriminator != null) {
            props.putObject(discriminator).put("const", variantName);
            required.add(discriminator);
        }
        for (Field f : t.fields()) {
            ObjectNode fs = schema(f.type());
            if (f.presence() == Field.Presence.REQUIRED) {
                required.add(f.name());
            }
            f.defaultValue().ifPresent(d -> {
                if (d != Schema.EMPTY_OBJECT) {
                    fs.set("default", MAPPER.valueToTree(d));
                }
                if (!f.defaultSource().isEmpty()) {
                    String base = fs.path("description").asText("");
                    fs.put("description", base + (base.isEmpty() ? "" : " ") + "Default"
                            + (d == Schema.EMPTY_OBJECT ? "s apply" : " " + MAPPER.valueToTree(d)) + ": " + f.defaultSource() + ".");
                }
            });
            props.set(f.name(), fs);
        }
        if (!required.isEmpty()) {
            n.set("required", required);
        }
        n.put("additionalProperties", false);
        if (!t.exactlyOneOf().isEmpty()) {
            ArrayNode all = n.putArray("allOf");
            for (var group : t.exactlyOneOf()) {
                ArrayNode oneOf = all.addObject().putArray("oneOf");
                group.forEach(name -> oneOf.addObject().putArray("required").add(name));
            }
        }
    }

    private static void describe(ObjectNode n, String description) {
        if (description != null && !description.isEmpty()) {
            n.put("description", description);
        }
    }

    public static String toPrettyString(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
