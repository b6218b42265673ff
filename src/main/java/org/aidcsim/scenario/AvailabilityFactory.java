package org.aidcsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.availability.AvailabilityModel;
import org.aidcsim.availability.Block;
import org.aidcsim.availability.Component;
import org.aidcsim.availability.FailureData;
import org.aidcsim.backup.Battery;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.power.ModularConverter;
import org.aidcsim.power.PowerStage;
import org.aidcsim.power.Redundancy;
import org.aidcsim.power.StageKind;

/**
 * Turns a compiled scenario's power chain and backup into a reliability structure:
 * <pre>
 * source  = utility → switchgear → transformers (k of n)            [either that or: ATS → generators]
 * side    = battery holding [source (→ rectifiers or SST, k of n, upstream of a DC bus)]
 *           → UPS modules (k of n), or the static bypass on the source
 *           → feeder
 * IT      = one side, or 1 of 2 sides when the conversion stage is 2N or 2(N+1)
 *           → CDUs (k of n) for liquid cooling
 * </pre>
 * The structure is that of the power path to one representative rack: stages without redundancy
 * are radial (the rack depends on one unit); redundant stages are groups of at most
 * {@code availability.redundancy_group_units} working units (N of N+1 in a group, a 2N side of N);
 * generators parallel on one bus must cover the peak facility load. Stages upstream of the conversion stage
 * are shared by both sides; those downstream are duplicated per side (dual-corded racks).
 * In-rack stages fail one rack and are left out; docs/availability.md explains each choice.
 */
public final class AvailabilityFactory {
    private AvailabilityFactory() {
    }

    /**
     * @param peakFacilityW load the generators must carry (W)
     */
    public static AvailabilityModel build(CompiledScenario compiled, double peakFacilityW) {
        ScenarioSpec spec = compiled.scenario().spec();
        Map<String, FailureData> data = spec.availability().components();
        List<Component> components = new ArrayList<>();
        Builder b = new Builder(components, data, spec.availability().redundancyGroupUnits());

        List<PowerStage> fromGrid = new ArrayList<>(compiled.model().powerChain().stages());
        java.util.Collections.reverse(fromGrid);
        int conversion = -1;
        for (int i = 0; i < fromGrid.size(); i++) {
            StageKind k = fromGrid.get(i).kind();
            if (k == StageKind.UPS || k == StageKind.RECTIFIER || k == StageKind.SST) {
                conversion = i;
                break;
            }
        }
        List<Block> upstream = new ArrayList<>();
        upstream.add(b.unit("utility", "utility feed"));
        for (int i = 0; i < (conversion < 0 ? fromGrid.size() : conversion); i++) {
            upstream.add(b.stage(fromGrid.get(i), ""));
        }
        Block utilityPath = new Block.Series(upstream);

        Block source = utilityPath;
        int generatorGroups = 0;
        var backup = spec.backup();
        var gens = backup.flatMap(ScenarioSpec.BackupSpec::generators);
        if (gens.isPresent()) {
            var g = gens.get();
            List<Integer> units = new ArrayList<>();
            for (int i = 0; i < g.units(); i++) {
                units.add(b.index("generator", "generator " + (i + 1), true));
            }
            int needed = (int) Math.max(1, Math.ceil(peakFacilityW / (g.unitRatingKw() * 1e3) - 1e-9));
            Block generators = new Block.Generators(0, utilityPath, units, needed,
                    spec.availability().generatorFailToStartProbability(), g.startDelayS() + backup.get().transferTimeS());
            source = new Block.Either(utilityPath, new Block.Series(List.of(b.unit("ats", "transfer switch"), generators)));
            generatorGroups = 1;
        }

        PowerStage conv = conversion >= 0 ? fromGrid.get(conversion) : null;
        boolean twoSides = conv != null && conv.loss() instanceof ModularConverter m
                && (m.redundancy() == Redundancy.TWO_N || m.redundancy() == Redundancy.TWO_N_PLUS_1);
        double autonomyS = autonomy(compiled);
        int buffers = 0;
        List<Block> sides = new ArrayList<>();
        for (int side = 0; side < (twoSides ? 2 : 1); side++) {
            String tag = twoSides ? (side == 0 ? " A" : " B") : "";
            Block bus;
            Block convBlock = conv == null ? null : b.stage(conv, tag, twoSides);
            Block fed = conv != null && conv.kind() != StageKind.UPS ? new Block.Series(List.of(source, convBlock)) : source;
            if (autonomyS > 0) {
                bus = new Block.Buffer(buffers++, fed, b.index("battery_string", "battery" + tag, false), autonomyS);
            } else {
                bus = fed;
            }
            if (conv != null && conv.kind() == StageKind.UPS && !spec.availability().staticBypass()) {
                bus = new Block.Series(List.of(bus, convBlock));
            } else if (conv != null && conv.kind() == StageKind.UPS) {
                // Double conversion or eco: the modules feed the load; the static bypass can feed it from the source.
                bus = new Block.Either(new Block.Series(List.of(bus, convBlock)),
                        new Block.Series(List.of(b.unit("static_bypass", "static bypass" + tag), source)));
            }
            List<Block> chain = new ArrayList<>(List.of(bus));
            for (int i = conversion + 1; conversion >= 0 && i < fromGrid.size(); i++) {
                chain.add(b.stage(fromGrid.get(i), tag));
            }
            sides.add(new Block.Series(chain));
        }
        Block it = sides.size() == 2 ? new Block.KOfN(1, sides) : sides.get(0);
        Optional<LiquidPath> liquid = compiled.model().cooling().liquid();
        if (liquid.isPresent()) {
            Redundancy cduRedundancy = spec.cooling().liquid().orElseThrow().cduRedundancy();
            int needed = Math.min(Math.max(1, cduRedundancy.needed(liquid.get().cduUnitsInstalled())),
                    spec.availability().redundancyGroupUnits());
            int installed = cduRedundancy.installed(needed);
            List<Block> cdus = new ArrayList<>();
            for (int i = 0; i < installed; i++) {
                cdus.add(b.unit("cdu", "CDU " + (i + 1)));
            }
            it = new Block.Series(List.of(it, new Block.KOfN(Math.min(needed, installed), cdus)));
        }
        return new AvailabilityModel(spec.name(), components, it, buffers, generatorGroups);
    }

