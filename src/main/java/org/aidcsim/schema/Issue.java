package org.aidcsim.schema;

/**
 * One problem in a scenario file.
 *
 * @param location where it is
 * @param path path of the field, like {@code it.groups[0].rack_power_kw}; empty for the whole file
 * @param message what is wrong, ending with "(expected …, found …)" where that applies
 */
public record Issue(Location location, String path, String message) {
    @Override
    public String toString() {
        return location + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
