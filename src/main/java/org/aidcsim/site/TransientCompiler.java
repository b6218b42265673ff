package org.aidcsim.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.backup.GeneratorParams;
import org.aidcsim.backup.GeneratorPlant;
import org.aidcsim.backup.InRackStorage;
import org.aidcsim.engine.TransientModel;
import org.aidcsim.it.ConstantAddedProfile;
import org.aidcsim.it.InferenceBurstProfile;
import org.aidcsim.it.ItLoad;
import org.aidcsim.it.LoadProfile;
import org.aidcsim.it.TraceProfile;
import org.aidcsim.it.TrainingSwingProfile;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioSpec;
import org.aidcsim.scenario.ScenarioSpec.EventSpec;
import org.aidcsim.scenario.ScenarioSpec.TransientSpec;
import org.aidcsim.scenario.SeriesFiles;
import org.aidcsim.scenario.TransientBinder;
import org.aidcsim.schema.Issue;
import org.aidcsim.units.Units;

/**
 * The transient model of a sized site: the file's transient section (bound and checked by
 * {@link TransientBinder}) on the site's IT load and backup layers as sized.
 */
public final class TransientCompiler {
    /**
     * Time constant of the load average a smoothed grid follows, when the file gives none (s);
     * the scenario format's default.
     */
    private static final double DEFAULT_SMOOTHING_TIME_CONSTANT_S = 10.0;

    private TransientCompiler() {
    }

    /** The storage inside all racks together: per-rack figures times the racks, or the catalogue's energy. */
    private static InRackStorage inRackStorage(ScenarioSpec spec, ScenarioSpec.InRackSpec r, ItLoad it) {
        int racks = it.rackCount();
        double energyJ = r.energyJPerRack().map(e -> e * racks).orElseGet(() -> TransientBinder.catalogueInRackEnergyJ(spec, r.kind()));
        double powerW = r.powerWPerRack().map(p -> p * racks).orElse(it.peakPowerW());
        return new InRackStorage(energyJ, powerW, r.roundTripEfficiency());
    }

    /** The transient model of a compiled scenario; its relations were checked on load, its trace file is read here. */
    public static TransientModel compile(CompiledScenario compiled) throws ScenarioException {
        return compile(compiled, RideThroughCompiler.compile(compiled));
    }

    /** The same with the ride-through's setup already made: the UPS carries the cooling it puts there. */
    public static TransientModel compile(CompiledScenario compiled, Optional<RideThroughCompiler.Setup> cooling)
            throws ScenarioException {
        LoadedScenario s = compiled.scenario();
        ScenarioSpec spec = s.spec();
        if (spec.transientWindow().isEmpty()) {
            throw new ScenarioException(List.of(s.issueAt("transient", "no transient section to run (expected transient: "
                    + "{duration_s: …, events: […]}, found none)")));
        }
        TransientSpec t = spec.transientWindow().get();
        double baseW = compiled.model().itLoad().peakPowerW();
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
                case TransientBinder.FAIL_TO_START -> failToStart += e.units();
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
        double coolingOnUpsW = cooling.map(RideThroughCompiler.Setup::onUpsW).orElse(0.0);
        if (coolingOnUpsW > 0) {
            // the UPS carries the cooling put on it beside the IT, all the time
            profile = new ConstantAddedProfile(profile, coolingOnUpsW / baseW);
        }
        return TransientModel.builder().name(spec.name()).basePowerW(baseW).profile(profile).durationS(t.durationS())
                .stepS(t.stepS()).outputStepS(t.outputStepS()).gridToggleS(TransientModel.gridToggles(down))
                .supercap(b.supercapBank()).battery(b.batteryBank()).batteryResponseS(b.batteryResponseS()).generators(generators)
                .transferTimeS(b.transferTimeS()).retransferDelayS(b.retransferDelayS()).rampLimitWPerS(ramp).peakLimitW(peak)
                .smoothingTimeConstantS(tau).events(events)
                .inRack(t.inRack().map(r -> inRackStorage(spec, r, compiled.model().itLoad())))
                .inRackRampLimitWPerS(t.inRack().map(r -> r.rampLimitWPerSPerRack() * compiled.model().itLoad().rackCount())
                        .orElse(Double.POSITIVE_INFINITY))
                .inRackTimeConstantS(t.inRack().map(ScenarioSpec.InRackSpec::timeConstantS).orElse(1.0))
                .coolingOnUpsW(coolingOnUpsW).build();
    }
}