    /** Battery autonomy at design load (s): the scenario's override, or the battery's energy above its floor. */
    public static double autonomy(CompiledScenario compiled) {
        ScenarioSpec spec = compiled.scenario().spec();
        if (spec.availability().batteryAutonomyS().isPresent()) {
            return spec.availability().batteryAutonomyS().get();
        }
        Optional<Battery> battery = spec.backup().flatMap(ScenarioSpec.BackupSpec::battery).map(ModelFactory::battery);
        double load = compiled.model().itLoad().designPowerW();
        return battery.map(bat -> load > 0 ? bat.runtimeS(load) : 0.0).orElse(0.0);
    }

    /** Adds components and returns the blocks that stand for them. */
    private static final class Builder {
        private final List<Component> components;
        private final Map<String, FailureData> data;
        private final int group;

        Builder(List<Component> components, Map<String, FailureData> data, int group) {
            this.components = components;
            this.data = data;
            this.group = group;
        }

        int index(String type, String label, boolean standby) {
            components.add(new Component(type, label, data.get(type), standby));
            return components.size() - 1;
        }

        Block unit(String type, String label) {
            return new Block.Unit(index(type, label, false));
        }

        Block stage(PowerStage stage, String tag) {
            return stage(stage, tag, false);
        }

        /**
         * A stage's units as seen from one rack. Without redundancy (N) the units are separate radial
         * feeds: a rack depends on one of them, and one failing darkens only its share of the hall. With
         * N+1 the units share a bus: N of N+1 must work. With {@code perSide}, one side of a 2N stage:
         * its N (or N+1) paralleled units.
         */
        Block stage(PowerStage stage, String tag, boolean perSide) {
            String type = switch (stage.kind()) {
                case SWITCHGEAR -> "switchgear";
                case TRANSFORMER -> "transformer";
                case UPS -> "ups_module";
                case RECTIFIER -> "rectifier";
                case SST -> "sst";
                default -> "feeder";
            };
            if (!(stage.loss() instanceof ModularConverter m)) {
                return unit(type, stage.name() + tag);
            }
            if (m.redundancy() == Redundancy.N) {
                return unit(type, stage.name() + tag);
            }
            // The rack's own redundant group: at most `group` working units, plus the redundancy of its scheme.
            int needed = Math.min(m.unitsNeeded(), group);
            int installed = switch (m.redundancy()) {
                case N_PLUS_1 -> needed + 1;
                case TWO_N -> perSide ? needed : 2 * needed;
                default -> perSide ? needed + 1 : 2 * (needed + 1);
            };
            List<Block> units = new ArrayList<>();
            for (int i = 0; i < installed; i++) {
                units.add(unit(type, stage.name() + tag + " unit " + (i + 1)));
            }
            return units.size() == 1 ? units.get(0) : new Block.KOfN(Math.min(needed, installed), units);
        }
    }
}
