package org.aidcsim.catalog;

import java.util.Optional;

/** A constant that scenario files and reports name by a key (e.g. {@code hvdc-240v}, {@code cold_plate}). */
public interface Keyed {
    String key();

    /** The constant of {@code type} whose key is {@code key}. */
    static <E extends Enum<E> & Keyed> Optional<E> ofKey(Class<E> type, String key) {
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
