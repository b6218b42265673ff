package org.aidcsim.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidcsim.schema.Node;

/** A parsed document as plain maps, lists and values: the design as the page holds it, fields in the file's order. */
final class NodeValues {
    private NodeValues() {
    }

    static Object plain(Node node) {
        if (node instanceof Node.MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (node instanceof Node.ListNode l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        return ((Node.ScalarNode) node).value().orElse(null);
    }
}
