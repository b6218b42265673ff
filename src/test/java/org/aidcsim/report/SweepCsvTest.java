package org.aidcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aidcsim.metrics.Metric;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.sweep.Sweep;
import org.aidcsim.sweep.SweepDimension;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep.csv is RFC 4180: values and reasons with commas, quotes and line breaks read back whole, by any CSV reader and by the report. */
class SweepCsvTest {
    @TempDir
    Path tmp;

    @Test
    void awkwardTextRoundTrips() throws Exception {
        Location at = new Location("t.yaml", 1, 1);
        String label = "hall \"A\", east";
        SweepDimension dim = new SweepDimension("name", List.of(new Node.ScalarNode(at, Optional.of(label))), at, "sweep[0]");
        String reason = "it.groups[0]: too large (expected \"x, y\",\nfound z)";
        Sweep.Variant failed = new Sweep.Variant(0, List.of(label), Optional.empty(), reason);
        List<Sweep.Variant> kept;
        try (SweepCsv csv = new SweepCsv(List.of(dim), tmp)) {
            csv.append(SweepCsv.row(failed));
            kept = csv.finish(tmp.resolve("sweep.csv"), i -> false, i -> true);
        }
        assertEquals(reason, kept.get(0).error(), "the report reads the reason back whole");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(tmp.resolve("sweep.csv")))).getRecords();
        assertEquals(1, rows.size());
        assertEquals(label, rows.get(0).get("name"));
        assertEquals("failed", rows.get(0).get("status"));
        assertEquals("", rows.get(0).get(Metric.PUE.key()));
        assertEquals("no", rows.get(0).get("pareto"));
        assertEquals(reason, rows.get(0).get("error"));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(tmp.resolve("sweep.csv")), files.toList(), "the scratch file is gone");
        }
    }
}
