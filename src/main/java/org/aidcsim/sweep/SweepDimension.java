package org.aidcsim.sweep;

import java.util.List;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;

/**
 * One swept field and the values it takes; each value keeps where it was written (a line of the
 * scenario's sweep section, or a --set option), so that a bad value is reported there.
 *
 * @param path field path
 * @param values values, in order
 * @param origin where the dimension was given
 * @param originPath the dimension's own path, e.g. sweep[1] or --set
 */
public record SweepDimension(String path, List<Node> values, Location origin, String originPath) {
    public SweepDimension {
        values = List.copyOf(values);
    }

    /** A value as text, for tables and CSV. */
    public static String label(Node value) {
        if (value instanceof Node.ScalarNode s && s.value().isPresent()) {
            Object v = s.value().get();
            if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return v.toString();
        }
        return value.describe();
    }
}
