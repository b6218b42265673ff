package org.aidcsim.units;

/**
 * Checks for builders that set parameters by name: a field left unset is a programming error,
 * reported with its name rather than as a silent NaN or zero deep in a model.
 */
public final class Named {
    private Named() {
    }

    /** Fails unless {@code set}. */
    public static void require(String field, boolean set) {
        if (!set) {
            throw new IllegalStateException(field + " was not set");
        }
    }
}
