package org.aidcsim.availability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Collections;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.backup.Battery;
import org.aidcsim.backup.GeneratorParams;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.power.ModularConverter;
import org.aidcsim.power.PowerChain;
import org.aidcsim.power.PowerStage;
import org.aidcsim.power.Redundancy;
import org.aidcsim.power.StageKind;

/**
 * Turns a site's power chain, backup and CDUs into a reliability structure:
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
 * In-rack stages fail one rack and are left out; docs/availability.md explains each choice. Each
 * stage's failure-data type and where the battery couples to it are traits of its {@link StageKind}.
 */
public final class PowerPathStructure {
    private PowerPathStructure() {
    }

    /**
     * @param name design name, for reports
     * @param chain the sized power chain
     * @param liquid the liquid path, whose CDUs the IT load depends on
     * @param backup battery and generators
     * @param p failure data and modelling choices
     * @param peakFacilityW load the generators must carry (W)
     * @param designItW design IT power, for the battery's autonomy (W)
     */
    public static AvailabilityModel build(String name, PowerChain chain, Optional<LiquidPath> liquid, BackupParams backup,
            AvailabilityParams p, double peakFacilityW, double designItW) {
        Map<String, FailureData> data = p.components();
        List<Component> components = new ArrayList<>();
        Builder b = new Builder(components, data, p.redundancyGroupUnits());

        List<PowerStage> fromGrid = new ArrayList<>(chain.stages());
        Collections.reverse(fromGrid);
        int conversion = -1;
        for (int i = 0; i < fromGrid.size(); i++) {
            if (fromGrid.get(i).kind().makesProtectedBus()) {
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
        Optional<GeneratorParams> gens = backup.generators();
        if (gens.isPresent()) {
            GeneratorParams g = gens.get();
            List<Integer> units = new ArrayList<>();
            for (int i = 0; i < g.units(); i++) {
                units.add(b.index("generator", "generator " + (i + 1), true));
            }
            int needed = (int) Math.max(1, Math.ceil(peakFacilityW / g.unitRatingW() - 1e-9));
            Block generators = new Block.Generators(0, utilityPath, units, needed,
                    p.generatorFailToStartProbability(), g.startDelayS() + backup.transferTimeS());
            source = new Block.Either(utilityPath, new Block.Series(List.of(b.unit("ats", "transfer switch"), generators)));
            generatorGroups = 1;
        }

        PowerStage conv = conversion >= 0 ? fromGrid.get(conversion) : null;
        boolean twoSides = conv != null && conv.loss() instanceof ModularConverter m
                && (m.redundancy() == Redundancy.TWO_N || m.redundancy() == Redundancy.TWO_N_PLUS_1);
        double autonomyS = autonomyS(backup, p, designItW);
        int buffers = 0;
        List<Block> sides = new ArrayList<>();
        for (int side = 0; side < (twoSides ? 2 : 1); side++) {
            String tag = twoSides ? (side == 0 ? " A" : " B") : "";
            Block bus;
            Block convBlock = conv == null ? null : b.stage(conv, tag, twoSides);
            boolean ups = conv != null && conv.kind().coupling() == StageKind.Coupling.UPS;
            Block fed = conv != null && !ups ? new Block.Series(List.of(source, convBlock)) : source;
            if (autonomyS > 0) {
                bus = new Block.Buffer(buffers++, fed, b.index("battery_string", "battery" + tag, false), autonomyS);
            } else {
                bus = fed;
            }
            if (ups && !p.staticBypass()) {
                bus = new Block.Series(List.of(bus, convBlock));
            } else if (ups) {
                // Double conversion or eco: the modules feed the load; the static bypass can feed it from the source.
                bus = new Block.Either(new Block.Series(List.of(bus, convBlock)),
                        new Block.Series(List.of(b.unit("static_bypass", "static bypass" + tag), source)));
            }
            List<Block> path = new ArrayList<>(List.of(bus));
            for (int i = conversion + 1; conversion >= 0 && i < fromGrid.size(); i++) {
                path.add(b.stage(fromGrid.get(i), tag));
            }
            sides.add(new Block.Series(path));
        }
        Block it = sides.size() == 2 ? new Block.KOfN(1, sides) : sides.get(0);
        if (liquid.isPresent()) {
            Redundancy cduRedundancy = liquid.get().cduRedundancy();
            int needed = Math.min(Math.max(1, cduRedundancy.needed(liquid.get().cduUnitsInstalled())), p.redundancyGroupUnits());
            int installed = cduRedundancy.installed(needed);
            List<Block> cdus = new ArrayList<>();
            for (int i = 0; i < installed; i++) {
                cdus.add(b.unit("cdu", "CDU " + (i + 1)));
            }
            it = new Block.Series(List.of(it, new Block.KOfN(Math.min(needed, installed), cdus)));
        }
        return new AvailabilityModel(name, components, it, buffers, generatorGroups);
    }

    /** Battery autonomy at design load (s): the given override, or the battery's energy above its floor. */
    public static double autonomyS(BackupParams backup, AvailabilityParams p, double designItW) {
        if (p.batteryAutonomyS().isPresent()) {
            return p.batteryAutonomyS().get();
        }
        Optional<Battery> battery = backup.batteryBank();
        return battery.map(bat -> designItW > 0 ? bat.runtimeS(designItW) : 0.0).orElse(0.0);
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
            String type = stage.kind().reliabilityType().orElseThrow(() -> new IllegalArgumentException(
                    "stage " + stage.name() + " of kind " + stage.kind().key() + " has no failure data: in-rack stages are left out"));
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
                case TWO_N_PLUS_1 -> perSide ? needed + 1 : 2 * (needed + 1);
                case N -> needed;
            };
            List<Block> units = new ArrayList<>();
            for (int i = 0; i < installed; i++) {
                units.add(unit(type, stage.name() + tag + " unit " + (i + 1)));
            }
            return units.size() == 1 ? units.get(0) : new Block.KOfN(Math.min(needed, installed), units);
        }
    }
}
