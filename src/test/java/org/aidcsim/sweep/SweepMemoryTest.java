package org.aidcsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's memory does not grow with its variants: rows stream to sweep.csv and only the Pareto
 * front and a bounded sample stay in memory. 100,000 variants run in their own JVM with a 512 MB
 * heap (a cheap scenario: constant weather, one simulated day), and every row is in sweep.csv once,
 * in order. benchmarks/sweep-memory records peak heap against variant count.
 */
class SweepMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void hundredThousandVariantsIn512MegabytesEveryRowWritten() throws Exception {
        Path file = tmp.resolve("many.yaml");
        Files.writeString(file, """
                name: many
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it: {groups: [{name: g, racks: 10, rack_power_kw: 50}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                simulation: {days: 1}
                sweep:
                  - path: it.groups[0].rack_power_kw
                    range: {from: 10, to: 109.9, step: 0.1}
                  - path: it.groups[0].racks
                    range: {from: 1, to: 100, step: 1}
                """);
        Path out = tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                "org.aidcsim.cli.Main", "sweep", file.toString(), "--threads", "2", "-o", out.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = p.waitFor(600, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the command ended: " + err);
        assertEquals(0, p.exitValue(), err);
        int rows = 0;
        int onFront = 0;
        try (BufferedReader r = Files.newBufferedReader(out.resolve("sweep.csv"))) {
            String header = r.readLine();
            assertTrue(header.startsWith("variant,it.groups[0].rack_power_kw,it.groups[0].racks,status,"), header);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                assertTrue(line.startsWith(rows + ","), "row " + rows + " in its place: " + line.substring(0, 40));
                assertTrue(line.contains(",ok,"), line);
                onFront += line.endsWith(",yes,") ? 1 : 0;
                rows++;
            }
        }
        assertEquals(100_000, rows, "every variant has its row");
        assertTrue(onFront > 0, "the front is marked");
        try (var left = Files.list(out)) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith(".")), "no scratch file left");
        }
    }
}
