package org.aidcsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.backup.InRackStorage;
import org.aidcsim.it.ItLoad;
import org.aidcsim.backup.GeneratorParams;
import org.aidcsim.backup.GeneratorPlant;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.it.InferenceBurstProfile;
import org.aidcsim.it.LoadProfile;
import org.aidcsim.it.TraceProfile;
import org.aidcsim.it.TrainingSwingProfile;
import org.aidcsim.scenario.ScenarioSpec.EventSpec;
import org.aidcsim.scenario.ScenarioSpec.TransientSpec;
import org.aidcsim.schema.Issue;
import org.aidcsim.units.Units;

/**
 * Binds a scenario's {@code transient} section, checks its relations (outputs not finer than the
 * step, levels in order, events inside the window, no more failing sets than installed) and
 * builds the {@link TransientModel} with the compiled site's backup banks.
 */
public final class TransientBinder {
    /**
     * Rows of transient.csv (and of the series behind the chart) at most: 72 bytes a row in memory,
     * about 100 bytes in the file, so a million rows are 72 MB and 100 MB; a week at 1 ms would be
     * 600 million rows, more than any heap holds and any spreadsheet opens.
     */
    static final long MAX_OUTPUT_ROWS = 1_000_000;

    /** Longest run accepted (steps): a week at 1 ms steps. */
    private static final double MAX_STEPS = 7 * Units.SECONDS_PER_DAY / 1e-3;
    /**
     * Time constant of the load average a smoothed grid follows, when the file gives none (s);
     * the scenario format's default.
     */
    private static final double DEFAULT_SMOOTHING_TIME_CONSTANT_S = 10.0;
    private static final String FAIL_TO_START = "generator_fail_to_start";

    private TransientBinder() {
    }

    static ScenarioSpec.TransientSpec bind(Map<String, Object> m) {
        Map<String, Object> l = SpecBinder.obj(m, "load");
        ScenarioSpec.TransientLoadSpec load = switch (SpecBinder.str(l, "type")) {
            case "training" -> new ScenarioSpec.TrainingLoadSpec(num(l, "low_fraction"), num(l, "high_fraction"), num(l, "period_s"),
                    num(l, "ramp_s"));
            case "inference" -> new ScenarioSpec.InferenceLoadSpec(num(l, "base_fraction"), num(l, "burst_fraction"),
                    num(l, "burst_duration_s"), num(l, "mean_interval_s"), ((Number) l.get("seed")).longValue());
            case "trace" -> new ScenarioSpec.TraceLoadSpec(SpecBinder.str(l, "file"));
            case "constant" -> new ScenarioSpec.ConstantLoadSpec(num(l, "fraction"));
            default -> throw new IllegalStateException("load type " + l.get("type") + " passed validation but has no model");
        };
        List<EventSpec> events = SpecBinder.list(m, "events").stream().map(e -> new EventSpec(SpecBinder.str(e, "type"),
                SpecBinder.optNum(e, "at_s").orElse(0.0), SpecBinder.optNum(e, "duration_s").orElse(0.0),
                SpecBinder.optNum(e, "depth_fraction").orElse(0.0), e.containsKey("units") ? SpecBinder.integer(e, "units") : 0))
                .toList();
        var smoothing = Optional.ofNullable(m.get("smoothing")).map(SpecBinder::asMap).map(sm -> new ScenarioSpec.SmoothingSpec(
                num(sm, "ramp_limit_mw_per_s"), SpecBinder.optNum(sm, "peak_limit_mw"), num(sm, "time_constant_s")));
        var inRack = Optional.ofNullable(m.get("in_rack")).map(SpecBinder::asMap).map(r -> new ScenarioSpec.InRackSpec(
                SpecBinder.str(r, "kind"), SpecBinder.optNum(r, "energy_kj_per_rack").map(Units::kjToJ),
                SpecBinder.optNum(r, "power_kw_per_rack").map(Units::kwToW), Units.kwToW(num(r, "ramp_limit_kw_per_s_per_rack")),
                num(r, "time_constant_s"), SpecBinder.optNum(r, "round_trip_efficiency").orElse("bbu".equals(r.get("kind"))
                        ? ScenarioFormat.BBU_ROUND_TRIP : ScenarioFormat.CAPACITOR_SHELF_ROUND_TRIP)));
        return new ScenarioSpec.TransientSpec(num(m, "duration_s"), num(m, "step_s"), num(m, "output_step_s"), load, events,
                smoothing, num(m, "sag_tolerance_fraction"), inRack);
    }

    private static double num(Map<String, Object> m, String key) {
        return SpecBinder.num(m, key);
    }

