package org.aidcsim.docs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aidcsim.cli.Main;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docs that run: every YAML snippet and every {@code ./aidcsim} command of README.md and docs/
 * is executed, so the documentation cannot drift from the code. A snippet that is a whole
 * scenario (it has a name) is loaded and compiled as it stands, as if it were in scenarios/; a
 * fragment is merged into the default example, the way the tutorial asks users to edit it. Every
 * command must succeed, with its outputs sent to a temporary folder. The output the tutorial shows
 * for its first step must be what the run prints.
 */
class DocsRunTest {
    private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Path DEFAULT_EXAMPLE = Path.of("scenarios/ai-hall-cold-plate.yaml");
    private static final List<String> WRITING_COMMANDS = List.of("run", "chain", "compare", "density", "transient", "sweep",
            "availability");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    static Path tmp;

    private record Block(String file, String lang, String body) {
    }

    private static List<Block> blocks() throws Exception {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Block> out = new ArrayList<>();
        for (Path f : files) {
            Matcher m = FENCE.matcher(Files.readString(f));
            while (m.find()) {
                out.add(new Block(f.toString(), m.group(1), m.group(2)));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyYamlSnippetIsAValidScenarioOrEdit() throws Exception {
        return blocks().stream().filter(b -> b.lang().equals("yaml")).map(b -> DynamicTest.dynamicTest(b.file() + ": "
                + b.body().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse(""), () -> {
                    String text = b.body();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> snippet = YAML.readValue(text, Map.class);
                    if (!snippet.containsKey("name")) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> base = YAML.readValue(Files.readString(DEFAULT_EXAMPLE), Map.class);
                        text = YAML.writeValueAsString(merge(base, snippet));
                    }
                    SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/doc-snippet.yaml"), text));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyCommandRuns() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        Map<String, String> comments = new LinkedHashMap<>();
        for (Block b : blocks()) {
            if (!b.lang().equals("sh")) {
                continue;
            }
            comments.putAll(comments(b.body()));
            for (String command : commands(b.body())) {
                if (!command.startsWith("./aidcsim ")) {
                    continue;
                }
                int index = n++;
                tests.add(DynamicTest.dynamicTest(b.file() + ": " + command, () -> {
                    // a pipe's consumer (python3 -m json.tool) is the reader's tool: the aidcsim part runs here
                    String own = command.contains(" | ") ? command.substring(0, command.indexOf(" | ")) : command;
                    List<String> args = new ArrayList<>(split(own.substring("./aidcsim ".length())));
                    if (args.get(0).equals("serve")) {
                        // a server runs until stopped: LiveServerTest and ServePageBrowserTest run it; here its scenario must load
                        args = new ArrayList<>(List.of("validate", args.size() > 1 && !args.get(1).startsWith("-") ? args.get(1)
                                : "scenarios/ai-hall-cold-plate.yaml"));
                    }
                    if (WRITING_COMMANDS.contains(args.get(0))) {
                        redirectOutput(args, tmp.resolve("cmd" + index));
                    }
                    StringWriter err = new StringWriter();
                    StringWriter out = new StringWriter();
                    int code = Main.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
                    assertEquals(0, code, command + "\n" + err);
                    quotedFiguresArePrinted(command, comments.getOrDefault(command, ""), out.toString(), args);
                }));
            }
        }
        assertTrue(tests.size() >= 10, "the README's commands were found: " + tests.size());
        return tests.stream();
    }

    /**
     * A block that shows a session ("$ ./aidcsim …" and what follows) shows what the command prints
     * now, line for line (standard error, then standard output), and the command fails as shown
     * when it shows problems.
     */
    @TestFactory
    Stream<DynamicTest> everyShownSessionIsWhatTheCommandPrints() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Block b : blocks()) {
            List<String> lines = b.body().lines().toList();
            if (lines.isEmpty() || !lines.get(0).startsWith("$ ./aidcsim ")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(b.file() + ": " + lines.get(0), () -> {
                List<String> args = split(lines.get(0).substring("$ ./aidcsim ".length()));
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                Main.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
                assertEquals(String.join("\n", lines.subList(1, lines.size())), (err.toString() + out).strip(),
                        b.file() + " shows another output than " + lines.get(0) + " prints");
            }));
        }
        assertTrue(tests.size() >= 1, "the README's validate session was found");
        return tests.stream();
    }

    /** The tutorial's first step shows part of what `run` prints; each line shown must be printed. */
    @Test
    void theTutorialShowsWhatTheRunPrints() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int step = readme.indexOf("**1. Run the default example**");
        Matcher m = FENCE.matcher(readme);
        String shown = null;
        int found = 0;
        while (m.find(step) && found < 2) {
            step = m.end();
            if (++found == 2) {
                shown = m.group(2);
            }
        }
        assertTrue(shown != null, "the tutorial's output block");
        StringWriter out = new StringWriter();
        Main.execute(new String[] {"run", DEFAULT_EXAMPLE.toString(), "-o", tmp.resolve("tutorial").toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        String printed = out.toString().replaceAll("[ \\t]+", " ");
        for (String line : shown.lines().toList()) {
            String l = line.strip().replaceAll("[ \\t]+", " ");
            if (l.isEmpty() || l.equals("...") || l.startsWith("wrote ")) {
                continue;
            }
            if (!printed.contains(l)) {
                fail("README shows \"" + l + "\" but the run prints:\n" + out);
            }
        }
    }

    /** The figure check is not blind: a figure the run prints otherwise, or no longer prints, fails it. */
    @Test
    void aStaleQuotedFigureFails() {
        String printed = "  PUE                             1.293\n  ERF                             18.6 %\n";
        List<String> args = List.of("run", "scenarios/traditional-air-ups.yaml");
        assertDoesNotThrow(() -> quotedFiguresArePrinted("x", "air: PUE ≈ 1.29, ERF 18.6 %", printed, args));
        assertThrows(AssertionError.class, () -> quotedFiguresArePrinted("x", "air: PUE ≈ 1.31", printed, args));
        assertThrows(AssertionError.class, () -> quotedFiguresArePrinted("x", "ERF 18.5 %", printed, args));
        assertThrows(AssertionError.class, () -> quotedFiguresArePrinted("x", "chip temperature margin 15.8 K", printed, args));
    }

    /** A figure a comment quotes: a label of words, then "≈ number" or "number unit". */
    private static final Pattern FIGURE = Pattern.compile("((?:[A-Za-z][A-Za-z0-9→-]* )*[A-Za-z][A-Za-z0-9→-]*)(?: ≈ | )"
            + "(-?[0-9][0-9,]*(?:\\.[0-9]+)?)(?: ?(K|°C|%|kW|MW|MWh|kWh|L/min|MW/s|h)(?![A-Za-z])|(?<=≈ [-0-9.,]{1,20}))");

    /**
     * The figures a command's comment quotes ("PUE ≈ 1.29", "chip temperature margin 15.8 K") are
     * the figures it prints, at the comment's precision: a line of the output that holds the label
     * must hold a number that rounds to the quoted one. A quoted figure no printed line names is an
     * input only when the scenario holds its number; otherwise the docs quote what the run no longer
     * prints, and the test fails.
     */
    private static void quotedFiguresArePrinted(String command, String comment, String printed, List<String> args) throws Exception {
        Matcher f = FIGURE.matcher(comment);
        while (f.find()) {
            String label = f.group(1);
            String quoted = f.group(2).replace(",", "");
            int decimals = quoted.contains(".") ? quoted.length() - quoted.indexOf('.') - 1 : 0;
            List<String> lines = printed.lines().filter(l -> l.toLowerCase().contains(label.toLowerCase())).toList();
            if (lines.isEmpty()) {
                Path scenario = args.size() > 1 ? Path.of(args.get(1)) : null;
                boolean input = scenario != null && Files.isRegularFile(scenario) && Files.readString(scenario).contains(quoted);
                assertTrue(input, command + ": the comment quotes \"" + f.group() + "\" but nothing printed is labelled \""
                        + label + "\":\n" + printed);
                continue;
            }
            boolean found = false;
            for (String line : lines) {
                Matcher n = Pattern.compile("-?[0-9][0-9,]*(?:\\.[0-9]+)?").matcher(line.substring(line.toLowerCase()
                        .indexOf(label.toLowerCase()) + label.length()));
                if (n.find()) {
                    double value = Double.parseDouble(n.group().replace(",", ""));
                    found |= new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP)
                            .compareTo(new BigDecimal(quoted)) == 0;
                }
            }
            assertTrue(found, command + ": the comment quotes \"" + f.group() + "\" but the run prints:\n"
                    + String.join("\n", lines));
        }
    }

    /** Each command of a shell block with the comment written after it. */
    static Map<String, String> comments(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : body.lines().toList()) {
            int hash = raw.indexOf(" #");
            if (raw.startsWith("./aidcsim ") && hash > 0 && !raw.substring(0, hash).strip().endsWith("\\")) {
                out.put(raw.substring(0, hash).replaceAll("\\s+", " ").strip(), raw.substring(hash + 2).strip());
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> edit) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        edit.forEach((k, v) -> {
            if (v instanceof Map<?, ?> vm && out.get(k) instanceof Map<?, ?> bm) {
                out.put(k, merge((Map<String, Object>) bm, (Map<String, Object>) vm));
            } else {
                out.put(k, v);
            }
        });
        // A snippet that names a weather file or stages meant them for the scenarios/ folder: so is the default example.
        return out;
    }

    /** Shell lines joined at trailing backslashes, comments dropped. */
    static List<String> commands(String body) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : body.lines().toList()) {
            String line = raw.replaceAll("\\s+#.*$", "").strip();
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            if (!current.toString().isBlank()) {
                out.add(current.toString().replaceAll("\\s+", " ").strip());
            }
            current.setLength(0);
        }
        return out;
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(s);
        while (m.find()) {
            // A reader pastes these lines into a shell: an unquoted < or > would redirect instead of reaching aidcsim.
            assertFalse(m.group(3) != null && (m.group(3).contains("<") || m.group(3).contains(">")),
                    "quote the shell's < and > in: " + s);
            out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    private static void redirectOutput(List<String> args, Path dir) {
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("-o") || args.get(i).equals("--out")) {
                args.set(i + 1, dir.toString());
                return;
            }
        }
        args.add("-o");
        args.add(dir.toString());
    }
}
