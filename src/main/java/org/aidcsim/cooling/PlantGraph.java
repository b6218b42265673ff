package org.aidcsim.cooling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plant as a graph of components through which heat flows from its two inlets (room air,
 * rack liquid) to the outdoors or a heat user. Each component names the one downstream of it;
 * one that splits its heat (a rear door taking part of the air heat to water) names a second
 * outlet for its {@link PlantFigure#DIVERTED_W}. The step solves the components in flow order,
 * each on the heat that reached it, and adds up every component's figures by meaning; it writes
 * only into the step's array, so a run allocates nothing.
 */
public final class PlantGraph {
    /**
     * One component in its place.
     *
     * @param component the component
     * @param side the inlet its heat comes from
     * @param to the component downstream; empty for one that sends nothing on
     * @param divertTo where its diverted heat goes; empty when it diverts none
     * @param designHeatInW heat reaching it at design (W), what it was sized on
     */
    public record Node(PlantComponent component, PlantSide side, Optional<String> to, Optional<String> divertTo,
            double designHeatInW) {
    }

    private final List<Node> nodes;
    private final PlantComponent[] components;
    private final int[] next;
    private final int[] divertTo;
    private final int[] divertAt;
    private final int[] at;
    private final int[] inflowAt;
    private final int[] entry = new int[PlantSide.values().length];
    private static final PlantSide[] SIDES = PlantSide.values();
    private final int[][] summed;
    private final int[] sideFreeFraction;
    private final int size;

    /** @param nodes the components in flow order: each after every component that sends it heat */
    public PlantGraph(List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
        int n = nodes.size();
        components = new PlantComponent[n];
        next = new int[n];
        divertTo = new int[n];
        divertAt = new int[n];
        at = new int[n];
        inflowAt = new int[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            components[i] = nodes.get(i).component();
            if (index.put(components[i].name(), i) != null) {
                throw new IllegalArgumentException("two plant components named " + components[i].name());
            }
        }
        Arrays.fill(entry, -1);
        int figure = CoolingStep.Total.values().length;
        List<List<Integer>> byTotal = new ArrayList<>();
        for (int t = 0; t < CoolingStep.Total.values().length; t++) {
            byTotal.add(new ArrayList<>());
        }
        sideFreeFraction = new int[PlantSide.values().length];
        Arrays.fill(sideFreeFraction, -1);
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            PlantSide side = node.side();
            if (entry[side.ordinal()] < 0) {
                entry[side.ordinal()] = i;
            }
            next[i] = target(node.to(), i, index);
            divertTo[i] = target(node.divertTo(), i, index);
            at[i] = figure;
            divertAt[i] = -1;
            List<PlantFigure> figures = components[i].figures();
            for (int f = 0; f < figures.size(); f++, figure++) {
                PlantFigure kind = figures.get(f);
                CoolingStep.Total total = CoolingStep.Total.of(kind);
                if (total != null) {
                    byTotal.get(total.ordinal()).add(figure);
                }
                if (kind == PlantFigure.CHILLER_W) {
                    byTotal.get(CoolingStep.Total.chillers(side).ordinal()).add(figure);
                } else if (kind == PlantFigure.FREE_FRACTION) {
                    sideFreeFraction[side.ordinal()] = figure;
                } else if (kind == PlantFigure.DIVERTED_W) {
                    divertAt[i] = figure;
                }
            }
            if (divertTo[i] >= 0 && divertAt[i] < 0) {
                throw new IllegalArgumentException(components[i].name() + " diverts heat but writes no diverted figure");
            }
        }
        for (int i = 0; i < n; i++) {
            inflowAt[i] = figure++;
        }
        size = figure;
        summed = new int[byTotal.size()][];
        for (int t = 0; t < summed.length; t++) {
            summed[t] = byTotal.get(t).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Index of the component {@code name} names, after {@code from}; -1 for none. */
    private static int target(Optional<String> name, int from, Map<String, Integer> index) {
        if (name.isEmpty()) {
            return -1;
        }
        Integer i = index.get(name.get());
        if (i == null) {
            throw new IllegalArgumentException("no plant component named " + name.get());
        }
        if (i <= from) {
            throw new IllegalArgumentException(name.get() + " must come after the component that sends it heat");
        }
        return i;
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** The component named {@code name}. */
    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.component().name().equals(name)).findFirst();
    }

    /** Doubles a step of this plant holds: totals, every component's figures, every component's inflow. */
    public int stepSize() {
        return size;
    }

    /** Index in the step's array of component {@code i}'s first figure. */
    public int figuresAt(int i) {
        return at[i];
    }

    /** True when a step's figures depend on the wet bulb (a cooling tower somewhere). */
    public boolean usesWetBulb() {
        for (PlantComponent c : components) {
            if (c instanceof HeatRejectionUnit u && u.loop().rejector().usesWetBulb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * One step.
     *
     * @param heatToAirW heat released into cooled air (W)
     * @param heatToLiquidW heat released into the liquid loop (W)
     * @param out receives every figure of the step
     */
    public void step(double heatToAirW, double heatToLiquidW, double dryBulbC, double wetBulbC, double dewPointC, CoolingStep out) {
        double[] v = out.sizedFor(size);
        PlantComponent.Outdoor outdoor = out.outdoor;
        outdoor.dryBulbC = dryBulbC;
        outdoor.wetBulbC = wetBulbC;
        outdoor.dewPointC = dewPointC;
        int n = components.length;
        for (int i = 0; i < n; i++) {
            v[inflowAt[i]] = 0;
        }
        int air = entry[PlantSide.AIR.ordinal()];
        int liquid = entry[PlantSide.LIQUID.ordinal()];
        if (air >= 0) {
            v[inflowAt[air]] = heatToAirW;
        }
        if (liquid >= 0) {
            v[inflowAt[liquid]] = heatToLiquidW;
        }
        for (int i = 0; i < n; i++) {
            double passed = components[i].step(v[inflowAt[i]], outdoor, v, at[i]);
            if (next[i] >= 0) {
                v[inflowAt[next[i]]] += passed;
            }
            if (divertTo[i] >= 0) {
                v[inflowAt[divertTo[i]]] += v[divertAt[i]];
            }
        }
        for (int t = 0; t < summed.length; t++) {
            int[] idx = summed[t];
            double sum = 0;
            for (int k = 0; k < idx.length; k++) {
                sum += v[idx[k]];
            }
            v[t] = sum;
        }
        v[CoolingStep.Total.HEAT_TO_AIR_W.ordinal()] = heatToAirW;
        v[CoolingStep.Total.HEAT_TO_LIQUID_W.ordinal()] = heatToLiquidW;
        for (int s = 0; s < sideFreeFraction.length; s++) {
            v[CoolingStep.Total.freeFraction(SIDES[s]).ordinal()] = sideFreeFraction[s] < 0 ? 0.0 : v[sideFreeFraction[s]];
        }
    }
}
