package org.aidcsim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout rules of docs/architecture.md, checked on the sources so that they cannot erode:
 * models never import the file format, nothing outside {@code cooling} tells cooling technologies
 * apart, the format layer stays small, dependencies are imports, and unit factors live in
 * {@code units}.
 */
class LayoutTest {
    private static final Path MAIN = Path.of("src/main/java/org/aidcsim");
    /** Packages below the format layer: they take SI parameter records, never the scenario. */
    private static final List<String> MODEL_PACKAGES = List.of("it", "power", "backup", "cooling", "weather", "catalog", "units",
            "metrics", "engine", "economics", "availability", "standards", "schema", "location", "thermal");

    private static Map<Path, String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted()
                    .collect(Collectors.toMap(f -> f, f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }, (a, b) -> a, LinkedHashMap::new));
        }
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    /** Code lines only: comments and Javadoc may name anything. */
    private static List<String> codeLines(String source) {
        List<String> out = new ArrayList<>();
        for (String line : source.split("\n")) {
            String t = line.strip();
            if (!(t.startsWith("*") || t.startsWith("/*") || t.startsWith("//"))) {
                out.add(line);
            }
        }
        return out;
    }

    /** Code lines of the packages {@code where} selects that {@code pattern} finds, as "file: line". */
    private static List<String> offending(Predicate<String> where, Pattern pattern) throws IOException {
        List<String> offenders = new ArrayList<>();
        sources().forEach((file, src) -> {
            if (where.test(packageOf(file))) {
                for (String line : codeLines(src)) {
                    if (pattern.matcher(line).find()) {
                        offenders.add(MAIN.relativize(file) + ": " + line.strip());
                    }
                }
            }
        });
        return offenders;
    }

    @Test
    void noModelPackageImportsTheScenarioFormat() throws IOException {
        List<String> offenders = new ArrayList<>();
        sources().forEach((file, src) -> {
            if (MODEL_PACKAGES.contains(packageOf(file)) && src.contains("import org.aidcsim.scenario")) {
                offenders.add(MAIN.relativize(file).toString());
            }
        });
        assertEquals(List.of(), offenders, "model packages importing org.aidcsim.scenario");
    }

    @Test
    void onlyTheCoolingPackageTellsTechnologiesApart() throws IOException {
        Pattern byName = Pattern.compile("CoolingTechnology\\.(AIR|COLD_PLATE|IMMERSION|IMMERSION_TWO_PHASE|SPRAY)\\b"
                + "|technology\\(\\)\\s*(==|!=)|technology\\(\\)\\.(key\\(\\)\\.)?equals|switch\\s*\\([^)]*technolog");
        assertEquals(List.of(), offending(p -> !p.equals("cooling"), byName),
                "cooling technologies told apart outside org.aidcsim.cooling");
    }

    @Test
    void stageKindsAreToldApartByTheirTraits() throws IOException {
        Pattern byName = Pattern.compile("switch\\s*\\([^)]*kind\\(\\)|kind\\(\\)\\s*(==|!=)\\s*StageKind\\.");
        assertEquals(List.of(), offending(p -> !p.equals("power"), byName), "stage kinds told apart outside org.aidcsim.power");
    }

    /**
     * The loop's derived temperatures are computed once (LiquidLoopParams): "facility supply + CDU
     * approach" written anywhere else would be a second definition that can drift from the first.
     */
    @Test
    void theLoopsDerivedTemperaturesAreComputedInOnePlace() throws IOException {
        Pattern sum = Pattern.compile("\\w*[sS]upply\\w*(\\(\\))?\\s*\\+\\s*(\\w+\\.)?\\w*[cC]duApproach"
                + "|\\w*[cC]duApproach\\w*(\\(\\))?\\s*\\+\\s*(\\w+\\.)?\\w*[sS]upply"
                + "|coolantSupplyTempC(\\(\\))?\\s*\\+\\s*(\\w+\\.)?loopDeltaTK");
        assertEquals(List.of("cooling/LiquidLoopParams.java: return facilitySupplyTempC + cduApproachK;",
                "cooling/LiquidLoopParams.java: return coolantSupplyTempC() + loopDeltaTK;",
                "cooling/LiquidLoopParams.java: return coolantSupplyTempC() + loopDeltaTK / 2;"),
                offending(p -> true, sum), "derived loop temperatures computed outside LiquidLoopParams");
    }

    @Test
    void theFormatLayerHoldsLessThanFifteenPercentOfTheCode() throws IOException {
        long all = 0;
        long scenario = 0;
        for (var e : sources().entrySet()) {
            long lines = e.getValue().lines().count();
            all += lines;
            scenario += packageOf(e.getKey()).equals("scenario") ? lines : 0;
        }
        assertTrue(scenario < 0.15 * all, "scenario holds " + scenario + " of " + all + " main-source lines");
    }

    @Test
    void dependenciesAreImportsNotInlineQualifiedNames() throws IOException {
        Pattern qualified = Pattern.compile("(?<![\\w.@\"])(java|javax|com|org)\\.([a-z0-9_]+\\.)+[A-Z]\\w*");
        List<String> offenders = new ArrayList<>();
        sources().forEach((file, src) -> {
            for (String line : codeLines(src)) {
                String t = line.strip();
                String code = t.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
                Matcher m = qualified.matcher(code);
                if (!t.startsWith("import ") && !t.startsWith("package ") && m.find()) {
                    offenders.add(MAIN.relativize(file) + ": " + t);
                }
            }
        });
        assertEquals(List.of(), offenders, "inline fully-qualified names");
    }

    @Test
    void unitFactorsLiveInUnits() throws IOException {
        Pattern factor = Pattern.compile("3\\.6e[369]|86_?400|[*/] ?3600(\\.0)?\\b|[*/] ?1e3\\b|[*/] ?1000\\.0\\b|60_?000");
        assertEquals(List.of(), offending(p -> !p.equals("units"), factor), "unit conversion factors outside org.aidcsim.units");
    }

    /** Package → the other aidcsim packages it imports. */
    private static Map<String, SortedSet<String>> packageGraph() throws IOException {
        Pattern imp = Pattern.compile("^import (?:static )?org\\.aidcsim\\.([a-z]+)\\.", Pattern.MULTILINE);
        Map<String, SortedSet<String>> graph = new TreeMap<>();
        sources().forEach((file, src) -> {
            String from = packageOf(file);
            var targets = graph.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher m = imp.matcher(src);
            while (m.find()) {
                if (!m.group(1).equals(from)) {
                    targets.add(m.group(1));
                }
            }
        });
        return graph;
    }

    /** The first cycle reachable from {@code node}, as "a -> b -> a", or null. */
    private static String cycleFrom(String node, Map<String, SortedSet<String>> graph, List<String> path,
            Set<String> done) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            return String.join(" -> ", cycle);
        }
        if (!done.add(node)) {
            return null;
        }
        path.add(node);
        for (String next : graph.getOrDefault(node, new TreeSet<>())) {
            String found = cycleFrom(next, graph, path, done);
            if (found != null) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        return null;
    }

    @Test
    void packageArrowsPointDownWithoutCycles() throws IOException {
        var graph = packageGraph();
        assertTrue(graph.size() > 10, "packages found: " + graph.keySet());
        for (String p : graph.keySet()) {
            // a fresh "done" set per start: a cycle must be found from any of its members
            String cycle = cycleFrom(p, graph, new ArrayList<>(), new HashSet<>());
            assertEquals(null, cycle, "package cycle (arrows must point down, docs/architecture.md): " + cycle);
        }
    }

    @Test
    void theCycleCheckFindsACycle() {
        Map<String, SortedSet<String>> graph = new TreeMap<>();
        graph.put("a", new TreeSet<>(List.of("b")));
        graph.put("b", new TreeSet<>(List.of("c")));
        graph.put("c", new TreeSet<>(List.of("a")));
        assertEquals("a -> b -> c -> a", cycleFrom("a", graph, new ArrayList<>(), new HashSet<>()));
        graph.put("c", new TreeSet<>());
        assertEquals(null, cycleFrom("a", graph, new ArrayList<>(), new HashSet<>()));
    }
}
