package org.aidcsim.schema;

/**
 * A problem a parameter record finds among its own fields, before anyone knows where they stand in
 * a file: the record's owner places it (prefixing its section's path) and locates it. Parameter
 * records check their own relations this way, so each limit lives beside the physics it protects.
 *
 * @param path the field's path relative to the record, like {@code air.supply_air_temp_c}
 * @param message what is wrong, ending with "(expected …, found …)" where that applies; a warning's
 *        message is a whole sentence that names its field
 * @param warning true when the design still runs but the user should know (outside a recommended range)
 */
public record FieldIssue(String path, String message, boolean warning) {

    /** A problem that stops the run. */
    public static FieldIssue error(String path, String message) {
        return new FieldIssue(path, message, false);
    }

    /** Something the user should know that does not stop the run. */
    public static FieldIssue warning(String path, String message) {
        return new FieldIssue(path, message, true);
    }
}
