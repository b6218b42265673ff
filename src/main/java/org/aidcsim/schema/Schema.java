package org.aidcsim.schema;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.schema.SchemaType.BooleanType;
import org.aidcsim.schema.SchemaType.EnumType;
import org.aidcsim.schema.SchemaType.IntegerType;
import org.aidcsim.schema.SchemaType.ListType;
import org.aidcsim.schema.SchemaType.NumberType;
import org.aidcsim.schema.SchemaType.ObjectType;
import org.aidcsim.schema.SchemaType.StringType;
import org.aidcsim.schema.SchemaType.UnionType;

/** Helpers that read like the format they define. */
public final class Schema {
    /** Default of an object field whose fields all have defaults: the object with every default. */
    public static final Object EMPTY_OBJECT = Map.of();

    private Schema() {
    }

    public static NumberType number(String description, String unit) {
        return new NumberType(description, unit, Optional.empty(), false, Optional.empty(), false);
    }

    public static IntegerType integer(String description, long min, long max) {
        return new IntegerType(description, min, max);
    }

    /**
     * Longest name (of a scenario, a group, a stage, a file): names go into titles, tables and file
     * names, and a reader takes in about a line's worth (docs/limits.md).
     */
    public static final int MAX_NAME_LENGTH = 200;
    /** Longest free text (a description): a paragraph. */
    public static final int MAX_PROSE_LENGTH = 2000;

    /** A name or a short value: non-empty, at most {@link #MAX_NAME_LENGTH} characters. */
    public static StringType text(String description) {
        return new StringType(description, Optional.empty(), 1, MAX_NAME_LENGTH);
    }

    public static StringType text(String description, String pattern) {
        return new StringType(description, Optional.of(pattern), 1, MAX_NAME_LENGTH);
    }

    /** Free text: at most {@link #MAX_PROSE_LENGTH} characters. */
    public static StringType prose(String description) {
        return new StringType(description, Optional.empty(), 1, MAX_PROSE_LENGTH);
    }

    public static SchemaType.ScalarType scalar(String description) {
        return new SchemaType.ScalarType(description);
    }

    public static BooleanType bool(String description) {
        return new BooleanType(description);
    }

    public static EnumType oneOf(String description, List<String> values) {
        return new EnumType(description, values);
    }

    public static ListType listOf(String description, SchemaType items, int minItems) {
        return new ListType(description, items, minItems);
    }

    public static ObjectType object(String description, Field... fields) {
        // A null field is one a variant does not have (e.g. hydraulics of a loop without pumps).
        return new ObjectType(description, Arrays.stream(fields).filter(Objects::nonNull).toList(), List.of());
    }

    /** A union over {@code discriminator}; variants given as name, type, name, type, … */
    /** A section that is either {@code keyword} (e.g. "none") or an object of {@code object}'s shape. */
    public static SchemaType.KeywordOrObjectType keywordOr(String keyword, ObjectType object) {
        return new SchemaType.KeywordOrObjectType(List.of(keyword), object);
    }

    /** A value that is one of {@code keywords} or an object of {@code object}'s shape. */
    public static SchemaType.KeywordOrObjectType keywordsOr(List<String> keywords, ObjectType object) {
        return new SchemaType.KeywordOrObjectType(keywords, object);
    }

    public static UnionType union(String description, String discriminator, Object... nameTypePairs) {
        Map<String, ObjectType> variants = new LinkedHashMap<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            variants.put((String) nameTypePairs[i], (ObjectType) nameTypePairs[i + 1]);
        }
        return new UnionType(description, discriminator, variants);
    }

    public static Field required(String name, SchemaType type) {
        return new Field(name, type, Field.Presence.REQUIRED, Optional.empty(), "");
    }

    public static Field optional(String name, SchemaType type) {
        return new Field(name, type, Field.Presence.OPTIONAL, Optional.empty(), "");
    }

    /** A field with a default and the source of that default. */
    public static Field defaulted(String name, SchemaType type, Object defaultValue, String source) {
        return new Field(name, type, Field.Presence.DEFAULTED, Optional.of(defaultValue), source);
    }

    /** Numbers as people write them: 0.8, 130, 1e-3. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
