package org.aidcsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep whose workers run out of memory ends with an error instead of waiting forever for them
 * (the parallel stream it replaced hung when a worker's error handler itself ran out of memory).
 * Runs the CLI in its own JVM with a 64 MB heap.
 */
class SweepOutOfMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void workersOutOfMemoryEndTheCommandWithAMessage() throws Exception {
        // Sweeps stream their rows and keep no variant whole, so only a variant too big for the heap on its
        // own can exhaust it: ten years of one-minute steps with hourly carbon keep 42 MB of facility power each.
        Path carbon = tmp.resolve("carbon.csv");
        Files.writeString(carbon, "g_co2_per_kwh\n" + "400\n".repeat(8760));
        Path file = tmp.resolve("big.yaml");
        Files.writeString(file, """
                name: big
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it: {groups: [{name: gpu, racks: 4, rack_power_kw: 50}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                simulation: {days: 3650, step_s: 60}
                economics: {grid_carbon_file: carbon.csv}
                sweep:
                  - path: it.groups[0].rack_power_kw
                    range: {from: 10, to: 110, step: 1}
                """);
        Path out = tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                "org.aidcsim.cli.Main", "sweep", file.toString(), "--threads", "2", "-o", out.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the command ended: " + err);
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.contains("out of memory after"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(out), "nothing written");
    }
}
