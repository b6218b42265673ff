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
    private static final int TOTALS = CoolingStep.Total.values().length;
    private static final int HEAT_TO_AIR = CoolingStep.Total.HEAT_TO_AIR_W.ordinal();
    private static final int HEAT_TO_LIQUID = CoolingStep.Total.HEAT_TO_LIQUID_W.ordinal();
    private static final int AIR_FREE = CoolingStep.Total.AIR_FREE_FRACTION.ordinal();
    private static final int LIQUID_FREE = CoolingStep.Total.LIQUID_FREE_FRACTION.ordinal();
    /**
     * The built-in component classes by number: the step calls each through its own class, so the
     * compiler inlines the call (one call site through the interface for every kind would be
     * megamorphic and cost a tenth of an annual run); a plug-in type goes through the interface.
     */
    private static final byte OTHER = 0;
    private static final byte FAN = 1;
    private static final byte PUMP = 2;
    private static final byte ECONOMIZER = 3;
    private static final byte REJECTION = 4;
    private static final byte REUSE = 5;
    private final byte[] kind;
    /** Each figure a total sums, and that total: one flat pass after the components (the general way). */
    private final int[] sumFrom;
    private final int[] sumTo;
    /** Each side's free-fraction figures, in flow order: combined as shares of what each passes on. */
    private final int[][] sideFreeFractions;
    private final int[] airFreeAt;
    private final int[] liquidFreeAt;
    private final int size;
    /** The unrolled step of a default topology; null for a plant the scenario reshaped. */
    private final DefaultPlantPath fast;

    /** @param nodes the components in flow order: each after every component that sends it heat */
    public PlantGraph(List<Node> nodes) {
        this(nodes, true);
    }

    private PlantGraph(List<Node> nodes, boolean unrollDefault) {
        this.nodes = List.copyOf(nodes);
        int n = nodes.size();
        components = new PlantComponent[n];
        kind = new byte[n];
        next = new int[n];
        divertTo = new int[n];
        divertAt = new int[n];
        at = new int[n];
        inflowAt = new int[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            components[i] = nodes.get(i).component();
            kind[i] = kindOf(components[i]);
            if (index.put(components[i].name(), i) != null) {
                throw new IllegalArgumentException("two plant components named " + components[i].name());
            }
        }
        Arrays.fill(entry, -1);
        int figure = CoolingStep.Total.values().length;
        List<int[]> allPairs = new ArrayList<>();
        List<List<Integer>> freeBySide = new ArrayList<>();
        for (int k = 0; k < SIDES.length; k++) {
            freeBySide.add(new ArrayList<>());
        }
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
                PlantFigure meaning = figures.get(f);
                CoolingStep.Total total = CoolingStep.Total.of(meaning);
                if (total != null) {
                    allPairs.add(new int[] {figure, total.ordinal()});
                }
                if (meaning == PlantFigure.CHILLER_W) {
                    allPairs.add(new int[] {figure, CoolingStep.Total.chillers(side).ordinal()});
                } else if (meaning == PlantFigure.FREE_FRACTION) {
                    freeBySide.get(side.ordinal()).add(figure);
                } else if (meaning == PlantFigure.DIVERTED_W) {
                    divertAt[i] = figure;
                }
            }
            if ((divertTo[i] >= 0) != (divertAt[i] >= 0)) {
                throw new IllegalArgumentException(components[i].name() + (divertTo[i] >= 0 ? " diverts heat but writes no diverted figure"
                        : " writes a diverted figure but names no second outlet: that heat would vanish"));
            }
        }
        for (int i = 0; i < n; i++) {
            inflowAt[i] = figure++;
        }
        size = figure;
        sumFrom = allPairs.stream().mapToInt(p -> p[0]).toArray();
        sumTo = allPairs.stream().mapToInt(p -> p[1]).toArray();
        sideFreeFractions = freeBySide.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        airFreeAt = sideFreeFractions[PlantSide.AIR.ordinal()];
        liquidFreeAt = sideFreeFractions[PlantSide.LIQUID.ordinal()];
        fast = unrollDefault ? DefaultPlantPath.of(this.nodes, at).orElse(null) : null;
    }

    private static byte kindOf(PlantComponent c) {
        if (c instanceof Fan) {
            return FAN;
        }
        if (c instanceof Pump) {
            return PUMP;
        }
        if (c instanceof AirsideEconomizer) {
            return ECONOMIZER;
        }
        if (c instanceof HeatRejectionUnit) {
            return REJECTION;
        }
        return c instanceof HeatReuseUnit ? REUSE : OTHER;
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

    /** The same plant stepped the general way, even in a default topology: for the test that holds both ways equal. */
    PlantGraph general() {
        return new PlantGraph(nodes, false);
    }

    /** True when it steps through the unrolled default topology. */
    boolean unrolled() {
        return fast != null;
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

    /** Index in the step's array of the first component's first figure. */
    public int figuresBegin() {
        return CoolingStep.Total.values().length;
    }

    /** Index in the step's array just past the last component's last figure. */
    public int figuresEnd() {
        return inflowAt.length == 0 ? figuresBegin() : inflowAt[0];
    }


    /**
     * The totals of a step as the components' declared figures sum them, every component by its
     * {@link PlantComponent#figures}: what the step's totals must equal (the unrolled default plant
     * writes its totals from the figures it knows; a test holds it to this).
     */
    public double[] totalsByMeaning(CoolingStep step) {
        double[] totals = new double[TOTALS];
        for (int k = 0; k < sumFrom.length; k++) {
            totals[sumTo[k]] += step.figure(sumFrom[k]);
        }
        totals[CoolingStep.Total.HEAT_TO_AIR_W.ordinal()] = step.heatToAirW();
        totals[CoolingStep.Total.HEAT_TO_LIQUID_W.ordinal()] = step.heatToLiquidW();
        for (int s = 0; s < sideFreeFractions.length; s++) {
            double free = 0;
            for (int k = 0; k < sideFreeFractions[s].length; k++) {
                double f = step.figure(sideFreeFractions[s][k]);
                free = k == 0 ? f : combinedFree(free, f);
            }
            totals[CoolingStep.Total.freeFraction(SIDES[s]).ordinal()] = free;
        }
        return totals;
    }

    /** Indices in the step's array of every electric figure ({@link PlantFigure#electric()}), component by component. */
    public int[] electricFigures() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            List<PlantFigure> figures = components[i].figures();
            for (int f = 0; f < figures.size(); f++) {
                if (figures.get(f).electric()) {
                    out.add(at[i] + f);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The component of each of {@link #electricFigures}, by its index in {@link #nodes}. */
    public int[] electricFigureComponents() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            for (PlantFigure f : components[i].figures()) {
                if (f.electric()) {
                    out.add(i);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True when a step's figures depend on the wet bulb (a cooling tower somewhere). */
    public boolean usesWetBulb() {
        for (PlantComponent c : components) {
            if (c.usesWetBulb()) {
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
        // Straight-line code but for the general loop: short loops here were compiled on their own
        // (on-stack replacement) and kept the step from being inlined into the engine's loop.
        if (fast != null) {
            fast.step(heatToAirW, heatToLiquidW, outdoor, v);
        } else {
            solve(v, outdoor, heatToAirW, heatToLiquidW);
            v[AIR_FREE] = free(v, airFreeAt);
            v[LIQUID_FREE] = free(v, liquidFreeAt);
        }
        v[HEAT_TO_AIR] = heatToAirW;
        v[HEAT_TO_LIQUID] = heatToLiquidW;
    }

    /** A side's free fraction from its figures in flow order; 0 for a side without any. */
    private static double free(double[] v, int[] at) {
        if (at.length == 0) {
            return 0.0;
        }
        double free = v[at[0]];
        for (int k = 1; k < at.length; k++) {
            free = combinedFree(free, v[at[k]]);
        }
        return free;
    }

    /**
     * The share of a side's heat carried without chillers when a component carries {@code upstream}
     * of it and the next one {@code next} of what it passes on: an evaporative handler or airside
     * economizer ahead of the chilled water's economizer. Written so that a first share of 0 gives
     * the second exactly.
     */
    static double combinedFree(double upstream, double next) {
        return upstream + (1 - upstream) * next;
    }

    /**
     * The general way: every component in flow order on the heat that reached it, then every
     * figure added to the total of its meaning.
     */
    private void solve(double[] v, PlantComponent.Outdoor outdoor, double heatToAirW, double heatToLiquidW) {
        // the totals and every figure: a figure a component leaves unwritten counts as zero, not as the last step's
        Arrays.fill(v, 0, figuresEnd(), 0.0);
        for (int i = 0; i < inflowAt.length; i++) {
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
        for (int i = 0; i < components.length; i++) {
            double passed = stepOne(kind[i], components[i], v[inflowAt[i]], outdoor, v, at[i]);
            if (next[i] >= 0) {
                v[inflowAt[next[i]]] += passed;
            }
            if (divertTo[i] >= 0) {
                v[inflowAt[divertTo[i]]] += v[divertAt[i]];
            }
        }
        for (int k = 0; k < sumFrom.length; k++) {
            v[sumTo[k]] += v[sumFrom[k]];
        }
    }

    /**
     * One component's step, through its own class for the built-in ones: the compiler then inlines
     * each (one call through the interface for every kind would be megamorphic); a plug-in type goes
     * through the interface.
     */
    private static double stepOne(byte kind, PlantComponent c, double in, PlantComponent.Outdoor outdoor, double[] v, int a) {
        return switch (kind) {
            case FAN -> ((Fan) c).step(in, outdoor, v, a);
            case PUMP -> ((Pump) c).step(in, outdoor, v, a);
            case ECONOMIZER -> ((AirsideEconomizer) c).step(in, outdoor, v, a);
            case REJECTION -> ((HeatRejectionUnit) c).step(in, outdoor, v, a);
            case REUSE -> ((HeatReuseUnit) c).step(in, outdoor, v, a);
            default -> c.step(in, outdoor, v, a);
        };
    }

}
