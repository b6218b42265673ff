package org.aidcsim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidcsim.backup.Battery;
import org.aidcsim.backup.FuelCurve;
import org.aidcsim.backup.GeneratorPlant;
import org.aidcsim.backup.SupercapBank;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.it.ConstantProfile;
import org.aidcsim.it.InferenceBurstProfile;
import org.aidcsim.it.LoadProfile;
import org.aidcsim.it.TraceProfile;
import org.aidcsim.it.TrainingSwingProfile;
import org.aidcsim.scenario.ScenarioSpec.BackupSpec;
import org.aidcsim.scenario.ScenarioSpec.EventSpec;
import org.aidcsim.scenario.ScenarioSpec.TransientSpec;
import org.aidcsim.schema.Issue;
import org.aidcsim.units.Units;

/** Turns a scenario's {@code backup} and {@code transient} sections into a {@link TransientModel}. */
public final class TransientFactory {
    /** Longest run accepted (steps): a week at 1 ms. */
    private static final double MAX_STEPS = 7 * 86_400 * 1000.0;

    private TransientFactory() {
    }

    public static TransientModel compile(CompiledScenario compiled) throws ScenarioException {
        LoadedScenario s = compiled.scenario();
        ScenarioSpec spec = s.spec();
        List<Issue> issues = new ArrayList<>();
        if (spec.transientWindow().isEmpty()) {
            throw new ScenarioException(List.of(s.issueAt("transient", "no transient section to run (expected transient: "
                    + "{duration_s: …, events: […]}, found none)")));
        }
        TransientSpec t = spec.transientWindow().get();
        if (t.outputStepS() < t.stepS()) {
            issues.add(s.issueAt("transient.output_step_s", String.format(Locale.ROOT,
                    "shorter than the step (expected ≥ %s s, found %s s)", t.stepS(), t.outputStepS())));
        }
        if (t.durationS() / t.stepS() > MAX_STEPS) {
            issues.add(s.issueAt("transient.step_s", String.format(Locale.ROOT, "too many steps (expected at most %.0f, found %.0f)",
                    MAX_STEPS, t.durationS() / t.stepS())));
        }
        double baseW = compiled.model().itLoad().designPowerW();
        LoadProfile profile;
        ScenarioSpec.TransientLoadSpec load = t.load();
        if (load instanceof ScenarioSpec.TrainingLoadSpec tr) {
            if (tr.highFraction() < tr.lowFraction()) {
                issues.add(s.issueAt("transient.load.high_fraction", "below the low level (expected ≥ " + tr.lowFraction()
                        + ", found " + tr.highFraction() + ")"));
            }
            if (tr.rampS() > tr.periodS() / 2) {
                issues.add(s.issueAt("transient.load.ramp_s", "longer than half the period (expected ≤ " + tr.periodS() / 2
                        + " s, found " + tr.rampS() + " s)"));
            }
            profile = issues.isEmpty() ? new TrainingSwingProfile(tr.lowFraction(), tr.highFraction(), tr.periodS(), tr.rampS())
                    : new ConstantProfile();
        } else if (load instanceof ScenarioSpec.InferenceLoadSpec inf) {
            if (inf.burstFraction() < inf.baseFraction()) {
                issues.add(s.issueAt("transient.load.burst_fraction", "below the base level (expected ≥ " + inf.baseFraction()
                        + ", found " + inf.burstFraction() + ")"));
            }
            profile = InferenceBurstProfile.poisson(inf.baseFraction(), inf.burstFraction(), inf.burstDurationS(),
                    inf.meanIntervalS(), inf.seed(), t.durationS());
        } else if (load instanceof ScenarioSpec.TraceLoadSpec tr) {
            Optional<TraceProfile> trace = readTrace(s, tr.file(), issues);
            profile = trace.isPresent() ? trace.get() : new ConstantProfile();
            if (trace.isPresent()) {
                baseW = trace.get().peakW();
            }
        } else {
            double fraction = ((ScenarioSpec.ConstantLoadSpec) load).fraction();
            profile = timeS -> fraction;
        }

        List<double[]> down = new ArrayList<>();
        List<TransientModel.Event> events = new ArrayList<>();
        int failToStart = 0;
        for (int i = 0; i < t.events().size(); i++) {
            EventSpec e = t.events().get(i);
            String at = "transient.events[" + i + "]";
            if (!e.type().equals("generator_fail_to_start") && e.atS() >= t.durationS()) {
                issues.add(s.issueAt(at + ".at_s", String.format(Locale.ROOT,
                        "outside the simulated window (expected below duration_s %s s, found %s s)", t.durationS(), e.atS())));
                continue;
            }
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
                default -> failToStart += e.units();
            }
        }
        down.sort(Comparator.comparingDouble(d -> d[0]));
        List<Double> toggles = new ArrayList<>();
        double[] current = null;
        for (double[] d : down) {
            if (current != null && d[0] <= current[1]) {
                current[1] = Math.max(current[1], d[1]);
            } else {
                if (current != null) {
                    toggles.add(current[0]);
                    toggles.add(current[1]);
                }
                current = d.clone();
            }
        }
        if (current != null) {
            toggles.add(current[0]);
            toggles.add(current[1]);
        }

