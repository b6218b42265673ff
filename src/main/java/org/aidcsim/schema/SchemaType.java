package org.aidcsim.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The types of the schema language. Each knows its description; numbers also know their unit and
 * bounds. Build them with the static helpers in {@link Schema}.
 */
public sealed interface SchemaType {
    String description();

    /** What a value of this type looks like, for "expected …" in messages. */
    String expectation();

    /** A real number with an optional unit and bounds. */
    record NumberType(String description, String unit, Optional<Double> min, boolean minExclusive,
            Optional<Double> max, boolean maxExclusive) implements SchemaType {
        public NumberType min(double v) {
            return new NumberType(description, unit, Optional.of(v), false, max, maxExclusive);
        }

        public NumberType above(double v) {
            return new NumberType(description, unit, Optional.of(v), true, max, maxExclusive);
        }

        public NumberType max(double v) {
            return new NumberType(description, unit, min, minExclusive, Optional.of(v), false);
        }

        public NumberType below(double v) {
            return new NumberType(description, unit, min, minExclusive, Optional.of(v), true);
        }

        @Override
        public String expectation() {
            String u = unit.isEmpty() ? "" : " " + unit;
            if (min.isPresent() && max.isPresent() && !minExclusive && !maxExclusive) {
                return "a number from " + Schema.format(min.get()) + " to " + Schema.format(max.get()) + u;
            }
            StringBuilder sb = new StringBuilder("a number");
            min.ifPresent(m -> sb.append(minExclusive ? " > " : " ≥ ").append(Schema.format(m)).append(u));
            max.ifPresent(m -> sb.append(min.isPresent() ? " and" : "").append(maxExclusive ? " < " : " ≤ ")
                    .append(Schema.format(m)).append(u));
            if (min.isEmpty() && max.isEmpty()) {
                sb.append(u.isEmpty() ? "" : " in" + u);
            }
            return sb.toString();
        }
    }

    /** A whole number with bounds. */
    record IntegerType(String description, long min, long max) implements SchemaType {
        @Override
        public String expectation() {
            return "a whole number from " + min + " to " + max;
        }
    }

    /** Text of a bounded length, optionally matching a regular expression. */
    record StringType(String description, Optional<String> pattern, int minLength, int maxLength) implements SchemaType {
        @Override
        public String expectation() {
            return pattern.map(p -> "text matching " + p).orElse(minLength > 0 ? "non-empty text" : "text")
                    + " of at most " + maxLength + " characters";
        }
    }

    /** Any single value: a number, text or true/false (sweep values, whose type the swept field decides). */
    record ScalarType(String description) implements SchemaType {
        @Override
        public String expectation() {
            return "a number, text or true/false";
        }
    }

    /** true or false. */
    record BooleanType(String description) implements SchemaType {
        @Override
        public String expectation() {
            return "true or false";
        }
    }

    /** One of a fixed set of names. */
    record EnumType(String description, List<String> values) implements SchemaType {
        public EnumType {
            values = List.copyOf(values);
        }

        @Override
        public String expectation() {
            return "one of " + String.join(", ", values);
        }
    }

    /** A list of items of one type. */
    record ListType(String description, SchemaType items, int minItems) implements SchemaType {
        @Override
        public String expectation() {
            return "a list" + (minItems > 0 ? " of at least " + minItems + " item(s)" : "");
        }
    }

    /**
     * An object with named fields; unknown keys are errors.
     *
     * @param exactlyOneOf groups of field names of which exactly one must be given
     */
    record ObjectType(String description, List<Field> fields, List<List<String>> exactlyOneOf) implements SchemaType {
        public ObjectType {
            fields = List.copyOf(fields);
            exactlyOneOf = List.copyOf(exactlyOneOf);
        }

        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }

        public ObjectType exactlyOneOf(String... names) {
            List<List<String>> groups = new ArrayList<>(exactlyOneOf);
            groups.add(List.of(names));
            return new ObjectType(description, fields, groups);
        }

        @Override
        public String expectation() {
            return "an object";
        }
    }

    /**
     * Either one keyword (for example {@code none}) or an object: a section the user can switch off
     * in words, or give in full.
     */
    record KeywordOrObjectType(List<String> keywords, ObjectType object) implements SchemaType {
        public KeywordOrObjectType {
            keywords = List.copyOf(keywords);
        }

        @Override
        public String description() {
            return object.description() + (keywords.size() == 1 ? " Or the word " + keywords.get(0) + "."
                    : " Or one of the words " + String.join(", ", keywords) + ".");
        }

        @Override
        public String expectation() {
            return keywords.size() == 1 ? "the word " + keywords.get(0) + " or an object"
                    : "one of " + String.join(", ", keywords) + " or an object";
        }
    }

    /**
     * One of several object shapes, told apart by the value of a discriminator field
     * (for example {@code type: epw} or {@code technology: cold_plate}).
     */
    record UnionType(String description, String discriminator, Map<String, ObjectType> variants) implements SchemaType {
        public UnionType {
            variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        }

        @Override
        public String expectation() {
            return "an object with " + discriminator + ": one of " + String.join(", ", variants.keySet());
        }
    }
}
