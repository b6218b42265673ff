package org.aidcsim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidcsim.catalog.TabulatedEfficiency;
import org.aidcsim.scenario.ScenarioSpec.StageSpec;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
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
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(List.of(new Issue(new Location(file.toString(), 0, 0), "", "file not found")));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Issue(new Location(file.toString(), 0, 0), "",
                    "cannot read file: " + e.getMessage())));
        }
        return parse(file, text);
    }

    /** Parses {@code text} as if read from {@code file} (the extension picks JSON or YAML). */
    public static LoadedScenario parse(Path file, String text) throws ScenarioException {
        NodeReader.Result parsed = NodeReader.read(file.toString(), text);
        List<Issue> issues = new ArrayList<>(parsed.issues());
        if (parsed.root().isEmpty()) {
            throw new ScenarioException(issues);
        }
        return fromNode(file, parsed.root().get(), issues);
    }

    /** Validates and binds an already parsed (perhaps edited) document. */
    public static LoadedScenario fromNode(Path file, Node root) throws ScenarioException {
        return fromNode(file, root, new ArrayList<>());
    }

    private static LoadedScenario fromNode(Path file, Node root, List<Issue> issues) throws ScenarioException {
        Validator.Result checked = Validator.validate(root, ScenarioFormat.SCENARIO);
        issues.addAll(checked.issues());
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) checked.value();
        LoadedScenario loaded = new LoadedScenario(file, root, SpecBinder.bind(doc), doc, checked.locations());
        List<Issue> relational = relationalIssues(loaded);
        if (!relational.isEmpty()) {
            throw new ScenarioException(relational);
        }
        return loaded;
    }

    /** Checks that involve more than one field, which JSON Schema cannot express. */
    private static List<Issue> relationalIssues(LoadedScenario s) {
        List<Issue> issues = new ArrayList<>();
        int stepS = s.spec().simulation().stepS();
        if (3600 % stepS != 0) {
            issues.add(s.issueAt("simulation.step_s", "must divide 3600 so that each step lies inside one weather hour "
                    + "(expected 60, 300, 600, 900, 1200, 1800 or 3600, found " + stepS + ")"));
        }
        var power = s.spec().power();
        if (power.architecture().isEmpty()) {
            for (String presetOnly : List.of("power.redundancy", "power.feeder")) {
                if (s.locations().containsKey(presetOnly)) {
                    issues.add(s.issueAt(presetOnly, "applies to a preset architecture only; give it on each stage instead "
                            + "(expected power.architecture, found power.stages)"));
                }
            }
        }
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
            if (st.heatTo().isPresent() && (st.heatTo().get() == org.aidcsim.power.HeatSink.RACK) != inRack) {
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
