package org.aidcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidcsim.it.TraceProfile;
import org.aidcsim.schema.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Series files are CSV as RFC 4180 defines it (read with Apache Commons CSV): quoted fields, a
 * byte-order mark, columns in any order by header name all read as the plain file does; the
 * exports of spreadsheets in comma-decimal locales (semicolons, decimal commas) are refused in words.
 */
class CsvSeriesTest {
    @TempDir
    Path tmp;
    private LoadedScenario scenario;

    @BeforeEach
    void scenario() throws Exception {
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, """
                name: s
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it: {groups: [{name: g, racks: 4, rack_power_kw: 50}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                """);
        scenario = ScenarioLoader.load(file);
    }

    private TraceProfile trace(String name, byte[] content, List<Issue> issues) throws Exception {
        Files.write(tmp.resolve(name), content);
        return SeriesFiles.trace(scenario, name, "transient.load.file", issues).orElse(null);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void quotedBomPrefixedReorderedTraceReadsAsThePlainOne() throws Exception {
        List<Issue> issues = new ArrayList<>();
        TraceProfile plain = trace("plain.csv", utf8("time_s,power_kw\n0,100\n0.5,150\n1,120\n"), issues);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("\"Power_kW\" , \"time_s\"\r\n\"100\",\"0\"\r\n150,0.5\r\n\r\n\"120\",1\r\n");
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        TraceProfile fancy = trace("fancy.csv", withBom, issues);
        assertTrue(issues.isEmpty(), issues.toString());
        assertEquals(plain.peakW(), fancy.peakW());
        assertEquals(plain.startS(), fancy.startS());
        assertEquals(plain.endS(), fancy.endS());
        for (double t = 0; t <= 1; t += 0.125) {
            assertEquals(plain.powerW(t), fancy.powerW(t), "at " + t + " s");
        }
    }

    @Test
    void aSemicolonFileAndADecimalCommaAreNamed() throws Exception {
        List<Issue> issues = new ArrayList<>();
        trace("semi.csv", utf8("time_s;power_kw\n0;100\n1;120\n"), issues);
        assertTrue(issues.get(0).message().contains("semi.csv:1: a semicolon-separated file (expected comma-separated values "
                + "with '.' as the decimal mark"), issues.get(0).message());
        issues.clear();
        trace("comma.csv", utf8("time_s,power_kw\n0,\"100,5\"\n1,120\n"), issues);
        assertTrue(issues.get(0).message().contains("comma.csv:2: expected two numbers time_s ≥ 0 and power_kw ≥ 0 with '.' as "
                + "the decimal mark, found \"0,100,5\""), issues.get(0).message());
        issues.clear();
        trace("open-quote.csv", utf8("time_s,power_kw\n0,\"100\n1,120\n"), issues);
        assertTrue(issues.get(0).message().contains("not CSV as RFC 4180 defines it"), issues.get(0).message());
        issues.clear();
        trace("no-column.csv", utf8("time_s,kw\n0,100\n1,120\n"), issues);
        assertTrue(issues.get(0).message().contains("no-column.csv:1: expected the header time_s,power_kw, found \"time_s,kw\""),
                issues.get(0).message());
    }
}
