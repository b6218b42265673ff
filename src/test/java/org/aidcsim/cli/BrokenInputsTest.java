package org.aidcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken input, grouped by class: each case must end with exit code 2, a message in the user's
 * words that says what was expected (no stack trace, no Java class name), no output folder (a hang
 * fails the build through surefire's fork timeout, not a timing assertion here); and where the problem is in a scenario file, {@code validate} must agree with the
 * command that would use it.
 */
class BrokenInputsTest {
    private static final String SCENARIO = "scenarios/ai-hall-cold-plate.yaml";
    private static final String SWEEP = "it.groups[0].rack_power_kw=100,130";

    @TempDir
    static Path tmp;

    private static Refusals.Outcome cli(String... args) {
        return Refusals.cli(args);
    }

    /** Command lines with a value out of its bounds: class, arguments (the output folder is added), words the message must hold. */
    static Stream<Arguments> commandLines() {
        return Stream.of(
                Arguments.of("threads", List.of("sweep", SCENARIO, "--set", SWEEP, "--threads", "0"), "expected 1 to 1024"),
                Arguments.of("threads", List.of("sweep", SCENARIO, "--set", SWEEP, "--threads", "-1"), "expected 1 to 1024"),
                Arguments.of("threads", List.of("sweep", SCENARIO, "--set", SWEEP, "--threads", "100000"), "found 100000"),
                Arguments.of("years", List.of("sweep", SCENARIO, "--set", SWEEP, "--availability-years", "-1"), "expected 0 to"),
                Arguments.of("years", List.of("sweep", SCENARIO, "--set", SWEEP, "--availability-years", "1e12"), "expected 0 to"),
                Arguments.of("years", List.of("sweep", SCENARIO, "--set", SWEEP, "--availability-years", "NaN"), "expected 0 to"),
                Arguments.of("years", List.of("sweep", SCENARIO, "--set", SWEEP, "--availability-years", "6e7"),
                        "2 variants × 60000000 years"),
                Arguments.of("years", List.of("availability", SCENARIO, "--years", "-1"), "expected 100 to 1000000000"),
                Arguments.of("years", List.of("availability", SCENARIO, "--years", "1e12"), "expected 100 to 1000000000"),
                Arguments.of("set", List.of("sweep", SCENARIO, "--set", SWEEP, "--set", "it.groups[0].rack_power_kw=50"),
                        "given twice"),
                Arguments.of("pareto", List.of("sweep", SCENARIO, "--set", SWEEP, "--pareto", "pue,availability"),
                        "--availability-years"),
                Arguments.of("load", List.of("chain", SCENARIO, "--load", "0"), "expected a fraction of design IT load"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("commandLines")
    void anOptionOutOfBoundsIsRefusedBeforeAnyWork(String kind, List<String> args, String words) throws Exception {
        Path dir = tmp.resolve("out-" + kind + "-" + Math.abs(args.hashCode()));
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("-o", dir.toString()));
        Refusals.Outcome o = cli(all.toArray(String[]::new));
        assertRefused(o, words);
        assertFalse(Files.exists(dir), "nothing written");
    }

    /** Output folders no command may fill. */
    static Stream<Arguments> outputFolders() {
        List<Arguments> cases = new ArrayList<>();
        for (List<String> command : List.of(List.of("run", SCENARIO), List.of("chain", SCENARIO),
                List.of("compare", SCENARIO, "-a", "hvdc-240v,dc-800v-sst"), List.of("density", SCENARIO, "--densities", "50,100"),
                List.of("transient", "scenarios/outage-ride-through.yaml"), List.of("sweep", SCENARIO, "--set", SWEEP),
                List.of("availability", SCENARIO))) {
            cases.add(Arguments.of(command, "", "found an empty name"));
            cases.add(Arguments.of(command, "/", "root of the file system"));
            cases.add(Arguments.of(command, SCENARIO, "found the file"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -o \"{1}\"")
    @MethodSource("outputFolders")
    void anOutputFolderThatIsNoFolderIsRefused(List<String> command, String out, String words) throws Exception {
        long before = Files.getLastModifiedTime(Path.of(SCENARIO)).toMillis();
        List<String> all = new ArrayList<>(command);
        all.add("--out=" + out);
        assertRefused(cli(all.toArray(String[]::new)), words);
        assertEquals(before, Files.getLastModifiedTime(Path.of(SCENARIO)).toMillis(), "the scenario file is untouched");
    }

    /** Scenario files that the schema alone accepts, each with the field the message must name. */
    static Stream<Arguments> scenarios() {
        String head = "name: z\nsite: {weather: {type: constant, dry_bulb_c: 20}}\n";
        String tail = "power: {architecture: hvdc-240v}\ncooling: {technology: cold_plate}\nsimulation: {days: 1}\n";
        return Stream.of(
                Arguments.of("zero racks", head + "it: {groups: [{name: gpu, racks: 0, rack_power_kw: 50}]}\n" + tail,
                        "3:14: it.groups: no IT load"),
                Arguments.of("zero rack power", head + "it: {groups: [{name: gpu, racks: 4, rack_power_kw: 0}]}\n" + tail,
                        "it.groups: no IT load"),
                Arguments.of("zero utilization", head + "it: {groups: [{name: gpu, racks: 4, rack_power_kw: 50, utilization: 0}]}\n"
                        + tail, "it.groups: no IT load"),
                Arguments.of("group named twice", head + "it: {groups: [{name: gpu, racks: 4, rack_power_kw: 50}, "
                        + "{name: gpu, racks: 2, rack_power_kw: 50}]}\n" + tail, "it.groups[1].name: name used twice"),
                Arguments.of("a name of a million characters", "name: " + "n".repeat(1_000_000) + "\n"
                        + head.substring(head.indexOf('\n') + 1) + "it: {groups: [{name: gpu, racks: 4, rack_power_kw: 50}]}\n" + tail,
                        "1:7: name: too long (expected text matching [A-Za-z0-9][A-Za-z0-9._-]* of at most 200 characters, "
                        + "found text of 1000000 characters)"),
                Arguments.of("supercap window upside down", head + "it: {groups: [{name: gpu, racks: 4, rack_power_kw: 50}]}\n"
                        + tail + "backup:\n  supercap: {series: 100, parallel: 10, converter_rating_kw: 500, "
                        + "min_cell_voltage_v: 2.5, max_cell_voltage_v: 2.0}\n",
                        "8:87: backup.supercap.min_cell_voltage_v: window upside down"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void validateAndRunAgreeOnAFileTheSchemaAlonePasses(String kind, String yaml, String words) throws Exception {
        Path file = tmp.resolve(kind.replace(' ', '-') + ".yaml");
        Files.writeString(file, yaml);
        assertRefused(cli("validate", file.toString()), words);
        Path dir = tmp.resolve("run-" + kind.replace(' ', '-'));
        assertRefused(cli("run", file.toString(), "-o", dir.toString()), words);
        assertFalse(Files.exists(dir), "nothing written");
    }

    /** Sweep sections that the schema alone accepts; validate must refuse them as the sweep command does. */
    static Stream<Arguments> sweepSections() {
        return Stream.of(
                Arguments.of("unknown path", "  - path: it.groups[0].rack_powr_kw\n    values: [100, 130]\n",
                        "sweep[0].path: names no field of the scenario"),
                Arguments.of("bad value", "  - path: cooling.technology\n    values: [air, bogus]\n",
                        "cooling.technology: unknown value"),
                Arguments.of("backwards range", "  - path: simulation.days\n    range: {from: 10, to: 1, step: 1}\n",
                        "range runs backwards"),
                Arguments.of("tiny step", "  - path: simulation.days\n    range: {from: 1, to: 2, step: 1.0e-18}\n",
                        "too many values (expected at most 10000 per dimension"),
                Arguments.of("too many variants", "  - path: simulation.days\n    range: {from: 1, to: 5000, step: 1}\n"
                        + "  - path: it.groups[0].rack_power_kw\n    range: {from: 1, to: 1000, step: 1}\n",
                        "too many variants (expected at most 1000000, found 5000000)"),
                Arguments.of("path twice", "  - path: simulation.days\n    values: [1, 2]\n  - path: simulation.days\n"
                        + "    values: [3]\n", "sweep[1].path: \"simulation.days\" is swept twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sweepSections")
    void validateAndSweepAgreeOnASweepSection(String kind, String section, String words) throws Exception {
        String yaml = "name: s\nsite: {weather: {type: constant, dry_bulb_c: 20}}\n"
                + "it: {groups: [{name: gpu, racks: 4, rack_power_kw: 50}]}\npower: {architecture: hvdc-240v}\n"
                + "cooling: {technology: cold_plate}\nsimulation: {days: 1}\nsweep:\n" + section;
        Path file = tmp.resolve("sweep-" + kind.replace(' ', '-') + ".yaml");
        Files.writeString(file, yaml);
        assertRefused(cli("validate", file.toString()), words);
        Path dir = tmp.resolve("sweep-out-" + kind.replace(' ', '-'));
        assertRefused(cli("sweep", file.toString(), "-o", dir.toString()), words);
        assertFalse(Files.exists(dir), "nothing written");
    }

    /** Files that are not scenario text at all, or numbers and nesting that no scenario has. */
    static Stream<Arguments> unreadableFiles() throws Exception {
        String good = Files.readString(Path.of(SCENARIO)).replace("../weather/", Path.of("weather").toAbsolutePath() + "/");
        Path utf16 = tmp.resolve("utf16.yaml");
        Files.write(utf16, good.getBytes(java.nio.charset.StandardCharsets.UTF_16));
        Path binary = tmp.resolve("binary.yaml");
        Files.write(binary, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Path nul = tmp.resolve("nul.yaml");
        Files.write(nul, new byte[] {'n', 'a', 'm', 'e', ':', 0, '\n'});
        Path nan = tmp.resolve("nan.yaml");
        Files.writeString(nan, good.replace("rack_power_kw: 130", "rack_power_kw: .nan"));
        Path nanJson = tmp.resolve("nan.json");
        Files.writeString(nanJson, "{\"name\": \"x\", \"it\": {\"groups\": [{\"name\": \"g\", \"racks\": NaN}]}}");
        Path deep = tmp.resolve("deep.yaml");
        Files.writeString(deep, "name: x\nit: " + "[".repeat(2000) + "]".repeat(2000) + "\n");
        Path empty = tmp.resolve("empty.yaml");
        Files.writeString(empty, "");
        Path zeroWeather = tmp.resolve("zero-weather.yaml");
        Files.writeString(zeroWeather, good.replaceAll("file: .*\\.epw", "file: /dev/zero"));
        Path binaryWeather = tmp.resolve("binary-weather.yaml");
        Files.writeString(binaryWeather, good.replaceAll("file: .*\\.epw", "file: " + binary.toAbsolutePath()));
        return Stream.of(
                Arguments.of(utf16, "utf16.yaml:1:1: UTF-16 text (expected UTF-8"),
                Arguments.of(binary, "binary.yaml:1:1: not UTF-8 text (expected a UTF-8 text file, found byte 0xC3 at byte 7)"),
                Arguments.of(nul, "a binary file (expected text, found a NUL byte at byte 6)"),
                Arguments.of(nan, "it.groups[0].rack_power_kw: not a number (expected a finite number, found .nan)"),
                Arguments.of(nanJson, "not a number (expected a finite number, found NaN)"),
                Arguments.of(deep, "deep.yaml:2:"),
                Arguments.of(empty, "the file is empty"),
                Arguments.of(tmp, "is a folder (expected a file)"),
                Arguments.of(tmp.resolve("missing.yaml"), "file not found"),
                Arguments.of(Path.of("/dev/zero"), "file too large (expected at most 10 MB, found more)"),
                Arguments.of(zeroWeather, "site.weather.file: /dev/zero: weather file too large (expected at most 128 MB"),
                Arguments.of(binaryWeather, "site.weather.file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableFiles")
    void aFileThatIsNoScenarioIsRefusedInTheUsersWords(Path file, String words) throws Exception {
        assertRefused(cli("validate", file.toString()), words);
        Path dir = tmp.resolve("unreadable-" + file.getFileName());
        assertRefused(cli("run", file.toString(), "-o", dir.toString()), words);
        assertFalse(Files.exists(dir), "nothing written");
    }

    private static void assertRefused(Refusals.Outcome o, String words) {
        Refusals.assertRefused(o, words);
    }
}
