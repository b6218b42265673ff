package org.aidcsim.schema;

import java.util.Optional;

/**
 * A named field of an object type.
 *
 * @param name key in the file
 * @param type its type
 * @param presence whether it must be given, may be left out, or takes a default
 * @param defaultValue the default (a Double, Integer, String, Boolean, or {@link Schema#EMPTY_OBJECT}
 *        for an object whose own fields all have defaults)
 * @param defaultSource where the default comes from: a standard, a datasheet, a paper, or
 *        "assumption: …" stated as such
 */
public record Field(String name, SchemaType type, Presence presence, Optional<Object> defaultValue,
        String defaultSource) {

    /** How a field may be left out. */
    public enum Presence {
        /** Must be given. */
        REQUIRED,
        /** May be left out; then it is absent. */
        OPTIONAL,
        /** May be left out; then it takes its default. */
        DEFAULTED
    }

    public Field {
        if ((presence == Presence.DEFAULTED) != defaultValue.isPresent()) {
            throw new IllegalArgumentException("field " + name + ": a default goes with DEFAULTED and only with it");
        }
    }
}
