package org.aidcsim.power;

/** A stage that cannot carry its design load as specified; the message says what was expected and found. */
public final class SizingException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;

    /**
     * @param field the scenario field at fault, relative to the stage (e.g. "units")
     * @param message what is wrong, with "(expected …, found …)"
     */
    public SizingException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
