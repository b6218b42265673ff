package org.aidcsim.schema;

/**
 * A place in a scenario file.
 *
 * @param file file name as the user gave it
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
