package org.aidcsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioVariants;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;
import org.aidcsim.schema.NodePaths;

/** Reads sweep dimensions from a scenario's {@code sweep} section and from --set options. */
public final class SweepDimensions {
    private SweepDimensions() {
    }

    /** The dimensions written in the scenario, values keeping their place in the file. */
    public static List<SweepDimension> fromScenario(LoadedScenario s) throws ScenarioException {
        List<Issue> issues = new ArrayList<>();
        List<SweepDimension> out = fromScenario(s, issues);
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        return out;
    }

    /**
     * The dimensions of the scenario's sweep section that can be read, the problems of the others
     * added to {@code issues}: so that validate can go on to check the good dimensions too.
     */
    public static List<SweepDimension> fromScenario(LoadedScenario s, List<Issue> issues) {
        List<SweepDimension> out = new ArrayList<>();
        Object sweep = s.resolved().get("sweep");
        if (!(sweep instanceof List<?> list)) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> dim = (Map<String, Object>) list.get(i);
            String at = "sweep[" + i + "]";
            Location origin = s.locations().getOrDefault(at, new Location(s.file().toString(), 0, 0));
            List<Node> values = new ArrayList<>();
            try {
                Optional<Node> written = NodePaths.get(s.root(), at + ".values");
                if (written.isPresent() && written.get() instanceof Node.ListNode l) {
                    values.addAll(l.items());
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> range = (Map<String, Object>) dim.get("range");
                    Location where = s.locations().getOrDefault(at + ".range", origin);
                    values.addAll(range(((Number) range.get("from")).doubleValue(), ((Number) range.get("to")).doubleValue(),
                            ((Number) range.get("step")).doubleValue(), where, at + ".range"));
                }
            } catch (NodePaths.PathException e) {
                throw new IllegalStateException(e);
            } catch (ScenarioException e) {
                issues.addAll(e.issues());
                continue;
            }
            String path = (String) dim.get("path");
            if (out.stream().anyMatch(d -> d.path().equals(path))) {
                issues.add(new Issue(origin, at + ".path", "\"" + path + "\" is swept twice (expected each path once, with all "
                        + "its values)"));
                continue;
            }
            out.add(new SweepDimension(path, values, origin, at));
        }
        return out;
    }

    /**
     * Parses {@code path=v1,v2,…} or {@code path=from:to:step}. Values read as they would in a
     * file: 20 is a number, air is text.
     */
    public static SweepDimension fromOption(String option) throws ScenarioException {
        Location origin = new Location("--set " + option, 1, 1);
        int eq = option.indexOf('=');
        if (eq <= 0 || eq == option.length() - 1) {
            throw new ScenarioException(List.of(new Issue(origin, "", "expected path=value1,value2,… or path=from:to:step, found \""
                    + option + "\"")));
        }
        String path = option.substring(0, eq).trim();
        String rhs = option.substring(eq + 1).trim();
        if (rhs.matches("-?[0-9.eE+-]+:-?[0-9.eE+-]+:[0-9.eE+-]+")) {
            String[] p = rhs.split(":");
            try {
                double from = Double.parseDouble(p[0]);
                double to = Double.parseDouble(p[1]);
                double step = Double.parseDouble(p[2]);
                return new SweepDimension(path, range(from, to, step, origin, path), origin, "--set");
            } catch (NumberFormatException e) {
                throw new ScenarioException(List.of(new Issue(origin, path, "bad range (expected from:to:step with step > 0, found \""
                        + rhs + "\")")));
            }
        }
        List<Node> values = new ArrayList<>();
        for (String text : splitValues(rhs)) {
            if (text.isBlank()) {
                throw new ScenarioException(List.of(new Issue(origin, path, "empty value in the list (expected values separated by "
                        + "commas, found \"" + rhs + "\")")));
            }
            values.add(ScenarioVariants.value(text.trim(), "--set " + path));
        }
        return new SweepDimension(path, values, origin, "--set");
    }

    private static List<String> splitValues(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /**
     * Values of one dimension at most: more is a curve to plot, not a set of designs to compare, and
     * each value is validated on its own before the sweep starts (docs/limits.md).
     */
    public static final int MAX_VALUES = 10_000;

    /** from, from + step, … up to to; refused before a single value is made if it runs backwards or is too long. */
    static List<Node> range(double from, double to, double step, Location at, String path) throws ScenarioException {
        if (!(step > 0) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new ScenarioException(List.of(new Issue(at, path, "bad range (expected finite from and to, and step > 0, found from "
                    + from + ", to " + to + ", step " + step + ")")));
        }
        if (to < from) {
            throw new ScenarioException(List.of(new Issue(at, path, "range runs backwards (expected to ≥ from, found from " + from
                    + " to " + to + ")")));
        }
        double count = Math.floor((to - from) / step + 1e-9) + 1;
        if (count > MAX_VALUES) {
            throw new ScenarioException(List.of(new Issue(at, path, String.format(Locale.ROOT,
                    "too many values (expected at most %d per dimension, found %.0f: from %s to %s in steps of %s)",
                    MAX_VALUES, count, from, to, step))));
        }
        List<Node> out = new ArrayList<>();
        int n = (int) count - 1;
        for (int k = 0; k <= n; k++) {
            // Rounded to 12 significant digits so that 0.1 steps read as 0.3, not 0.30000000000000004.
            double v = Double.parseDouble(String.format(Locale.ROOT, "%.12g", from + k * step));
            out.add(new Node.ScalarNode(at, Optional.of(v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v)));
        }
        return out;
    }
}
