package org.aidcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What shell users expect: a completion script, and "-" for a scenario on standard input. */
class ShellHabitsTest {
    /** Exit code, standard output, standard error. */
    private static String[] run(String... args) {
        Refusals.Outcome o = Refusals.cli(args);
        return new String[] {String.valueOf(o.code()), o.out(), o.err()};
    }

    @Test
    void completionScriptsNameEveryCommandAndOption() {
        for (String shell : new String[] {"bash", "zsh"}) {
            String[] r = run("completion", shell);
            assertEquals("0", r[0], r[2]);
            assertTrue(r[1].contains("complete -F _complete_aidcsim") || r[1].contains("complete -o default -F _complete_aidcsim"),
                    "a bash completion function, which zsh loads through bashcompinit");
            assertTrue(r[1].contains("ZSH_VERSION"), "the script sets zsh up itself");
            for (String word : new String[] {"sweep", "transient", "--availability-years", "--format", "--pareto"}) {
                assertTrue(r[1].contains(word), word);
            }
        }
        assertEquals("2", run("completion", "fish")[0]);
    }

    @Test
    void aDashReadsTheScenarioFromStandardInput() throws Exception {
        String scenario = Files.readString(Path.of("scenarios/ai-hall-cold-plate.yaml")).replace("../weather/", "weather/");
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(scenario.getBytes(StandardCharsets.UTF_8)));
            String[] r = run("chain", "-", "--format", "json");
            assertEquals("0", r[0], r[2]);
            assertTrue(r[1].contains("\"scenario\" : \"ai-hall-cold-plate\""), r[1]);
            System.setIn(new ByteArrayInputStream("name: x\nit: 3\n".getBytes(StandardCharsets.UTF_8)));
            r = run("validate", "-");
            assertEquals("2", r[0]);
            assertTrue(r[2].contains("<stdin>:2:5: it: wrong type (expected an object, found 3)"), r[2]);
        } finally {
            System.setIn(before);
        }
    }

    /** Every command that prints a summary keeps standard output empty with --quiet, and still writes its files. */
    @Test
    void quietMeansNothingOnStandardOutput(@org.junit.jupiter.api.io.TempDir Path tmp) {
        String s = "scenarios/ai-hall-cold-plate.yaml";
        String[][] commands = {
            {"run", s}, {"chain", s}, {"compare", s, "-a", "hvdc-240v,dc-800v-sst"}, {"density", s, "--densities", "50,100"},
            {"transient", "scenarios/outage-ride-through.yaml"}, {"sweep", s, "--set", "it.groups[0].rack_power_kw=100,130"},
            {"availability", s, "--years", "1000"}};
        for (String[] command : commands) {
            Path dir = tmp.resolve(command[0]);
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("-q", "-o",
                    dir.toString())).toArray(String[]::new);
            String[] r = run(args);
            assertEquals("0", r[0], command[0] + ": " + r[2]);
            assertEquals("", r[1], command[0] + " prints nothing with --quiet");
            assertTrue(Files.isDirectory(dir), command[0] + " still writes its files");
        }
    }
}
