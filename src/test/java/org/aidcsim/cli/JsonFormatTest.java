package org.aidcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare and availability with --format json: JSON alone on standard output, the same figures as their files. */
class JsonFormatTest {
    @TempDir
    Path tmp;

    /** Exit code, standard output, standard error. */
    private static String[] run(String... args) {
        Refusals.Outcome o = Refusals.cli(args);
        return new String[] {String.valueOf(o.code()), o.out(), o.err()};
    }

    @Test
    void compareJsonHoldsWhatCompareCsvHolds() throws Exception {
        Path dir = tmp.resolve("compare");
        String[] r = run("compare", "scenarios/ai-hall-cold-plate.yaml", "-a", "hvdc-240v,dc-800v-sst", "--format", "json", "-o",
                dir.toString());
        assertEquals("0", r[0], r[2]);
        JsonNode designs = new ObjectMapper().readTree(r[1]).get("designs");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(dir.resolve("compare.csv")))).getRecords();
        assertEquals(2, designs.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode d = designs.get(i);
            assertEquals(rows.get(i).get("variant"), d.get("variant").asText());
            for (String key : List.of("pue", "tco", "capex_per_mw_nameplate_it", "end_to_end_efficiency", "availability")) {
                assertEquals(Double.parseDouble(rows.get(i).get(key)), d.get("metrics").get(key).asDouble(), 0.0, key);
            }
        }
    }

    @Test
    void availabilityJsonIsItsSummary() throws Exception {
        Path dir = tmp.resolve("availability");
        String[] r = run("availability", "scenarios/ai-hall-cold-plate.yaml", "--years", "2000", "--format", "json", "-o",
                dir.toString());
        assertEquals("0", r[0], r[2]);
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(Files.readString(dir.resolve("summary.json"))), json.readTree(r[1]));
        assertTrue(r[2].contains("wrote "), "what was written is said on standard error");
    }

    /** The catalogue as data: every architecture, coolant and price, each efficiency a fraction, each entry with a source. */
    @Test
    void catalogJsonListsEveryEntryWithItsSource() throws Exception {
        String[] r = run("catalog", "--format", "json");
        assertEquals("0", r[0], r[2]);
        JsonNode root = new ObjectMapper().readTree(r[1]);
        assertEquals(org.aidcsim.power.Architecture.values().length, root.get("architectures").size());
        assertEquals(org.aidcsim.catalog.PriceItem.values().length, root.get("prices").size());
        for (JsonNode a : root.get("architectures")) {
            for (JsonNode stage : a.get("stages_from_grid")) {
                if (stage.has("efficiency_at_load")) {
                    stage.get("efficiency_at_load").forEach(e -> assertTrue(e.asDouble() > 0 && e.asDouble() <= 1, stage.toString()));
                    assertTrue(!stage.get("source").asText().isBlank(), stage.toString());
                }
            }
        }
        root.get("coolants").forEach(c -> assertTrue(!c.get("source").asText().isBlank(), c.toString()));
        assertEquals(r[1], run("catalog", "--json")[1], "--json is --format json");
        assertTrue(run("catalog")[1].startsWith("Power architectures"), "text for people by default");
    }
}