        BackupSpec b = spec.backup().orElse(new BackupSpec(Optional.empty(), Optional.empty(), Optional.empty(), 0.1, 300));
        Optional<SupercapBank> supercap = b.supercap().flatMap(c -> {
            double max = c.maxCellVoltageV().orElse(c.cellRatedVoltageV());
            double min = c.minCellVoltageV().orElse(max / 2);
            if (max > c.cellRatedVoltageV()) {
                issues.add(s.issueAt("backup.supercap.max_cell_voltage_v", String.format(Locale.ROOT,
                        "window above the cell rating (expected ≤ %s V, found %s V)", c.cellRatedVoltageV(), max)));
                return Optional.empty();
            }
            if (min >= max) {
                issues.add(s.issueAt("backup.supercap.min_cell_voltage_v", String.format(Locale.ROOT,
                        "window upside down (expected below the top %s V, found %s V)", max, min)));
                return Optional.empty();
            }
            return Optional.of(new SupercapBank(c.cellCapacitanceF(), c.cellEsrMohm() / 1000.0, c.series(), c.parallel(), max, min,
                    c.converterEfficiency(), Units.kwToW(c.converterRatingKw())));
        });
        Optional<Battery> battery = b.battery().map(ModelFactory::battery);
        Optional<GeneratorPlant> generators = Optional.empty();
        if (b.generators().isPresent()) {
            var g = b.generators().get();
            if (failToStart > g.units()) {
                issues.add(s.issueAt("transient.events", "more sets fail to start than are installed (expected ≤ " + g.units()
                        + ", found " + failToStart + ")"));
            }
            double unitW = Units.kwToW(g.unitRatingKw());
            double tankL = g.tankHoursAtFullLoad() * FuelCurve.QSK60.litresPerSecond(unitW, unitW) * 3600.0;
            generators = Optional.of(new GeneratorPlant(g.units(), unitW, g.startDelayS(), g.loadStepFraction(), g.loadStepIntervalS(),
                    g.rampKwPerS().map(Units::kwToW).orElse(Double.POSITIVE_INFINITY), FuelCurve.QSK60, tankL, failToStart));
        } else if (failToStart > 0) {
            issues.add(s.issueAt("transient.events", "generator_fail_to_start without generators (expected backup.generators, found none)"));
        }
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        double ramp = t.smoothing().map(sm -> sm.rampLimitMwPerS() * 1e6).orElse(Double.POSITIVE_INFINITY);
        double peak = t.smoothing().flatMap(ScenarioSpec.SmoothingSpec::peakLimitMw).map(mw -> mw * 1e6).orElse(Double.POSITIVE_INFINITY);
        double tau = t.smoothing().map(ScenarioSpec.SmoothingSpec::timeConstantS).orElse(10.0);
        events.sort(Comparator.comparingDouble(TransientModel.Event::timeS));
        return new TransientModel(spec.name(), baseW, profile, t.durationS(), t.stepS(), t.outputStepS(),
                toggles.stream().mapToDouble(Double::doubleValue).toArray(), supercap, battery,
                b.battery().map(ScenarioSpec.BatterySpec::responseS).orElse(0.0), generators, b.transferTimeS(),
                b.retransferDelayS(), ramp, peak, tau, events);
    }

    private static Optional<TraceProfile> readTrace(LoadedScenario s, String file, List<Issue> issues) {
        Path path = s.file().toAbsolutePath().getParent().resolve(file).normalize();
        String at = "transient.load.file";
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            issues.add(s.issueAt(at, path + ": trace file not found"));
            return Optional.empty();
        } catch (IOException e) {
            issues.add(s.issueAt(at, path + ": cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).trim().replace(" ", "").equals("time_s,power_kw")) {
            issues.add(s.issueAt(at, path + ":1: expected the header time_s,power_kw, found "
                    + (lines.isEmpty() ? "an empty file" : "\"" + lines.get(0) + "\"")));
            return Optional.empty();
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",");
            try {
                double time = Double.parseDouble(f[0].trim());
                double kw = Double.parseDouble(f[1].trim());
                if (!(kw >= 0) || !Double.isFinite(time)) {
                    throw new NumberFormatException();
                }
                if (!rows.isEmpty() && time <= rows.get(rows.size() - 1)[0]) {
                    issues.add(s.issueAt(at, path + ":" + (i + 1) + ": times must increase (expected > "
                            + rows.get(rows.size() - 1)[0] + ", found " + time + ")"));
                    return Optional.empty();
                }
                rows.add(new double[] {time, Units.kwToW(kw)});
            } catch (RuntimeException e) {
                issues.add(s.issueAt(at, path + ":" + (i + 1) + ": expected two numbers time_s ≥ 0 and power_kw ≥ 0, found \""
                        + line + "\""));
                return Optional.empty();
            }
        }
        if (rows.size() < 2) {
            issues.add(s.issueAt(at, path + ": a trace needs at least two samples (found " + rows.size() + ")"));
            return Optional.empty();
        }
        return Optional.of(new TraceProfile(rows.stream().mapToDouble(r -> r[0]).toArray(),
                rows.stream().mapToDouble(r -> r[1]).toArray()));
    }
}