    /**
     * Relations between the transient fields that a schema cannot express, checked when the file is
     * loaded so that {@code validate} reports them as {@code transient} would.
     */
    static List<Issue> relationalIssues(LoadedScenario s) {
        List<Issue> issues = new ArrayList<>();
        Optional<TransientSpec> window = s.spec().transientWindow();
        if (window.isEmpty()) {
            return issues;
        }
        TransientSpec t = window.get();
        if (t.outputStepS() < t.stepS()) {
            issues.add(s.issueAt("transient.output_step_s", String.format(Locale.ROOT,
                    "shorter than the step (expected ≥ %s s, found %s s)", t.stepS(), t.outputStepS())));
        }
        if (t.durationS() / t.stepS() > MAX_STEPS) {
            issues.add(s.issueAt("transient.step_s", String.format(Locale.ROOT, "too many steps (expected at most %.0f, found %.0f)",
                    MAX_STEPS, t.durationS() / t.stepS())));
        }
        double rows = Math.ceil(t.durationS() / Math.max(t.outputStepS(), t.stepS()));
        if (rows > MAX_OUTPUT_ROWS) {
            issues.add(s.issueAt("transient.output_step_s", String.format(Locale.ROOT, "too many rows of transient.csv (expected at "
                    + "most %d rows, duration_s / output_step_s, so an output step of at least %s s here; found %.0f rows)",
                    MAX_OUTPUT_ROWS, Double.toString(t.durationS() / MAX_OUTPUT_ROWS), rows)));
        }
        if (t.load() instanceof ScenarioSpec.TrainingLoadSpec tr) {
            if (tr.highFraction() < tr.lowFraction()) {
                issues.add(s.issueAt("transient.load.high_fraction", "below the low level (expected ≥ " + tr.lowFraction()
                        + ", found " + tr.highFraction() + ")"));
            }
            if (tr.rampS() > tr.periodS() / 2) {
                issues.add(s.issueAt("transient.load.ramp_s", "longer than half the period (expected ≤ " + tr.periodS() / 2
                        + " s, found " + tr.rampS() + " s)"));
            }
        } else if (t.load() instanceof ScenarioSpec.InferenceLoadSpec inf && inf.burstFraction() < inf.baseFraction()) {
            issues.add(s.issueAt("transient.load.burst_fraction", "below the base level (expected ≥ " + inf.baseFraction()
                    + ", found " + inf.burstFraction() + ")"));
        }
        t.inRack().filter(r -> r.energyJPerRack().isEmpty() && catalogueInRackEnergyJ(s.spec(), r.kind()) <= 0).ifPresent(r ->
                issues.add(s.issueAt("transient.in_rack", "no in-rack storage energy (expected energy_kj_per_rack, or racks of a "
                        + "catalogue system that publishes its " + ("bbu".equals(r.kind()) ? "battery backup" : "capacitor")
                        + " energy; found neither)")));
        int failToStart = 0;
        for (int i = 0; i < t.events().size(); i++) {
            EventSpec e = t.events().get(i);
            if (!e.type().equals(FAIL_TO_START) && e.atS() >= t.durationS()) {
                issues.add(s.issueAt("transient.events[" + i + "].at_s", String.format(Locale.ROOT,
                        "outside the simulated window (expected below duration_s %s s, found %s s)", t.durationS(), e.atS())));
            }
            failToStart += e.type().equals(FAIL_TO_START) ? e.units() : 0;
        }
        Optional<Integer> installed = s.spec().backup().flatMap(BackupParams::generators).map(GeneratorParams::units);
        if (s.spec().backupOrigin() == BackupParams.Origin.ASSUMED) {
            return issues; // the assumed sets are counted when the site is sized: checked in compile
        }
        if (installed.isPresent() && failToStart > installed.get()) {
            issues.add(s.issueAt("transient.events", "more sets fail to start than are installed (expected ≤ " + installed.get()
                    + ", found " + failToStart + ")"));
        } else if (installed.isEmpty() && failToStart > 0) {
            issues.add(s.issueAt("transient.events", "generator_fail_to_start without generators (expected backup.generators, found none)"));
        }
        return issues;
    }

    /** In-rack energy of every rack of the hall that names a catalogue system publishing it, all racks together (J). */
    private static double catalogueInRackEnergyJ(ScenarioSpec spec, String kind) {
        double j = 0;
        for (ScenarioSpec.RackGroupSpec g : spec.it().groups()) {
            j += g.racks() * g.catalogRack().map(r -> "bbu".equals(kind) ? r.bbuEnergyJ() : r.capacitorEnergyJ()).orElse(0.0);
        }
        return j;
    }

    /** The storage inside all racks together: per-rack figures times the racks, or the catalogue's energy. */
    private static InRackStorage inRackStorage(ScenarioSpec spec, ScenarioSpec.InRackSpec r, ItLoad it) {
        int racks = it.rackCount();
        double energyJ = r.energyJPerRack().map(e -> e * racks).orElseGet(() -> catalogueInRackEnergyJ(spec, r.kind()));
        double powerW = r.powerWPerRack().map(p -> p * racks).orElse(it.designPowerW());
        return new InRackStorage(energyJ, powerW, r.roundTripEfficiency());
    }

