package org.aidcsim.cooling;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The step of a plant in its technology's default topology, unrolled: the same components, in the
 * same order, called through their own classes in straight-line code, and the totals written from
 * the figures it knows (the general loop adds every figure by its declared meaning). The general loop of
 * {@link PlantGraph} over a list of components costs about 40 ns a step more on this machine's
 * processors (a data-dependent dispatch and heat passed through memory, against values kept in
 * registers), a sixth of an annual run; every plant a scenario does not reshape runs this way.
 * A test holds both ways to identical figures for every example scenario.
 */
final class DefaultPlantPath {
    private final Fan crahFans;
    private final AirsideEconomizer economizer;
    private final Pump chilledWaterPump;
    private final HeatRejectionUnit chilledWater;
    /** Where each component's figures start in the step's array: fields, not an array, so the step reads no bounds. */
    private final int crahAt;
    private final int economizerAt;
    private final int chilledPumpAt;
    private final int chilledAt;
    private final int cduAt;
    private final int facilityPumpAt;
    private final int reuseAt;
    private final int facilityAt;
    /** The liquid side; null without one. */
    private final Pump cduPumps;
    private final Pump facilityPump;
    private final HeatReuseUnit reuse;
    private final HeatRejectionUnit facilityWater;

    private DefaultPlantPath(List<PlantComponent> c, int[] at) {
        crahAt = at[0];
        economizerAt = at[1];
        chilledPumpAt = at[2];
        chilledAt = at[3];
        cduAt = at.length > 4 ? at[4] : -1;
        facilityPumpAt = at.length > 5 ? at[5] : -1;
        reuseAt = at.length == 8 ? at[6] : -1;
        facilityAt = at.length > 4 ? at[at.length - 1] : -1;
        crahFans = (Fan) c.get(0);
        economizer = (AirsideEconomizer) c.get(1);
        chilledWaterPump = (Pump) c.get(2);
        chilledWater = (HeatRejectionUnit) c.get(3);
        boolean liquid = c.size() > 4;
        boolean withReuse = c.size() == 8;
        cduPumps = liquid ? (Pump) c.get(4) : null;
        facilityPump = liquid ? (Pump) c.get(5) : null;
        reuse = withReuse ? (HeatReuseUnit) c.get(6) : null;
        facilityWater = liquid ? (HeatRejectionUnit) c.get(c.size() - 1) : null;
    }

    /** The unrolled step of {@code nodes}, when they are a default topology linked in order; empty otherwise. */
    static Optional<DefaultPlantPath> of(List<PlantGraph.Node> nodes, int[] at) {
        List<Class<?>> air = List.of(Fan.class, AirsideEconomizer.class, Pump.class, HeatRejectionUnit.class);
        List<Class<?>> liquid = List.of(Pump.class, Pump.class, HeatRejectionUnit.class);
        List<Class<?>> liquidWithReuse = List.of(Pump.class, Pump.class, HeatReuseUnit.class, HeatRejectionUnit.class);
        List<Class<?>> kinds = nodes.stream().<Class<?>>map(n -> n.component().getClass()).toList();
        boolean shape = kinds.equals(air) || kinds.equals(concat(air, liquid)) || kinds.equals(concat(air, liquidWithReuse));
        for (int i = 0; shape && i < nodes.size(); i++) {
            PlantGraph.Node n = nodes.get(i);
            boolean last = i == 3 || i == nodes.size() - 1;
            shape = n.divertTo().isEmpty() && (last ? n.to().isEmpty()
                    : n.to().equals(Optional.of(nodes.get(i + 1).component().name())))
                    && n.side() == (i < 4 ? PlantSide.AIR : PlantSide.LIQUID);
        }
        return shape ? Optional.of(new DefaultPlantPath(nodes.stream().map(PlantGraph.Node::component).toList(), at))
                : Optional.empty();
    }

