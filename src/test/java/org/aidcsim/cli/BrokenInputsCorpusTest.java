package org.aidcsim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The second half of the broken-input corpus ({@link BrokenInputsTest} has the first): scenario
 * fields, weather files, hourly series and traces, transient relations and command lines. Each case
 * ends with exit code 2, a message in the user's words at {@code FILE:LINE:COL} where the problem is
 * in a scenario, nothing written; {@code validate} and the command that would use the file agree.
 * (A hang fails the build through surefire's fork timeout.)
 */
class BrokenInputsCorpusTest {
    private static final Pattern FILE_LINE_COL = Pattern.compile("\\.yaml:\\d+:\\d+: ");
    private static final Path EPW = Path.of("weather/USA_FL_Tampa.Intl.AP.722110_TMY3.epw");
    private static final String HEAD = "name: z\nsite: {weather: {type: constant, dry_bulb_c: 20}}\n"
            + "it: {groups: [{name: gpu, racks: 4, rack_power_kw: 50}]}\npower: {architecture: hvdc-240v}\n"
            + "cooling: {technology: cold_plate}\n";
    private static final String BASE = HEAD + "simulation: {days: 1}\n";

    @TempDir
    static Path tmp;

    private static Refusals.Outcome cli(String... args) {
        return Refusals.cli(args);
    }

    private static void assertRefused(Refusals.Outcome o, String words) {
        Refusals.assertRefused(o, words);
    }

    private static Path write(String name, String text) throws Exception {
        Path f = tmp.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".yaml");
        Files.writeString(f, text);
        return f;
    }

    /** Validate and run refuse the file alike, at its line and column, and run writes nothing. */
    private static void validateAndRunRefuse(String name, String yaml, String words) throws Exception {
        Path file = write(name, yaml);
        Refusals.Outcome v = cli("validate", file.toString());
        assertRefused(v, words);
        assertTrue(FILE_LINE_COL.matcher(v.err()).find(), "FILE:LINE:COL: " + v.err());
        Path dir = tmp.resolve("run-" + file.getFileName());
        assertRefused(cli("run", file.toString(), "-o", dir.toString()), words);
        assertFalse(Files.exists(dir), "nothing written");
    }

    /** Scenario files broken in one field (types, bounds, names, syntax, anchors), with where and what the message says. */
    static Stream<Arguments> scenarioFields() {
        return Stream.of(
                Arguments.of("unknown top-level key", BASE + "colling: {}\n",
                        "7:1: colling: unknown field; did you mean \"cooling\"?"),
                Arguments.of("unknown nested key", edit("racks: 4", "racks: 4, rack_powr: 3"),
                        "3:37: it.groups[0].rack_powr: unknown field"),
                Arguments.of("text for a count", edit("racks: 4", "racks: four"),
                        "3:34: it.groups[0].racks: wrong type (expected a whole number from 0 to 1000000, found \"four\")"),
                Arguments.of("fraction for a count", edit("racks: 4", "racks: 4.5"),
                        "it.groups[0].racks: wrong type (expected a whole number from 0 to 1000000, found 4.5)"),
                Arguments.of("negative count", edit("racks: 4", "racks: -1"),
                        "it.groups[0].racks: out of range"),
                Arguments.of("boolean for a number", edit("racks: 4", "racks: true"),
                        "found true)"),
                Arguments.of("null for a number", edit("racks: 4", "racks: null"),
                        "found null)"),
                Arguments.of("rack power above the bound", edit("rack_power_kw: 50", "rack_power_kw: 5000"),
                        "3:52: it.groups[0].rack_power_kw: too large (expected a number from 0 to 2000 kW, found 5000)"),
                Arguments.of("utilization above one", edit("rack_power_kw: 50", "rack_power_kw: 50, utilization: 1.5"),
                        "it.groups[0].utilization: too large (expected a number from 0 to 1, found 1.5)"),
                Arguments.of("unknown architecture", edit("hvdc-240v", "hvdc-999v"),
                        "4:23: power.architecture: unknown value; did you mean \"hvdc-240v\"?"),
                Arguments.of("unknown cooling technology", edit("cold_plate", "cold-plate"),
                        "5:23: cooling.technology: unknown value; did you mean \"cold_plate\"?"),
                Arguments.of("no name", edit("name: z\n", ""),
                        "1:1: name: missing required field"),
                Arguments.of("no IT section", edit("it: {groups: [{name: gpu, racks: 4, rack_power_kw: 50}]}\n", ""),
                        "1:1: it: missing required field (expected an object)"),
                Arguments.of("groups not a list", edit("[{name: gpu, racks: 4, rack_power_kw: 50}]", "{name: gpu}"),
                        "3:14: it.groups: wrong type (expected a list of at least 1 item(s), found an object)"),
                Arguments.of("no groups", edit("[{name: gpu, racks: 4, rack_power_kw: 50}]", "[]"),
                        "it.groups: too few items"),
                Arguments.of("a group without racks or capacity", edit("racks: 4, ", ""),
                        "it.groups[0]: give exactly one of racks, it_capacity_kw, systems (expected 1, found 0)"),
                Arguments.of("zero days", edit("days: 1", "days: 0"),
                        "6:20: simulation.days: out of range (expected a whole number from 1 to 3650, found 0)"),
                Arguments.of("more than ten years", edit("days: 1", "days: 4000"),
                        "simulation.days: out of range"),
                Arguments.of("a step that does not divide the hour", edit("days: 1", "days: 1, step_s: 700"),
                        "simulation.step_s: must divide 3600"),
                Arguments.of("a step below a minute", edit("days: 1", "days: 1, step_s: 30"),
                        "simulation.step_s: out of range (expected a whole number from 60 to 3600, found 30)"),
                Arguments.of("start day past the year", edit("days: 1", "days: 1, start_day: 400"),
                        "simulation.start_day: out of range"),
                Arguments.of("unknown weather type", edit("type: constant", "type: tmy"),
                        "2:24: site.weather.type: unknown value (expected one of epw, constant, found \"tmy\")"),
                Arguments.of("dry bulb off the planet", edit("dry_bulb_c: 20", "dry_bulb_c: 200"),
                        "site.weather.dry_bulb_c: too large (expected a number from -60 to 60 °C, found 200)"),
                Arguments.of("EPW weather without a file", edit("{type: constant, dry_bulb_c: 20}", "{type: epw}"),
                        "site.weather.file: missing required field"),
                Arguments.of("EPW file that is not there", edit("{type: constant, dry_bulb_c: 20}", "{type: epw, file: nowhere.epw}"),
                        "2:35: site.weather.file: "),
                Arguments.of("key given twice", BASE + "name: y\n",
                        "7:1: name: duplicate key (first given at line 1)"),
                Arguments.of("tab indentation", "name: z\nsite:\n\tweather: {type: constant}\n",
                        "2:5: site: syntax error"),
                Arguments.of("flow list left open", edit("50}]}", "50}"),
                        "syntax error"),
                Arguments.of("quote left open", edit("name: z", "name: \"z"),
                        "1:5: name: syntax error: while scanning a quoted scalar"),
                Arguments.of("document is a list", "- a\n- b\n",
                        "1:1: wrong type (expected an object, found a list)"),
                Arguments.of("document is a word", "hello\n",
                        "1:1: wrong type (expected an object, found \"hello\")"),
                Arguments.of("description past 2,000 characters", BASE + "description: " + "d".repeat(2100) + "\n",
                        "description: too long (expected non-empty text of at most 2000 characters, found text of 2100 characters)"),
                Arguments.of("capture fraction above one", edit("{technology: cold_plate}", "{technology: cold_plate, liquid: {capture_fraction: 1.2}}"),
                        "cooling.liquid.capture_fraction: too large"),
                Arguments.of("facility water at 90 °C", edit("{technology: cold_plate}", "{technology: cold_plate, liquid: {facility_supply_temp_c: 90}}"),
                        "cooling.liquid.facility_supply_temp_c: too large (expected a number from 2 to 60 °C, found 90)"),
                Arguments.of("an unknown coolant", edit("{technology: cold_plate}", "{technology: cold_plate, liquid: {coolant: brine}}"),
                        "cooling.liquid.coolant: unknown value (expected one of water, pg25, pg40, eg25, eg40, pao or an object, found \"brine\")"),
                Arguments.of("water in an immersion tank", edit("{technology: cold_plate}", "{technology: immersion, liquid: {coolant: water}}"),
                        "cooling.liquid.coolant: wrong value (expected the word pao or an object, found \"water\")"),
                Arguments.of("a data-sheet fluid that thickens as it warms", edit("{technology: cold_plate}", "{technology: immersion, "
                        + "liquid: {coolant: {name: oil, density_15c_kg_per_m3: 805, viscosity_40c_mm2_per_s: 7.6, "
                        + "viscosity_100c_mm2_per_s: 9, pour_point_c: -40}}}"),
                        "cooling.liquid.coolant.viscosity_100c_mm2_per_s: a liquid thins as it warms"),
                Arguments.of("water returned above its table", edit("{technology: cold_plate}", "{technology: cold_plate, liquid: "
                        + "{facility_water_class: W+, facility_supply_temp_c: 60, loop_delta_t_k: 30}}"),
                        "water is only modelled up to 90.0 °C, but the loop returns it at 94.0 °C"),
                Arguments.of("a branch curve whose flows go back", edit("{technology: cold_plate}", "{technology: cold_plate, liquid: "
                        + "{hydraulics: {branch_curve: [{flow_l_per_min: 8, pressure_drop_kpa: 30}, {flow_l_per_min: 4, pressure_drop_kpa: 10}]}}}"),
                        "cooling.liquid.hydraulics.branch_curve[1].flow_l_per_min: flows must increase from point to point"),
                Arguments.of("a branch curve whose drop falls as the flow rises", edit("{technology: cold_plate}", "{technology: "
                        + "cold_plate, liquid: {hydraulics: {branch_curve: [{flow_l_per_min: 4, pressure_drop_kpa: 30}, "
                        + "{flow_l_per_min: 8, pressure_drop_kpa: 10}]}}}"),
                        "cooling.liquid.hydraulics.branch_curve[1].pressure_drop_kpa: the pressure drop falls as the flow rises"),
                Arguments.of("a branch curve in m³/h", edit("{technology: cold_plate}", "{technology: cold_plate, liquid: "
                        + "{hydraulics: {branch_curve: [{flow_l_per_min: 0.3, pressure_drop_kpa: 10}, {flow_l_per_min: 0.6, "
                        + "pressure_drop_kpa: 35}]}}}"),
                        "cooling.liquid.hydraulics.branch_curve: ends at 0.6 L/min a branch, but the design flow is"),
                Arguments.of("a coolant's viscosity in m²/s", edit("{technology: cold_plate}", "{technology: immersion, "
                        + "liquid: {coolant: {name: oil, density_15c_kg_per_m3: 805, viscosity_40c_mm2_per_s: 0.0000076, "
                        + "viscosity_100c_mm2_per_s: 0.3, pour_point_c: -40}}}"),
                        "cooling.liquid.coolant.viscosity_40c_mm2_per_s: too small (expected a number from 0.5 to 1000 mm²/s"),
                Arguments.of("an IT capacity in W", edit("racks: 4, rack_power_kw: 50", "it_capacity_kw: 7488000, rack_power_kw: 0.13"),
                        "it.groups[0].it_capacity_kw: gives 57,600,000 racks, more than the 1,000,000 a group may have"),
                Arguments.of("groups over the site's rack bound", edit("[{name: gpu, racks: 4, rack_power_kw: 50}]",
                        "[{name: a, racks: 900000, rack_power_kw: 1}, {name: b, racks: 900000, rack_power_kw: 1}]"),
                        "it.groups: the hall has 1,800,000 racks in all, more than the 1,000,000 a site may have"),
                Arguments.of("a cold-plate curve whose flows go back", edit("{technology: cold_plate}", "{technology: cold_plate, "
                        + "liquid: {chip: {power_w: 1000, case_limit_c: 85, cold_plate: {fluid: water, points: [{flow_l_per_min: 3, "
                        + "resistance_k_per_w: 0.016}, {flow_l_per_min: 2, resistance_k_per_w: 0.017}]}}}}"),
                        "cooling.liquid.chip.cold_plate.points[1].flow_l_per_min: flows must increase from point to point"),
                Arguments.of("a chip with both a resistance and a cold-plate curve", edit("{technology: cold_plate}", "{technology: "
                        + "cold_plate, liquid: {chip: {power_w: 1000, case_limit_c: 85, resistance_k_per_w: 0.02, "
                        + "cold_plate: ocp-1kw-oam-water}}}"), "cooling.liquid.chip"),
                Arguments.of("a measured cold plate on a boiling fluid", edit("{technology: cold_plate}", "{technology: immersion_two_phase, "
                        + "liquid: {chip: {power_w: 1000, case_limit_c: 85, cold_plate: ocp-1kw-oam-water}}}"),
                        "cooling.liquid.chip.cold_plate: a measured cold-plate curve is for a single-phase coolant"),
                Arguments.of("facility water that would leave warmer than the coolant enters", edit("{technology: cold_plate}",
                        "{technology: cold_plate, liquid: {coolant: pg25, facility_delta_t_k: 10, cdu_approach_k: 4, "
                        + "loop_delta_t_k: 5}}"), "cooling.liquid.facility_delta_t_k: the facility water would leave the CDUs"),
                Arguments.of("a cold-plate curve whose resistance rises with flow", edit("{technology: cold_plate}",
                        "{technology: cold_plate, liquid: {chip: {power_w: 1000, case_limit_c: 85, cold_plate: {fluid: water, "
                        + "points: [{flow_l_per_min: 2, resistance_k_per_w: 0.010}, {flow_l_per_min: 4, resistance_k_per_w: 0.030}]}}}}"),
                        "cooling.liquid.chip.cold_plate.points: the points' fit"),
                Arguments.of("a chip without its power", edit("{technology: cold_plate}", "{technology: cold_plate, liquid: "
                        + "{chip: {case_limit_c: 85, resistance_k_per_w: 0.02}}}"),
                        "cooling.liquid.chip.power_w: missing required field"),
                Arguments.of("a heat user that takes nothing", edit("{technology: cold_plate}", "{technology: cold_plate, liquid: "
                        + "{heat_reuse: {demand_kw: 0, supply_temp_c: 70}}}"),
                        "cooling.liquid.heat_reuse.demand_kw: too small"),
                Arguments.of("a pump head for tanks without pumps", edit("{technology: cold_plate}", "{technology: immersion_two_phase, "
                        + "liquid: {loop_pump_head_kpa: 100}}"),
                        "cooling.liquid.loop_pump_head_kpa: too large"),
                Arguments.of("a liquid section for air cooling", edit("{technology: cold_plate}", "{technology: air, liquid: {capture_fraction: 0.8}}"),
                        "cooling.liquid: unknown field"),
                Arguments.of("negative grid carbon", BASE + "economics: {grid_carbon_g_per_kwh: -5}\n",
                        "economics.grid_carbon_g_per_kwh: too small"),
                Arguments.of("unknown output", BASE + "outputs: {pdf: true}\n",
                        "outputs.pdf: unknown field (expected one of hourly_csv, charts, found \"pdf\")"),
                Arguments.of("text for a seed", BASE + "availability: {seed: abc}\n",
                        "availability.seed: wrong type"),
                Arguments.of("architecture and stages both", edit("{architecture: hvdc-240v}", "{architecture: hvdc-240v, stages: []}"),
                        "power: give exactly one of architecture, stages (expected 1, found 2)"),
                Arguments.of("an alias with no anchor", edit("racks: 4", "racks: *n"),
                        "3:34: it.groups[0].racks: unknown alias *n (expected an anchor &n defined above it)"),
                Arguments.of("a merge key on a number", edit("{name: gpu,", "{<<: 5, name: gpu,"),
                        "it.groups[0]: merge key << needs a mapping"),
                Arguments.of("an alias bomb", aliasBomb(),
                        "aliases expand the document past 100000 values"),
                Arguments.of("a merged group with a bad value", edit("it: {groups: [{name: gpu, racks: 4, rack_power_kw: 50}]}\n", "it:\n  groups:\n    - &g {name: a, racks: 4, rack_power_kw: 5000}\n    - {<<: *g, name: b}\n"),
                        "5:45: it.groups[0].rack_power_kw: too large"),
                Arguments.of("sweep section not a list", BASE + "sweep: {path: x}\n",
                        "7:8: sweep: wrong type"),
                Arguments.of("sweep with values and a range", BASE + "sweep:\n  - path: simulation.days\n    values: [1]\n    range: {from: 1, to: 2, step: 1}\n",
                        "sweep[0]: give exactly one of values, range"),
                Arguments.of("unknown transient event", BASE + "transient: {duration_s: 10, events: [{at_s: 20, type: outage, duration_s: 5}]}\n",
                        "transient.events[0].type: unknown value"),
                Arguments.of("an unknown catalogue system", edit("{name: gpu, racks: 4, rack_power_kw: 50}", "{name: gpu, racks: 4, system: gb200-nvl27}"),
                        "it.groups[0].system: unknown value; did you mean \"gb200-nvl72\"?"),
                Arguments.of("a supernode without its rack type", edit("{name: gpu, racks: 4, rack_power_kw: 50}", "{name: gpu, systems: 1, system: cloudmatrix-384}"),
                        "it.groups[0].system: cloudmatrix-384 has several rack types (expected role: one of compute, network"),
                Arguments.of("a rack type the system lacks", edit("{name: gpu, racks: 4, rack_power_kw: 50}", "{name: gpu, racks: 4, system: gb200-nvl72, role: network}"),
                        "it.groups[0].role: no such rack type in gb200-nvl72"),
                Arguments.of("a count of systems without a system", edit("{name: gpu, racks: 4, rack_power_kw: 50}", "{name: gpu, systems: 4, rack_power_kw: 50}"),
                        "it.groups[0].systems: applies to a catalogue system only"),
                Arguments.of("a group without rack power or system", edit("{name: gpu, racks: 4, rack_power_kw: 50}", "{name: gpu, racks: 4}"),
                        "it.groups[0]: no rack power (expected rack_power_kw, or a system from the catalogue, found neither)"),
                Arguments.of("a load ramp longer than the horizon", BASE + "economics: {years: 2, load_ramp: [0.3, 0.6, 1.0]}\n",
                        "economics.load_ramp: more shares than years of the horizon (expected at most economics.years = 2, found 3)"),
                Arguments.of("a year with no load", BASE + "economics: {load_ramp: [0, 1]}\n",
                        "economics.load_ramp[0]: too small"),
                Arguments.of("group name used twice, by anchor", edit("it: {groups: [{name: gpu, racks: 4, rack_power_kw: 50}]}\n", "it:\n  groups:\n    - &g {name: a, racks: 4, rack_power_kw: 50}\n    - *g\n"),
                        "it.groups[1].name: name used twice"),
                Arguments.of("a pump control misspelt", edit("cooling: {technology: cold_plate}",
                        "cooling: {technology: cold_plate, plant: {pumps: {cdu_pumps: {control: constant_presure}}}}"),
                        "cooling.plant.pumps.cdu_pumps.control: unknown value; did you mean \"constant_pressure\"?"),
                Arguments.of("a component added after a heat rejection", edit("cooling: {technology: cold_plate}",
                        "cooling: {technology: cold_plate, plant: {add: [{type: pump, name: b, after: facility_water, head_kpa: 50}]}}"),
                        "cooling.plant.add[0].after: a heat rejection sends nothing on (expected one of chilled_water_pump, cdu_pumps, "
                        + "facility_water_pump, found facility_water)"),
                Arguments.of("a pump added in the air", edit("cooling: {technology: cold_plate}",
                        "cooling: {technology: cold_plate, plant: {add: [{type: pump, name: b, after: crah_fans, head_kpa: 50}]}}"),
                        "cooling.plant.add[0].after: a pump sits on a water loop, not in the air before the coils"),
                Arguments.of("a capacity on idle racks", edit("racks: 4, rack_power_kw: 50", "it_capacity_kw: 400, rack_power_kw: 50, "
                        + "utilization: 0"), "it.groups[0].utilization: no rack can carry it_capacity_kw at zero utilization"),
                Arguments.of("a chip no facility water can cool", edit("cooling: {technology: cold_plate}", "cooling: {technology: "
                        + "cold_plate, liquid: {chip: {power_w: 100000, case_limit_c: 85, resistance_k_per_w: 0.02}}}"),
                        "cooling.liquid.chip: raises the case 2,000 K above its coolant"),
                Arguments.of("a hall too big for any feeder", edit("racks: 4, rack_power_kw: 50", "racks: 200000, rack_power_kw: 200"),
                        "power.architecture: stage"),
                Arguments.of("a component added with a default's name", edit("cooling: {technology: cold_plate}",
                        "cooling: {technology: cold_plate, plant: {add: [{type: pump, name: cdu_pumps, after: crah_fans, head_kpa: 50}]}}"),
                        "cooling.plant.add[0].name: another component of the plant has this name"));
    }

    /** A scenario valid but for one edit of its text. */
    private static String edit(String from, String to) {
        if (!BASE.contains(from)) {
            throw new IllegalArgumentException("not in the base scenario: " + from);
        }
        return BASE.replace(from, to);
    }

    /** Nine levels of nine aliases each: 9⁹ values from a few hundred bytes. */
    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("name: bomb\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (String level : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            yaml.append(level).append(": &").append(level).append(" [").append(("*" + previous + ", ").repeat(8)).append('*')
                    .append(previous).append("]\n");
            previous = level;
        }
        return yaml.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFields")
    void aBrokenFieldIsRefusedAtItsPlace(String name, String yaml, String words) throws Exception {
        validateAndRunRefuse(name, yaml, words);
    }

    /** An EPW year with one thing wrong, made from a real file: name, edit of its lines, words of the message. */
    static Stream<Arguments> weatherFiles() {
        return Stream.of(
                epw("truncated", lines -> lines.subList(0, 5008), "expected 8760 hourly rows (8784 in a leap year) after the 8 "
                        + "header lines, found 5000"),
                epw("no header", lines -> lines.subList(8, lines.size()), ":1: not an EPW file (expected the first line to start "
                        + "with LOCATION"),
                epw("empty", lines -> List.of(), ":1: not an EPW file"),
                epw("text dry bulb", field(208, 6, "warm"), ":209: dry bulb (field 7): expected a number, found \"warm\""),
                epw("text humidity", field(308, 8, "wet"), ":309: relative humidity (field 9): expected a number, found \"wet\""),
                epw("month 13", field(308, 1, "13"), ":309: month: expected 1..12, found 13"),
                epw("hour 25", field(308, 3, "25"), ":309: hour: expected 1..24"),
                epw("pressure of 5 Pa", field(308, 9, "5"), ":309: pressure: expected station pressure 30000..120000 Pa, found 5"),
                epw("a day of missing dry bulbs", lines -> {
                    List<String> out = new ArrayList<>(lines);
                    for (int i = 308; i < 328; i++) {
                        out.set(i, set(out.get(i), 6, "99.9"));
                    }
                    return out;
                }, ":309: dry bulb: 20 consecutive missing value(s)"),
                epw("an hour twice", lines -> {
                    List<String> out = new ArrayList<>(lines.subList(0, 309));
                    out.add(lines.get(308));
                    out.addAll(lines.subList(309, lines.size() - 1));
                    return out;
                }, ":310: duplicate hour: month 1 day 13 hour 13 already appears on line 309"),
                epw("a day too many", lines -> {
                    List<String> out = new ArrayList<>(lines);
                    out.addAll(lines.subList(8, 32));
                    return out;
                }, ":8769: duplicate hour: month 1 day 1 hour 1"),
                epw("a row of five fields", lines -> {
                    List<String> out = new ArrayList<>(lines);
                    out.set(108, String.join(",", Arrays.copyOf(out.get(108).split(","), 5)));
                    return out;
                }, ":109:"));
    }

    private static Arguments epw(String name, UnaryOperator<List<String>> edit, String words) {
        return Arguments.of(name, edit, words);
    }

    private static UnaryOperator<List<String>> field(int line, int field, String value) {
        return lines -> {
            List<String> out = new ArrayList<>(lines);
            out.set(line, set(out.get(line), field, value));
            return out;
        };
    }

    private static String set(String row, int field, String value) {
        String[] f = row.split(",", -1);
        f[field] = value;
        return String.join(",", f);
    }

    @ParameterizedTest(name = "EPW: {0}")
    @MethodSource("weatherFiles")
    void aBrokenWeatherFileIsRefusedAtItsLine(String name, UnaryOperator<List<String>> edit, String words) throws Exception {
        List<String> lines = Files.readAllLines(EPW).stream().filter(l -> !l.isBlank()).collect(Collectors.toList());
        String epwName = name.replace(' ', '-') + ".epw";
        Files.writeString(tmp.resolve(epwName), String.join("\n", edit.apply(lines)) + "\n");
        validateAndRunRefuse("weather " + name, HEAD.replace("{type: constant, dry_bulb_c: 20}", "{type: epw, file: " + epwName + "}")
                + "simulation: {days: 1}\n", words);
    }

    /** Hourly carbon intensities with one thing wrong: name, file content, words of the message. */
    static Stream<Arguments> carbonFiles() {
        List<String> good = new ArrayList<>(List.of("g_co2_per_kwh"));
        good.addAll(java.util.Collections.nCopies(8760, "400"));
        return Stream.of(
                Arguments.of("short", String.join("\n", good.subList(0, 8000)), "expected 8760 hourly values after the header, "
                        + "found 7999"),
                Arguments.of("long", String.join("\n", good) + "\n400".repeat(24), "found 8784"),
                Arguments.of("no header", String.join("\n", good.subList(1, good.size())), "found 8759"),
                Arguments.of("empty", "", "found 0"),
                Arguments.of("text", String.join("\n", replace(good, 100, "dirty")), ":101: expected an intensity from 0 to 5000 g "
                        + "CO2/kWh, found \"dirty\""),
                Arguments.of("negative", String.join("\n", replace(good, 100, "-3")), ":101: expected an intensity from 0 to 5000"),
                Arguments.of("NaN", String.join("\n", replace(good, 100, "NaN")), "found \"NaN\""));
    }

    private static List<String> replace(List<String> lines, int at, String value) {
        List<String> out = new ArrayList<>(lines);
        out.set(at, value);
        return out;
    }

    @ParameterizedTest(name = "carbon file: {0}")
    @MethodSource("carbonFiles")
    void aBrokenCarbonFileIsRefusedAtItsLine(String name, String content, String words) throws Exception {
        String csv = "carbon-" + name.replace(' ', '-') + ".csv";
        Files.writeString(tmp.resolve(csv), content.isEmpty() ? "" : content + "\n");
        validateAndRunRefuse("carbon " + name, HEAD + "simulation: {days: 1}\neconomics: {grid_carbon_file: " + csv + "}\n",
                "7:31: economics.grid_carbon_file: ");
        assertRefused(cli("validate", tmp.resolve("carbon-" + name.replaceAll("[^A-Za-z0-9]+", "-") + ".yaml").toString()), words);
    }

    static Stream<Arguments> generationFiles() {
        List<String> good = new ArrayList<>(List.of("kw"));
        good.addAll(java.util.Collections.nCopies(8760, "250"));
        return Stream.of(
                Arguments.of("short", String.join("\n", good.subList(0, 100)), "expected 8760 hourly values after the header, found 99"),
                Arguments.of("negative", String.join("\n", replace(good, 10, "-1")), ":11: expected a power from 0 to 10000000 kW"));
    }

    @ParameterizedTest(name = "on-site generation file: {0}")
    @MethodSource("generationFiles")
    void aBrokenGenerationFileIsRefusedAtItsLine(String name, String content, String words) throws Exception {
        String csv = "generation-" + name.replace(' ', '-') + ".csv";
        Files.writeString(tmp.resolve(csv), content + "\n");
        validateAndRunRefuse("generation " + name, HEAD + "simulation: {days: 1}\nstandards: {onsite_generation_file: " + csv + "}\n",
                "7:37: standards.onsite_generation_file: ");
        assertRefused(cli("validate", tmp.resolve("generation-" + name.replaceAll("[^A-Za-z0-9]+", "-") + ".yaml").toString()), words);
    }

    static Stream<Arguments> annualTraces() {
        List<String> good = new ArrayList<>(List.of("timestamp,kw"));
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2025, 1, 1, 0, 0);
        for (int h = 0; h < 8760; h++, t = t.plusHours(1)) {
            good.add(t.toString().replace('T', ' ') + ",150");
        }
        List<String> gap = new ArrayList<>(good);
        gap.remove(101);
        List<String> duplicate = new ArrayList<>(good);
        duplicate.set(101, duplicate.get(100));
        List<String> inWatts = replace(good, 50, "2025-01-03 01:00,150000");
        List<String> swapped = new ArrayList<>(good);
        swapped.set(101, good.get(102));
        swapped.set(102, good.get(101));
        List<String> unclosed = replace(good, 300, "\"2025-01-13 11:00,150");
        List<String> leap = new ArrayList<>(good);
        leap.set(1417, "2024-02-29 00:00,150");
        return Stream.of(
                Arguments.of("gap", gap, ":102: a gap of 1 missing interval(s) before it"),
                Arguments.of("duplicate", duplicate, ":102: a duplicate of the row before"),
                Arguments.of("two rows swapped", swapped, ":102: out of time order: the row that belongs here is at line 103"),
                Arguments.of("quote never closed", unclosed, ":301: not CSV as RFC 4180 defines it"),
                Arguments.of("watts", inWatts, ":51: above the group's peak (expected at most 200.0 kW"),
                Arguments.of("29 February", leap, "29 February: the weather year has 365 days"),
                Arguments.of("header only", good.subList(0, 1), "a trace covers a whole year (expected 8760 hourly rows or more, found 0)"),
                Arguments.of("late start", replace(good, 1, "2025-01-01 01:00,150"), ":2: a trace starts on 1 January at 00:00"),
                Arguments.of("fraction header for kW", replace(good, 0, "timestamp,fraction"), "expected the header timestamp,kw"),
                Arguments.of("short year", good.subList(0, 5000), "a trace covers a whole year (expected 8760 rows of 3600 s"));
    }

    @ParameterizedTest(name = "annual load trace: {0}")
    @MethodSource("annualTraces")
    void aBrokenAnnualTraceIsRefusedAtItsLine(String name, List<String> lines, String words) throws Exception {
        String csv = "annual-" + name.replace(' ', '-') + ".csv";
        Files.writeString(tmp.resolve(csv), String.join("\n", lines) + "\n");
        String yaml = BASE.replace("racks: 4, rack_power_kw: 50}", "racks: 4, rack_power_kw: 50, profile: {type: trace, file: " + csv
                + ", unit: kw}}");
        validateAndRunRefuse("annual trace " + name, yaml, "it.groups[0].profile.file: ");
        assertRefused(cli("validate", tmp.resolve("annual-trace-" + name.replaceAll("[^A-Za-z0-9]+", "-") + ".yaml").toString()), words);
    }

    /** Measured load traces of a transient with one thing wrong; validate reads them as transient does. */
    static Stream<Arguments> traces() {
        List<String> good = new ArrayList<>(List.of("time_s,power_kw"));
        for (int i = 0; i < 200; i++) {
            good.add(String.format(java.util.Locale.ROOT, "%.1f,%d", i * 0.1, 150 + i % 7));
        }
        return Stream.of(
                Arguments.of("missing", null, "trace file: file not found"),
                Arguments.of("text power", String.join("\n", replace(good, 51, "5.0,lots")), ":52: expected two numbers time_s ≥ 0 "
                        + "and power_kw ≥ 0, found \"5.0,lots\""),
                Arguments.of("time backwards", String.join("\n", replace(good, 51, "1.0,150")), ":52: times must increase"),
                Arguments.of("time repeated", String.join("\n", replace(good, 51, good.get(50))), ":52: times must increase"),
                Arguments.of("negative power", String.join("\n", replace(good, 51, "5.0,-10")), ":52: expected two numbers"),
                Arguments.of("one column", "time_s\n1\n1", ":1: expected the header time_s,power_kw"),
                Arguments.of("empty", "", ":1: expected the header time_s,power_kw"),
                Arguments.of("header only", "time_s,power_kw", "a trace needs at least two samples"));
    }

    @ParameterizedTest(name = "trace: {0}")
    @MethodSource("traces")
    void aBrokenTraceIsRefusedByValidateAsByTransient(String name, String content, String words) throws Exception {
        String csv = "trace-" + name.replace(' ', '-') + ".csv";
        if (content != null) {
            Files.writeString(tmp.resolve(csv), content.isEmpty() ? "" : content + "\n");
        }
        Path file = write("trace " + name, HEAD + "transient:\n  duration_s: 10\n  load: {type: trace, file: " + csv + "}\n"
                + "  events: [{type: grid_outage, at_s: 1, duration_s: 2}]\n");
        assertRefused(cli("validate", file.toString()), "8:29: transient.load.file: ");
        assertRefused(cli("validate", file.toString()), words);
        Path dir = tmp.resolve("transient-" + file.getFileName());
        assertRefused(cli("transient", file.toString(), "-o", dir.toString()), words);
        assertFalse(Files.exists(dir), "nothing written");
    }

    /** Transient sections the schema alone accepts. */
    static Stream<Arguments> transientRelations() {
        return Stream.of(
                Arguments.of("outage after the window", "transient:\n  duration_s: 10\n  events: [{type: grid_outage, at_s: 20, "
                        + "duration_s: 5}]\n", "8:38: transient.events[0].at_s: outside the simulated window (expected below "
                        + "duration_s 10.0 s, found 20.0 s)"),
                Arguments.of("output step below the step", "transient:\n  duration_s: 10\n  step_s: 0.01\n  output_step_s: 0.001\n"
                        + "  events: [{type: grid_outage, at_s: 1, duration_s: 5}]\n", "9:18: transient.output_step_s: shorter than the "
                        + "step (expected ≥ 0.01 s, found 0.001 s)"),
                Arguments.of("more sets failing than installed", "backup: {generators: {units: 2, unit_rating_kw: 500}}\ntransient:\n"
                        + "  duration_s: 10\n  events: [{type: grid_outage, at_s: 1, duration_s: 5}, {type: generator_fail_to_start, "
                        + "units: 3}]\n", "transient.events: more sets fail to start than are installed (expected ≤ 2, found 3)"),
                Arguments.of("more output rows than a heap holds", "transient:\n  duration_s: 604800\n  step_s: 0.001\n"
                        + "  output_step_s: 0.001\n  events: [{type: grid_outage, at_s: 10, duration_s: 100}]\n",
                        "9:18: transient.output_step_s: too many rows of transient.csv (expected at most 1000000 rows"),
                Arguments.of("a window past a week", "transient:\n  duration_s: 1000000\n  events: [{type: grid_outage, at_s: 1, "
                        + "duration_s: 5}]\n", "transient.duration_s: too large"),
                Arguments.of("a sag deeper than the voltage", "transient:\n  duration_s: 10\n  events: [{type: voltage_sag, at_s: 1, "
                        + "duration_s: 0.1, depth_fraction: 1.5}]\n", "transient.events[0].depth_fraction: too large"),
                Arguments.of("a cooling load on two buses", "transient:\n  duration_s: 10\n  events: [{type: grid_outage, at_s: 1, "
                        + "duration_s: 5}]\n  cooling: {on_ups: [cdu_pumps], on_utility: [cdu_pumps]}\n",
                        "transient.cooling.on_utility[0]: cdu_pumps is on the UPS too"),
                Arguments.of("a plate's heat capacity in J/K for kJ/K", "transient:\n  duration_s: 600\n  events: [{type: grid_outage, "
                        + "at_s: 1, duration_s: 5}]\n  cooling: {plate_kj_per_k_per_chip: 0.0005}\n",
                        "transient.cooling: the hall's shortest thermal time constant is"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transientRelations")
    void validateAndTransientAgreeOnATransientSection(String name, String section, String words) throws Exception {
        Path file = write("transient " + name, HEAD + section);
        assertRefused(cli("validate", file.toString()), words);
        Path dir = tmp.resolve("transient-" + file.getFileName());
        assertRefused(cli("transient", file.toString(), "-o", dir.toString()), words);
        assertFalse(Files.exists(dir), "nothing written");
    }

    /** Command lines that cannot be run: arguments (an output folder is added), words of the message. */
    static Stream<Arguments> commandLines() {
        String s = "scenarios/ai-hall-cold-plate.yaml";
        String sweep = "it.groups[0].rack_power_kw=100,130";
        return Stream.of(
                Arguments.of(List.of("run"), "Missing required parameter: 'FILE'"),
                Arguments.of(List.of("run", s, "--bogus"), "Unknown option: '--bogus'"),
                Arguments.of(List.of("run", s, s), "Unmatched argument at index 2"),
                Arguments.of(List.of("frobnicate", s), "Unmatched arguments from index 0: 'frobnicate'"),
                Arguments.of(List.of("run", "missing.yaml"), "missing.yaml: file not found"),
                Arguments.of(List.of("transient", s), "transient: no transient section to run"),
                Arguments.of(List.of("sweep", s, "--set", sweep, "--threads", "abc"), "Invalid value for option '--threads': 'abc'"),
                Arguments.of(List.of("sweep", s, "--set", sweep, "--pareto", "pue"), "--pareto: expected two metrics X,Y, found \"pue\""),
                Arguments.of(List.of("sweep", s, "--set", sweep, "--require", "pue=1.2"), "--require: expected METRIC<=VALUE"),
                Arguments.of(List.of("compare", s, "-a", "hvdc-240v,dc-380v", "--require", "pue"), "--require: expected METRIC<=VALUE"),
                Arguments.of(List.of("sweep", s, "--set", sweep, "--require", "availability>=0.99"),
                        "--require: \"availability\" is estimated only when asked"),
                Arguments.of(List.of("sweep", s, "--set", sweep, "--pareto", "pue,bogus"), "--pareto: unknown metric"),
                Arguments.of(List.of("sweep", s, "--set", sweep, "--pareto", "pue,pue"), "the same metric twice"),
                Arguments.of(List.of("sweep", s, "--set", sweep, "--pareto", "pue,design_it_power_kw"), "is a size, neither better"),
                Arguments.of(List.of("sweep", s, "--set", "nonsense"), "expected path=value1,value2,… or path=from:to:step"),
                Arguments.of(List.of("sweep", s, "--set", "it.groups[0].rack_power_kw="), "expected path=value1,value2"),
                Arguments.of(List.of("sweep", s, "--set", "it.groups[0].rack_power_kw=1:0:1"), "range runs backwards"),
                Arguments.of(List.of("sweep", s, "--set", "it.groups[0].rack_power_kw=1:2:0"), "step > 0"),
                Arguments.of(List.of("sweep", s, "--set", "it.groups[9].rack_power_kw=1,2"), "names no field of the scenario"),
                Arguments.of(List.of("sweep", s, "--set", "cooling.technology=air,bogus"), "cooling.technology: unknown value"),
                Arguments.of(List.of("sweep", s, "--set", "it.groups[0].rack_power_kw=100,lots"), "wrong type"),
                Arguments.of(List.of("compare", s, "-a", "bogus"), "--architectures: unknown architecture"),
                Arguments.of(List.of("compare", s, "-a", "hvdc-240v,hvdc-240v"), "\"hvdc-240v\" is given twice"),
                Arguments.of(List.of("compare", s), "give two or more scenario files"),
                Arguments.of(List.of("density", s, "--densities", "-5,10"), "--densities: out of range"),
                Arguments.of(List.of("density", s, "--densities", "abc"), "Invalid value for option '--densities'"),
                Arguments.of(List.of("density", s, "--set", "cooling.technology=air"), "--set: \"cooling.technology\" is what density varies itself"),
                Arguments.of(List.of("density", s, "--set", "cooling.liquid.facility_supply_temp_c=20:45:1"),
                        "--set: too many lines for one chart (expected at most 12"),
                Arguments.of(List.of("density", s, "--set", "cooling.liquid.coolant=water", "--set", "cooling.liquid.coolant=pg25"),
                        "--set: \"cooling.liquid.coolant\" is given twice"),
                Arguments.of(List.of("density", s, "--set", "cooling.liquid.coolant=water,pg99"),
                        "--set: pg99: unknown"),
                Arguments.of(List.of("density", s, "--set", "site.weather.file=../weather/nope.epw"),
                        "--set: ../weather/nope.epw: "),
                Arguments.of(List.of("catalog", "--json", "--format", "text"), "--json and --format text ask for two outputs"),
                Arguments.of(List.of("chain", s, "--load", "2"), "expected a fraction of design IT load, found 2.0"),
                Arguments.of(List.of("chain", s, "--load", "abc"), "Invalid value for option '--load'"),
                Arguments.of(List.of("availability", s, "--years", "abc"), "Invalid value for option '--years'"),
                Arguments.of(List.of("study", "scenarios/study-cold-plate.yaml", "--samples", "2000000"),
                        "the local engine brings every row back, at most 1,000,000"),
                Arguments.of(List.of("study", "scenarios/study-cold-plate.yaml", "--samples", "2000000000"), "--samples"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void aCommandLineThatCannotRunIsRefused(List<String> args, String words) throws Exception {
        Path dir = tmp.resolve("cmd-" + Math.abs(args.hashCode()));
        List<String> all = new ArrayList<>(args);
        if (!List.of("frobnicate", "catalog").contains(args.get(0)) && args.size() > 1) {
            all.addAll(List.of("-o", dir.toString()));
        }
        assertRefused(cli(all.toArray(String[]::new)), words);
        assertFalse(Files.exists(dir), "nothing written");
    }

    /** A bad range no longer hides the other dimensions' problems from validate: all are reported at once. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sweepTogether")
    void validateReportsEverySweepProblemAtOnce(String name, String section, List<String> all) throws Exception {
        Path file = write("sweep " + name, HEAD + "simulation: {days: 1}\nsweep:\n" + section);
        Refusals.Outcome o = cli("validate", file.toString());
        for (String words : all) {
            assertRefused(o, words);
        }
    }

    static Stream<Arguments> sweepTogether() {
        return Stream.of(Arguments.of("backwards range and bad value", "  - path: simulation.days\n    range: {from: 10, to: 1, step: 1}\n"
                + "  - path: cooling.technology\n    values: [air, bogus]\n", List.of("range runs backwards",
                "cooling.technology: unknown value")),
                Arguments.of("backwards range and unknown path", "  - path: simulation.days\n    range: {from: 10, to: 1, step: 1}\n"
                + "  - path: it.groups[0].rack_powr_kw\n    values: [1]\n", List.of("range runs backwards",
                "sweep[1].path: names no field")));
    }
}