    /** The transient model of a compiled scenario; its relations were checked on load, its trace file is read here. */
    public static TransientModel compile(CompiledScenario compiled) throws ScenarioException {
        LoadedScenario s = compiled.scenario();
        ScenarioSpec spec = s.spec();
        if (spec.transientWindow().isEmpty()) {
            throw new ScenarioException(List.of(s.issueAt("transient", "no transient section to run (expected transient: "
                    + "{duration_s: …, events: […]}, found none)")));
        }
        TransientSpec t = spec.transientWindow().get();
        double baseW = compiled.model().itLoad().designPowerW();
        LoadProfile profile;
        ScenarioSpec.TransientLoadSpec load = t.load();
        if (load instanceof ScenarioSpec.TrainingLoadSpec tr) {
            profile = new TrainingSwingProfile(tr.lowFraction(), tr.highFraction(), tr.periodS(), tr.rampS());
        } else if (load instanceof ScenarioSpec.InferenceLoadSpec inf) {
            profile = InferenceBurstProfile.poisson(inf.baseFraction(), inf.burstFraction(), inf.burstDurationS(),
                    inf.meanIntervalS(), inf.seed(), t.durationS());
        } else if (load instanceof ScenarioSpec.TraceLoadSpec tr) {
            List<Issue> issues = new ArrayList<>();
            Optional<TraceProfile> trace = SeriesFiles.trace(s, tr.file(), "transient.load.file", issues);
            if (trace.isEmpty()) {
                throw new ScenarioException(issues);
            }
            profile = trace.get();
            baseW = trace.get().peakW();
        } else {
            double fraction = ((ScenarioSpec.ConstantLoadSpec) load).fraction();
            profile = timeS -> fraction;
        }
        List<double[]> down = new ArrayList<>();
        List<TransientModel.Event> events = new ArrayList<>();
        int failToStart = 0;
        for (EventSpec e : t.events()) {
            switch (e.type()) {
                case "grid_outage" -> {
                    down.add(new double[] {e.atS(), e.atS() + e.durationS()});
                    events.add(new TransientModel.Event(e.atS(), "grid lost"));
                    events.add(new TransientModel.Event(e.atS() + e.durationS(), "grid back"));
                }
                case "voltage_sag" -> {
                    if (e.depthFraction() > t.sagToleranceFraction()) {
                        down.add(new double[] {e.atS(), e.atS() + e.durationS()});
                    }
                    events.add(new TransientModel.Event(e.atS(), String.format(Locale.ROOT, "sag %.0f %%", 100 * e.depthFraction())));
                }
                case FAIL_TO_START -> failToStart += e.units();
                default -> throw new IllegalStateException("event type " + e.type() + " passed validation but has no model");
            }
        }
        if (failToStart > 0) {
            // The sets fail when first asked to start: at the first loss of the grid, or at the start of the window.
            double firstLossS = down.stream().mapToDouble(d -> d[0]).min().orElse(0.0);
            events.add(new TransientModel.Event(firstLossS, failToStart + " generator set(s) fail to start"));
        }
        BackupParams b = compiled.backup();
        int installed = b.generators().map(GeneratorParams::units).orElse(0);
        if (failToStart > installed) {
            throw new ScenarioException(List.of(s.issueAt("transient.events", "more sets fail to start than are installed (expected ≤ "
                    + installed + (compiled.backupOrigin() == BackupParams.Origin.ASSUMED ? " assumed" : "") + ", found "
                    + failToStart + ")")));
        }
        int failing = failToStart;
        Optional<GeneratorPlant> generators = b.generators().map(g -> g.plant(failing));
        double ramp = t.smoothing().map(sm -> Units.mwToW(sm.rampLimitMwPerS())).orElse(Double.POSITIVE_INFINITY);
        double peak = t.smoothing().flatMap(ScenarioSpec.SmoothingSpec::peakLimitMw).map(Units::mwToW).orElse(Double.POSITIVE_INFINITY);
        double tau = t.smoothing().map(ScenarioSpec.SmoothingSpec::timeConstantS).orElse(DEFAULT_SMOOTHING_TIME_CONSTANT_S);
        events.sort(Comparator.comparingDouble(TransientModel.Event::timeS));
        return TransientModel.builder().name(spec.name()).basePowerW(baseW).profile(profile).durationS(t.durationS())
                .stepS(t.stepS()).outputStepS(t.outputStepS()).gridToggleS(TransientModel.gridToggles(down))
                .supercap(b.supercapBank()).battery(b.batteryBank()).batteryResponseS(b.batteryResponseS()).generators(generators)
                .transferTimeS(b.transferTimeS()).retransferDelayS(b.retransferDelayS()).rampLimitWPerS(ramp).peakLimitW(peak)
                .smoothingTimeConstantS(tau).events(events)
                .inRack(t.inRack().map(r -> inRackStorage(spec, r, compiled.model().itLoad())))
                .inRackRampLimitWPerS(t.inRack().map(r -> r.rampLimitWPerSPerRack() * compiled.model().itLoad().rackCount())
                        .orElse(Double.POSITIVE_INFINITY))
                .inRackTimeConstantS(t.inRack().map(ScenarioSpec.InRackSpec::timeConstantS).orElse(1.0)).build();
    }
}