    private static List<Class<?>> concat(List<Class<?>> a, List<Class<?>> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The step, and the totals its components' figures add up to (but the inlets' heat, which the graph writes). */
    void step(double heatToAirW, double heatToLiquidW, PlantComponent.Outdoor o, double[] v) {
        double air = crahFans.step(heatToAirW, o, v, crahAt);
        air = economizer.step(air, o, v, economizerAt);
        air = chilledWaterPump.step(air, o, v, chilledPumpAt);
        chilledWater.step(air, o, v, chilledAt);
        if (cduPumps != null) {
            double liquid = cduPumps.step(heatToLiquidW, o, v, cduAt);
            liquid = facilityPump.step(liquid, o, v, facilityPumpAt);
            if (reuse != null) {
                liquid = reuse.step(liquid, o, v, reuseAt);
            }
            facilityWater.step(liquid, o, v, facilityAt);
        }
        writeTotals(v);
    }

    /**
     * The totals from the figures this topology writes: the air side's here, the liquid side's added
     * by {@link #addLiquidTotals}. Each half stays under the optimizing compiler's inlining limit for
     * hot methods (325 bytecodes), so that the whole plant step compiles into the engine's step.
     */
    private void writeTotals(double[] v) {
        int econ = economizerAt;
        int chw = chilledAt;
        double airChillerW = v[chw + CHILLER];
        v[CoolingStep.FANS] = v[crahAt] + v[chw + FAN];
        v[CoolingStep.PUMPS] = v[chilledPumpAt] + v[chw + PUMP];
        v[CoolingStep.CHILLERS] = airChillerW;
        v[CoolingStep.AIR_CHILLERS] = airChillerW;
        v[CoolingStep.LIQUID_CHILLERS] = 0.0;
        v[CoolingStep.CHILLER_LOAD] = v[chw + CHILLER_LOAD];
        v[CoolingStep.WATER] = v[chw + WATER];
        v[CoolingStep.REJECTED] = v[econ + 1] + v[chw + REJECTED];
        v[CoolingStep.EXPORTED] = 0.0;
        v[CoolingStep.DELIVERED] = 0.0;
        v[CoolingStep.HEAT_PUMP] = 0.0;
        v[CoolingStep.AIR_FREE] = PlantGraph.combinedFree(v[econ], v[chw + FREE]);
        v[CoolingStep.LIQUID_FREE] = 0.0;
        if (cduPumps != null) {
            addLiquidTotals(v);
        }
    }

    private void addLiquidTotals(double[] v) {
        int fw = facilityAt;
        double liquidChillerW = v[fw + CHILLER];
        v[CoolingStep.FANS] += v[fw + FAN];
        v[CoolingStep.PUMPS] += v[cduAt] + v[facilityPumpAt] + v[fw + PUMP];
        v[CoolingStep.CHILLERS] += liquidChillerW;
        v[CoolingStep.LIQUID_CHILLERS] = liquidChillerW;
        v[CoolingStep.CHILLER_LOAD] += v[fw + CHILLER_LOAD];
        v[CoolingStep.WATER] += v[fw + WATER];
        v[CoolingStep.REJECTED] += v[fw + REJECTED];
        v[CoolingStep.LIQUID_FREE] = v[fw + FREE];
        if (reuse != null) {
            int r = reuseAt;
            v[CoolingStep.EXPORTED] = v[r];
            v[CoolingStep.DELIVERED] = v[r + 1];
            v[CoolingStep.HEAT_PUMP] = v[r + 2];
        }
    }

    /** A heat rejection's figures, from its first: see {@link HeatRejectionUnit#figures}. */
    private static final int FREE = HeatRejectionUnit.FREE;
    private static final int CHILLER_LOAD = HeatRejectionUnit.CHILLER_LOAD;
    private static final int CHILLER = HeatRejectionUnit.CHILLER;
    private static final int FAN = HeatRejectionUnit.REJECTOR + HeatRejector.FAN;
    private static final int PUMP = HeatRejectionUnit.REJECTOR + HeatRejector.PUMP;
    private static final int WATER = HeatRejectionUnit.REJECTOR + HeatRejector.WATER;
    private static final int REJECTED = HeatRejectionUnit.REJECTED;
}
