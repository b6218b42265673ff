package org.aidcsim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidcsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Python example reads what the README's commands write, as a script would (needs python3; skipped without). */
class ReadmeScriptTest {
    @TempDir
    Path tmp;

    @Test
    void thePythonExampleReadsTheSweepAndTheChain() throws Exception {
        assumeTrue(python3(), "python3 on this machine");
        Matcher m = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "a Python example in the README");
        String script = m.group(1);
        StringWriter err = new StringWriter();
        PrintWriter quiet = new PrintWriter(new StringWriter(), true);
        assertEquals(0, Main.execute(new String[] {"sweep", "scenarios/three-group-hall.yaml", "-q", "-o",
            tmp.resolve("out/three-group-hall-sweep").toString()}, quiet, new PrintWriter(err, true)), err.toString());
        assertEquals(0, Main.execute(new String[] {"chain", "scenarios/ai-hall-cold-plate.yaml", "-q", "-o",
            tmp.resolve("out/chain").toString()}, quiet, new PrintWriter(err, true)), err.toString());
        Process p = new ProcessBuilder(List.of("python3", "-c", script)).directory(tmp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 finished");
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("[('"), "the front's density, PUE and CAPEX per MW: " + out);
        double efficiency = Double.parseDouble(lines.get(1));
        assertTrue(efficiency > 0.7 && efficiency < 1, "grid-to-chip efficiency: " + out);
    }

    private static boolean python3() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
