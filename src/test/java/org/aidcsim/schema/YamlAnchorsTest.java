package org.aidcsim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Anchors, aliases and merge keys read as YAML defines them (YAML 1.2.2 §3.2.2.2, §7.1; the merge
 * key of https://yaml.org/type/merge.html), with the expansion bounded against alias bombs.
 */
class YamlAnchorsTest {
    private static Node.MapNode read(String yaml) {
        NodeReader.Result r = NodeReader.read("t.yaml", yaml);
        assertTrue(r.issues().isEmpty(), r.issues().toString());
        return (Node.MapNode) r.root().orElseThrow();
    }

    private static Object scalar(Node n) {
        return ((Node.ScalarNode) n).value().orElse(null);
    }

    private static Node.MapNode map(Node n, String key) {
        return (Node.MapNode) ((Node.MapNode) n).entries().get(key);
    }

    @Test
    void anAliasIsTheValueItsAnchorNamesNotItsText() {
        Node.MapNode doc = read("""
                a: &n 42
                b: *n
                c: &m {x: 1, y: [2, 3]}
                d: *m
                e: &s text
                f: *s
                """);
        assertEquals(42L, scalar(doc.entries().get("b")));
        assertEquals("text", scalar(doc.entries().get("f")));
        assertSame(doc.entries().get("c"), doc.entries().get("d"), "one node, named twice");
        // a value reached through an alias is located where it is written
        assertEquals(1, doc.entries().get("b").location().line());
    }

    @Test
    void mergeKeysAddTheMappingsOwnKeysWinEarlierMergesWinLater() {
        Node.MapNode doc = read("""
                base: &base {racks: 10, rack_power_kw: 50, utilization: 0.8}
                more: &more {racks: 99, name: from-more}
                one:
                  <<: *base
                  racks: 4
                two:
                  <<: [*base, *more]
                """);
        Node.MapNode one = map(doc, "one");
        assertEquals(4L, scalar(one.entries().get("racks")), "the mapping's own key wins over the merged one");
        assertEquals(50L, scalar(one.entries().get("rack_power_kw")));
        assertTrue(!one.entries().containsKey("<<"), "the merge key itself is no field");
        Node.MapNode two = map(doc, "two");
        assertEquals(10L, scalar(two.entries().get("racks")), "the first mapping of the list wins");
        assertEquals("from-more", scalar(two.entries().get("name")));
        assertEquals(Map.of("racks", 1, "rack_power_kw", 1, "utilization", 1).keySet(),
                map(doc, "base").entries().keySet(), "the anchored mapping is unchanged");
    }

    @Test
    void unknownAliasesAndBadMergesAreLocated() {
        NodeReader.Result r = NodeReader.read("t.yaml", "a: 1\nb: *nothing\n");
        assertEquals(Optional.empty(), r.root());
        assertEquals("t.yaml:2:4: b: unknown alias *nothing (expected an anchor &nothing defined above it)",
                r.issues().get(0).toString());
        r = NodeReader.read("t.yaml", "a: &x 3\nb:\n  <<: *x\n");
        assertEquals("t.yaml:3:3: b: merge key << needs a mapping or a list of mappings (expected such as <<: *defaults, found 3)",
                r.issues().get(0).toString());
    }

    /** Nine levels of nine aliases each would expand to 9⁹ (387 million) values from a 700-byte file. */
    @Test
    void aliasBombsStopAtTheBound() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (String level : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
            yaml.append(level).append(": &").append(level).append(" [").append(("*" + previous + ", ").repeat(8)).append('*')
                    .append(previous).append("]\n");
            previous = level;
        }
        NodeReader.Result r = NodeReader.read("bomb.yaml", yaml.toString());
        assertEquals(Optional.empty(), r.root());
        String message = r.issues().get(0).toString();
        assertTrue(message.startsWith("bomb.yaml:6:") && message.contains("aliases expand the document past 100000 values"), message);
    }

    @Test
    void jsonKeepsItsKeysAsWritten() {
        NodeReader.Result r = NodeReader.read("t.json", "{\"<<\": {\"a\": 1}}");
        assertTrue(((Node.MapNode) r.root().orElseThrow()).entries().containsKey("<<"), "no merge in JSON");
    }
}
