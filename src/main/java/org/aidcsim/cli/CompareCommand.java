package org.aidcsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.power.Architecture;
import org.aidcsim.report.AtomicFiles;
import org.aidcsim.report.ChartFiles;
import org.aidcsim.report.Comparison;
import org.aidcsim.report.HtmlReport;
import org.aidcsim.report.StudyCharts;
import org.aidcsim.site.Evaluation;
import org.aidcsim.sweep.Requirement;
import org.aidcsim.report.PowerCharts;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs several designs on the same IT load and prints them side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Runs several designs and prints their metrics side by side, with differences from the first.",
            "Either one scenario with --architectures a,b,c (the same site under each preset power architecture),",
            "or several scenario files. Writes DIR/compare.csv, DIR/report.html and charts."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private QuietOption quiet;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario file(s).")
    private List<Path> files;

    @Option(names = {"-a", "--architectures"}, split = ",", paramLabel = "NAME",
            completionCandidates = ArchitectureKeys.class,
            description = "Preset architectures to compare on one scenario: ${COMPLETION-CANDIDATES}.")
    private List<String> architectures;

    @Mixin
    private FormatOption format;

    @Option(names = "--require", paramLabel = "METRIC<=VALUE",
            description = "Say which designs meet this (repeatable; <, <=, >, >=), e.g. --require 'gb40879_grade<=1'.")
    private List<String> requires = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: out/compare-<the designs compared, joined by -vs->).")
    private Path out;

    /** The scenario's own name, when one scenario runs under several architectures. */
    private String baseName = "";

    /** A command line that names no valid set of designs; the message is printed as it is. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!OptionChecks.pass(err, () -> OptionChecks.outputFolder("--out", out))) {
            return ExitCodes.INVALID_INPUT;
        }
        Map<String, CompiledScenario> variants;
        List<Requirement> requirements = new ArrayList<>();
        try {
            for (String r : requires) {
                try {
                    requirements.add(Requirement.parse(r));
                } catch (IllegalArgumentException e) {
                    throw OptionChecks.problem("--require", e.getMessage());
                }
            }
            variants = byArchitecture() ? architectureVariants() : fileVariants();
        } catch (Refused e) {
            err.println("aidcsim compare: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (ScenarioException e) {
            ScenarioIssues.print(err, e);
            return ExitCodes.INVALID_INPUT;
        }

        List<Comparison.Variant> results = new ArrayList<>();
        Map<String, List<ChainPoint>> curves = new LinkedHashMap<>();
        for (var e : variants.entrySet()) {
            var model = e.getValue().model();
            // The same model, years and seed as `aidcsim availability`, so that both give one figure.
            results.add(new Comparison.Variant(e.getKey(), Evaluation.of(e.getValue(), false,
                    e.getValue().scenario().spec().availability().years())));
            List<ChainPoint> curve = new ArrayList<>();
            for (int pct = 10; pct <= 100; pct += 10) {
                curve.add(ChainPoint.of(model, pct / 100.0));
            }
            curves.put(e.getKey(), curve);
        }
        Comparison comparison = new Comparison(results);
        String first = byArchitecture() ? baseName : variants.values().iterator().next().scenario().spec().name();
        Path dir = out != null ? out : Path.of("out", folderName(first, byArchitecture()
                ? architectures.stream().map(String::trim).toList() : new ArrayList<>(variants.keySet())));
        var o = format.json() ? spec.commandLine().getOut() : quiet.out(spec.commandLine().getOut());
        String verdict = requirements.isEmpty() ? "" : requirementsLine(results, requirements);
        if (format.json()) {
            o.print(comparison.json());
        } else {
            o.print(comparison.table());
            if (!verdict.isEmpty()) {
                o.println(verdict);
            }
            comparison.rankingNotes().forEach(o::println);
            comparison.overrideNotes().forEach(o::println);
            comparison.basisNotes().forEach(o::println);
            comparison.rules().forEach(o::println);
        }
        try {
            writeOutputs(dir, variants, results, curves, verdict);
            // with JSON on standard output, standard output holds nothing else
            (format.json() ? err : o).println((format.json() ? "" : "\n") + "wrote compare.csv, "
                    + "report.html and the efficiency-vs-load and energy-by-end-use charts (PNG, SVG) in " + dir);
        } catch (IOException e) {
            err.println("aidcsim: cannot write to " + dir + ": " + e);
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private boolean byArchitecture() {
        return architectures != null && !architectures.isEmpty();
    }

    /** One scenario under each preset architecture named, in the order named. */
    private Map<String, CompiledScenario> architectureVariants() throws Refused, ScenarioException {
        if (files.size() != 1) {
            throw new Refused("--architectures compares one scenario (expected 1 file, found " + files.size() + ")");
        }
        Map<String, CompiledScenario> variants = new LinkedHashMap<>();
        List<String> known = Arrays.stream(Architecture.values()).map(Architecture::key).toList();
        LoadedScenario loaded = ScenarioLoader.load(files.get(0));
        baseName = loaded.spec().name();
        for (String name : architectures) {
            var arch = Architecture.ofKey(name.trim());
            if (arch.isEmpty()) {
                throw new Refused("--architectures: unknown architecture (expected one of " + String.join(", ", known)
                        + ", found \"" + name + "\")");
            }
            if (variants.containsKey(arch.get().key())) {
                // the same design twice: two identical columns that read as a comparison
                throw new Refused("--architectures: \"" + arch.get().key() + "\" is given twice (expected each "
                        + "architecture once)");
            }
            variants.put(arch.get().key(), SiteCompiler.compileWithArchitecture(loaded, arch.get()));
        }
        return variants;
    }

    /** Each file as written, labelled by its scenario name (made unique). */
    private Map<String, CompiledScenario> fileVariants() throws Refused, ScenarioException {
        if (files.size() < 2) {
            throw new Refused("give two or more scenario files, or one with --architectures (expected ≥ 2 files, found "
                    + files.size() + ")");
        }
        Map<String, CompiledScenario> variants = new LinkedHashMap<>();
        for (Path f : files) {
            CompiledScenario c = SiteCompiler.compile(ScenarioLoader.load(f));
            variants.put(uniqueLabel(variants, c.model().name()), c);
        }
        return variants;
    }

    private static void writeOutputs(Path dir, Map<String, CompiledScenario> variants, List<Comparison.Variant> results,
            Map<String, List<ChainPoint>> curves, String verdict) throws IOException {
        Comparison comparison = new Comparison(results);
        AtomicFiles.writeString(dir.resolve("compare.csv"), comparison.csv());
        double designW = variants.values().iterator().next().model().designItPowerW();
        var efficiency = PowerCharts.efficiencyVsLoad("Power-chain efficiency against IT load", curves, designW);
        ChartFiles.write(efficiency, dir.resolve("efficiency-vs-load"), 1000, 620);
        var endUse = StudyCharts.energyBeyondChips("Energy beyond the chips, by end use", comparison.labels(),
                results.stream().map(v -> v.evaluation().values()).toList());
        ChartFiles.write(endUse, dir.resolve("energy-by-end-use"), 1000, 560);
        HtmlReport html = new HtmlReport("aidcsim comparison", String.join(" vs ", comparison.labels()));
        html.heading("The decision: which architecture for this hall");
        List<String> decision = new ArrayList<>(List.of("figure"));
        decision.addAll(comparison.labels());
        decision.add("basis");
        html.table(decision, comparison.decisionRows(), null);
        html.note("Floor space of the electrical rooms is not modelled: the white space is the same for every design.");
        html.heading("Side by side (differences from the first)");
        List<String> headers = new ArrayList<>(List.of("metric"));
        headers.addAll(comparison.labels());
        html.table(headers, comparison.rows(), null);
        if (!verdict.isEmpty()) {
            html.note(verdict);
        }
        comparison.rankingNotes().forEach(html::note);
        comparison.overrideNotes().forEach(html::note);
        comparison.basisNotes().forEach(html::note);
        comparison.rules().forEach(html::note);
        html.chart(efficiency, 1000, 620, "Efficiency from the grid to the rack inputs (dashed) and to the chips (solid).");
        html.chart(endUse, 1000, 560, "Energy each design spends beyond what its chips draw, by end use, in-rack losses "
                + "(shelves, board regulators) first: the ranking of power architectures; grid → chip efficiency and PUE under "
                + "each bar.");
        for (var e : variants.entrySet()) {
            html.heading("Scenario " + e.getKey() + ", with every default applied");
            html.yaml(e.getValue().scenario().resolved());
        }
        AtomicFiles.writeString(dir.resolve("report.html"), html.render());
    }

    /** "Meeting pue<1.2 and gb40879_grade<=1: a, b; not: c." */
    static String requirementsLine(List<Comparison.Variant> results, List<Requirement> requirements) {
        List<String> meet = new ArrayList<>();
        List<String> miss = new ArrayList<>();
        for (Comparison.Variant v : results) {
            boolean ok = requirements.stream().allMatch(r -> r.isMetBy(v.evaluation().values()));
            (ok ? meet : miss).add(v.label());
        }
        return "Meeting " + String.join(" and ", requirements.stream().map(Requirement::toString).toList()) + ": "
                + (meet.isEmpty() ? "none" : String.join(", ", meet)) + (miss.isEmpty() ? "" : "; not: " + String.join(", ", miss)) + ".";
    }

    /** Named after every design compared, so that two comparisons of one scenario do not overwrite each other. */
    static String folderName(String scenario, List<String> designs) {
        String joined = designs.contains(scenario) ? String.join("-vs-", designs) : scenario + "-" + String.join("-vs-", designs);
        // Folder names stay short enough for every file system; the report lists every design anyway.
        return "compare-" + (joined.length() <= 120 ? joined : joined.substring(0, 100) + "-and-more");
    }

    private static String uniqueLabel(Map<String, ?> existing, String name) {
        String label = name;
        for (int i = 2; existing.containsKey(label); i++) {
            label = name + "#" + i;
        }
        return label;
    }
}
