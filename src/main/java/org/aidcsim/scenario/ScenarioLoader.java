package org.aidcsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.catalog.ItSystem;
import org.aidcsim.catalog.ItSystemCatalog;
import org.aidcsim.catalog.RackType;
import org.aidcsim.catalog.TabulatedEfficiency;
import org.aidcsim.power.HeatSink;
import org.aidcsim.scenario.ScenarioSpec.StageSpec;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.TextFiles;
import org.aidcsim.schema.Node;
import org.aidcsim.schema.NodeReader;
import org.aidcsim.schema.Validator;

/**
 * Reads a scenario file: parse with locations, validate against {@link ScenarioFormat}, check what
 * a schema cannot (relations between fields), bind. Every issue is collected before failing.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    public static LoadedScenario load(Path file) throws ScenarioException {
        return load(file, ScenarioFormat.DEFAULT);
    }

    /** Reads {@code file} in {@code format} (a format with other cooling technologies, for instance). */
    public static LoadedScenario load(Path file, ScenarioFormat format) throws ScenarioException {
        String text;
        // read from standard input, a scenario is named so in messages; its relative paths start in the current folder
        Path named = file.toString().equals(TextFiles.STDIN) ? STDIN_NAME : file;
        try {
            text = TextFiles.readUtf8(file, TextFiles.MAX_SCENARIO_BYTES);
        } catch (TextFiles.UnreadableException e) {
            throw new ScenarioException(List.of(new Issue(new Location(named.toString(), e.line(), e.line() > 0 ? 1 : 0), "",
                    e.getMessage())));
        }
        return parse(named, text, format);
    }

    /** How a scenario read from standard input ({@code -}) is named. */
    public static final Path STDIN_NAME = Path.of("<stdin>");

    /** Parses {@code text} as if read from {@code file} (the extension picks JSON or YAML). */
    public static LoadedScenario parse(Path file, String text) throws ScenarioException {
        return parse(file, text, ScenarioFormat.DEFAULT);
    }

    /** Parses {@code text} in {@code format} as if read from {@code file}. */
    public static LoadedScenario parse(Path file, String text, ScenarioFormat format) throws ScenarioException {
        NodeReader.Result parsed = NodeReader.read(file.toString(), text);
        List<Issue> issues = new ArrayList<>(parsed.issues());
        if (parsed.root().isEmpty()) {
            throw new ScenarioException(issues);
        }
        return fromNode(file, parsed.root().get(), format, issues);
    }

    /** Validates and binds an already parsed (perhaps edited) document. */
    public static LoadedScenario fromNode(Path file, Node root, ScenarioFormat format) throws ScenarioException {
        return fromNode(file, root, format, new ArrayList<>());
    }

    private static LoadedScenario fromNode(Path file, Node root, ScenarioFormat format, List<Issue> issues) throws ScenarioException {
        Validator.Result checked = Validator.validate(root, format.scenario());
        issues.addAll(checked.issues());
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) checked.value();
        return fromResolved(file, root, doc, checked.locations(), format);
    }

    /**
     * A scenario from a document that passed validation, defaults applied (a sweep's variant of a
     * validated base): bound to records and checked across fields, as every loaded scenario is.
     */
    static LoadedScenario fromResolved(Path file, Node root, Map<String, Object> doc, Map<String, Location> locations,
            ScenarioFormat format) throws ScenarioException {
        LoadedScenario loaded = new LoadedScenario(file, root, SpecBinder.bind(doc, format, locations.keySet()), doc, locations, format);
        List<Issue> relational = relationalIssues(loaded);
        relational.addAll(TransientBinder.relationalIssues(loaded));
        if (!relational.isEmpty()) {
            throw new ScenarioException(relational);
        }
        return loaded;
    }

    /** Names that reports and summary.json key by must be unique within their list. */
    private static void duplicateNames(LoadedScenario s, String list, List<String> names, List<Issue> issues) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                issues.add(s.issueAt(list + "[" + i + "].name", "name used twice in " + list + " (expected a name of its own, found \""
                        + names.get(i) + "\" again)"));
            }
        }
    }

    /** A group's racks from its capacity or systems, and the site's, within the bound of the format's racks field. */
    private static void rackBounds(LoadedScenario s, List<ScenarioSpec.RackGroupSpec> groups, List<Issue> issues) {
        long allRacks = 0;
        for (int i = 0; i < groups.size(); i++) {
            ScenarioSpec.RackGroupSpec g = groups.get(i);
            allRacks += g.racks();
            String at = "it.groups[" + i + "]";
            String from = s.locations().containsKey(at + ".it_capacity_kw") ? at + ".it_capacity_kw"
                    : s.locations().containsKey(at + ".systems") ? at + ".systems" : null;
            if (from != null && from.endsWith("it_capacity_kw") && !(g.rackPowerW() * g.utilization() > 0)) {
                // racks are counted as capacity / (rack power × utilization): no rack carries anything here
                boolean idle = !(g.utilization() > 0);
                issues.add(s.issueAt(idle ? at + ".utilization" : at + ".rack_power_kw", String.format(Locale.ROOT,
                        "no rack can carry it_capacity_kw at %s (expected %s above 0, found 0)", idle ? "zero utilization"
                                : "zero rack power", idle ? "a utilization" : "a rack_power_kw")));
            }
            if (from != null && g.racks() > MAX_RACKS) {
                issues.add(s.issueAt(from, String.format(Locale.ROOT, "gives %,d racks, more than the %,d a group may have%s",
                        (long) g.racks(), MAX_RACKS, from.endsWith("it_capacity_kw") ? " (it_capacity_kw is in kW: is it in W?)" : "")));
            }
        }
        if (allRacks > MAX_RACKS && issues.stream().noneMatch(x -> x.message().contains("racks, more than"))) {
            issues.add(s.issueAt("it.groups", String.format(Locale.ROOT, "the hall has %,d racks in all, more than the %,d a site "
                    + "may have", allRacks, MAX_RACKS)));
        }
    }

    /** A stage override's curve: one kind of curve, and a curve that is one. */
    private static void overrideIssues(LoadedScenario s, List<Issue> issues) {
        var power = s.spec().power();
        power.overrides().forEach((kind, o) -> {
            String at = "power.stage_overrides." + kind.key();
            if (!o.efficiencyCurve().isEmpty() && o.lossTerms().isPresent()) {
                issues.add(s.issueAt(at + ".loss_terms", "one curve per stage (expected efficiency_curve or loss_terms, found "
                        + "both)"));
            }
            if (!o.efficiencyCurve().isEmpty()) {
                double[] x = o.efficiencyCurve().stream().mapToDouble(ScenarioSpec.CurvePointSpec::loadFraction).toArray();
                double[] eta = o.efficiencyCurve().stream().mapToDouble(ScenarioSpec.CurvePointSpec::efficiency).toArray();
                TabulatedEfficiency.validate(x, eta).ifPresent(msg -> issues.add(s.issueAt(at + ".efficiency_curve", msg)));
            }
        });
    }

    /** Racks in one group and in a site, the bound of the format's racks field. */
    private static final long MAX_RACKS = 1_000_000;

    /** A group names a catalogue system correctly, or gives its racks' power itself. */
    private static void catalogueIssues(LoadedScenario s, List<Issue> issues) {
        List<?> groups = (List<?>) ((Map<?, ?>) s.resolved().get("it")).get("groups");
        for (int i = 0; i < groups.size(); i++) {
            Map<?, ?> g = (Map<?, ?>) groups.get(i);
            String at = "it.groups[" + i + "]";
            Optional<ItSystem> system = Optional.ofNullable((String) g.get("system")).flatMap(ItSystemCatalog::of);
            if (system.isEmpty()) {
                if (!g.containsKey("rack_power_kw")) {
                    issues.add(s.issueAt(at, "no rack power (expected rack_power_kw, or a system from the catalogue, found neither)"));
                }
                for (String systemOnly : List.of("role", "systems")) {
                    if (g.containsKey(systemOnly)) {
                        issues.add(s.issueAt(at + "." + systemOnly, "applies to a catalogue system only (expected system: "
                                + "beside it, found none)"));
                    }
                }
                continue;
            }
            List<String> roles = system.get().racks().stream().map(RackType::role).toList();
            Object role = g.get("role");
            if (role == null && roles.size() > 1) {
                issues.add(s.issueAt(at + ".system", system.get().key() + " has several rack types (expected role: one of "
                        + String.join(", ", roles) + ", one group per role; found no role)"));
            } else if (role != null && !roles.contains(role)) {
                issues.add(s.issueAt(at + ".role", "no such rack type in " + system.get().key() + " (expected one of "
                        + String.join(", ", roles) + ", found \"" + role + "\")"));
            }
        }
    }

    /** Checks that involve more than one field, which JSON Schema cannot express. */
    private static List<Issue> relationalIssues(LoadedScenario s) {
        List<Issue> issues = new ArrayList<>();
        int stepS = s.spec().simulation().stepS();
        if (3600 % stepS != 0) {
            issues.add(s.issueAt("simulation.step_s", "must divide 3600 so that each step lies inside one weather hour "
                    + "(expected 60, 300, 600, 900, 1200, 1800 or 3600, found " + stepS + ")"));
        }
        catalogueIssues(s, issues);
        Object ramp = ((Map<?, ?>) s.resolved().get("economics")).get("load_ramp");
        int years = s.spec().economics().inputs().years();
        if (ramp instanceof List<?> shares && shares.size() > years) {
            issues.add(s.issueAt("economics.load_ramp", "more shares than years of the horizon (expected at most economics.years = "
                    + years + ", found " + shares.size() + ")"));
        }
        var groups = s.spec().it().groups();
        rackBounds(s, groups, issues);
        if (groups.stream().mapToDouble(g -> g.racks() * g.rackPowerW() * g.utilization()).sum() <= 0
                && issues.stream().noneMatch(x -> x.message().startsWith("no rack can carry"))) {
            // nothing to power or cool: every efficiency and PUE would be 0/0
            issues.add(s.issueAt("it.groups", "no IT load (expected at least one group with racks, rack_power_kw and "
                    + "utilization above zero, found none)"));
        }
        duplicateNames(s, "it.groups", groups.stream().map(ScenarioSpec.RackGroupSpec::name).toList(), issues);
        duplicateNames(s, "power.stages", s.spec().power().stages().stream().map(StageSpec::name).toList(), issues);
        var power = s.spec().power();
        if (power.architecture().isEmpty()) {
            for (String presetOnly : List.of("power.redundancy", "power.feeder", "power.stage_overrides")) {
                if (s.locations().containsKey(presetOnly)) {
                    issues.add(s.issueAt(presetOnly, "applies to a preset architecture only; give it on each stage instead "
                            + "(expected power.architecture, found power.stages)"));
                }
            }
        }
        s.spec().backup().flatMap(BackupParams::supercap).ifPresent(c -> {
            if (c.windowTopV() > c.cellRatedVoltageV()) {
                issues.add(s.issueAt("backup.supercap.max_cell_voltage_v", String.format(Locale.ROOT,
                        "window above the cell rating (expected ≤ %s V, found %s V)", c.cellRatedVoltageV(), c.windowTopV())));
            } else if (c.windowBottomV() >= c.windowTopV()) {
                issues.add(s.issueAt("backup.supercap.min_cell_voltage_v", String.format(Locale.ROOT,
                        "window upside down (expected below the top %s V, found %s V)", c.windowTopV(), c.windowBottomV())));
            }
        });
        overrideIssues(s, issues);
        List<StageSpec> stages = power.stages();
        boolean seenInRack = false;
        for (int i = 0; i < stages.size(); i++) {
            StageSpec st = stages.get(i);
            String at = "power.stages[" + i + "]";
            boolean inRack = st.inRack().orElse(st.kind().inRackByDefault());
            if (seenInRack && !inRack) {
                issues.add(s.issueAt(at, "facility stage after an in-rack stage: list stages from the grid to the chips "
                        + "(expected in-rack stages last, found \"" + st.name() + "\" after one)"));
            }
            seenInRack |= inRack;
            if (st.heatTo().isPresent() && (st.heatTo().get() == HeatSink.RACK) != inRack) {
                issues.add(s.issueAt(at + ".heat_to", inRack
                        ? "an in-rack stage's loss is IT heat (expected rack, found " + st.heatTo().get().key() + ")"
                        : "only in-rack stages release heat in the rack (expected outdoors, electrical_room, white_space "
                                + "or rack_liquid, found rack)"));
            }
            if (st.conductor().isPresent()) {
                for (String converterOnly : List.of("unit_rating_kw", "units", "redundancy")) {
                    if (s.locations().containsKey(at + "." + converterOnly)) {
                        issues.add(s.issueAt(at + "." + converterOnly, "a conductor has no units "
                                + "(expected this field on converters only, found it with conductor)"));
                    }
                }
            }
            if (st.efficiencyCurve().isEmpty()) {
                continue;
            }
            double[] x = st.efficiencyCurve().stream().mapToDouble(ScenarioSpec.CurvePointSpec::loadFraction).toArray();
            double[] eta = st.efficiencyCurve().stream().mapToDouble(ScenarioSpec.CurvePointSpec::efficiency).toArray();
            int index = i;
            TabulatedEfficiency.validate(x, eta).ifPresent(msg ->
                    issues.add(s.issueAt("power.stages[" + index + "].efficiency_curve", msg)));
        }
        return issues;
    }
}
