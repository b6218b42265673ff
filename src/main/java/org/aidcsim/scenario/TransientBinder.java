package org.aidcsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.backup.GeneratorParams;
import org.aidcsim.engine.TransientModel;
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
    /** The event type of generator sets that fail when asked to start. */
    public static final String FAIL_TO_START = "generator_fail_to_start";

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
        var cooling = Optional.ofNullable(m.get("cooling")).map(SpecBinder::asMap).map(c -> new ScenarioSpec.RideThroughSpec(
                strings(c.get("on_ups")), strings(c.get("on_utility")), num(c, "pump_restart_s"), num(c, "pump_ramp_s"),
                num(c, "chiller_restart_s"), num(c, "chiller_ramp_s"), num(c, "tank_m3"), "shutdown".equals(c.get("at_limit")),
                num(c, "room_height_m"), Units.kjToJ(num(c, "it_mass_kj_per_k_per_rack")), num(c, "it_mass_time_constant_s"),
                Units.kjToJ(num(c, "plate_kj_per_k_per_chip"))));
        return new ScenarioSpec.TransientSpec(num(m, "duration_s"), num(m, "step_s"), num(m, "output_step_s"), load, events,
                smoothing, num(m, "sag_tolerance_fraction"), inRack, cooling);
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
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
    public static double catalogueInRackEnergyJ(ScenarioSpec spec, String kind) {
        double j = 0;
        for (ScenarioSpec.RackGroupSpec g : spec.it().groups()) {
            j += g.racks() * g.catalogRack().map(r -> "bbu".equals(kind) ? r.bbuEnergyJ() : r.capacitorEnergyJ()).orElse(0.0);
        }
        return j;
    }

}
