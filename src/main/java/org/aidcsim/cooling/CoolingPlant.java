package org.aidcsim.cooling;

import java.util.List;
import java.util.Optional;

/**
 * The whole cooling plant of a hall: an air path that every technology has, for the IT heat not
 * captured by liquid, the power-chain losses in electrical rooms and the white space, and misc
 * loads; and, for liquid technologies, a liquid path. Both as sized (what reports and prices read)
 * and as the graph of components the hourly step solves.
 */
public final class CoolingPlant {
    private final CoolingTechnology technology;
    private final AirPath air;
    private final LiquidPath liquid;
    private final double serverFanFractionRemoved;
    private final PlantGraph graph;
    private final double captureFraction;
    private final List<GroupLiquid> groups;
    /** Each group's share of heat to liquid, in the IT load's group order; null when every group has the same. */
    private final double[] groupCapture;
    /** Made on first use; a race makes two equal ones, which is harmless. */
    private volatile Optional<ChipWatch> chipWatch;

    /**
     * @param technology how IT heat leaves the racks
     * @param air the air path
     * @param liquid the liquid path; empty for air cooling
     * @param serverFanFractionRemoved share of the air-cooled rack power that server fans drew and
     *        that immersion or spray removed from the IT load (0 when fans stay)
     * @param graph the components the step solves, sized
     * @param groups the rack groups as the plant was sized for them, in the IT load's group order
     */
    public CoolingPlant(CoolingTechnology technology, AirPath air, Optional<LiquidPath> liquid, double serverFanFractionRemoved,
            PlantGraph graph, List<GroupLiquid> groups) {
        if (technology.hasLiquidLoop() != liquid.isPresent()) {
            throw new IllegalArgumentException(technology + " needs " + (liquid.isPresent() ? "no" : "a") + " liquid path");
        }
        this.technology = technology;
        this.air = air;
        this.liquid = liquid.orElse(null);
        this.serverFanFractionRemoved = serverFanFractionRemoved;
        this.graph = graph;
        this.groups = List.copyOf(groups);
        double designW = 0;
        double toLiquidW = 0;
        for (GroupLiquid g : groups) {
            designW += g.designItW();
            toLiquidW += g.designHeatToLiquidW();
        }
        boolean uniform = groups.stream().mapToDouble(GroupLiquid::captureFraction).distinct().count() <= 1;
        // One share for the hall when every group has it: the same product as before groups had their own.
        this.captureFraction = uniform ? (groups.isEmpty() ? 0.0 : groups.get(0).captureFraction())
                : designW > 0 ? toLiquidW / designW : 0.0;
        this.groupCapture = uniform ? null : groups.stream().mapToDouble(GroupLiquid::captureFraction).toArray();
    }

    /**
     * True when a step's figures depend on the wet bulb, not only on the dry bulb and dew point:
     * a cooling tower on either loop.
     */
    public boolean usesWetBulb() {
        return graph.usesWetBulb();
    }

    public CoolingTechnology technology() {
        return technology;
    }

    public AirPath air() {
        return air;
    }

    public Optional<LiquidPath> liquid() {
        return Optional.ofNullable(liquid);
    }

    /** The components and how heat flows between them. */
    public PlantGraph graph() {
        return graph;
    }

    /** Doubles one step of this plant holds (see {@link CoolingStep}). */
    public int stepSize() {
        return graph.stepSize();
    }

    /** Share of the air-cooled rack power that server fans drew and the technology removed. */
    public double serverFanFractionRemoved() {
        return serverFanFractionRemoved;
    }

    /** Share of the design IT heat captured by liquid, in [0, 1], over every group; 0 for air cooling. */
    public double captureFraction() {
        return captureFraction;
    }

    /** The hottest chip watched through a run, when the loop describes one on single-phase coolant. */
    public Optional<ChipWatch> chipWatch() {
        Optional<ChipWatch> made = chipWatch;
        if (made == null) {
            // made once per plant and shared: immutable, and its making reads the case over a grid of loads
            made = liquid == null || liquid.chip().isEmpty() || liquid.coolant().twoPhase() ? Optional.empty()
                    : graph.node(PlantSizer.CDU_PUMPS).map(PlantGraph.Node::component).filter(Pump.class::isInstance)
                            .map(p -> new ChipWatch(liquid.chip().orElseThrow(), (Pump) p, basisOverNameplate()));
            chipWatch = made;
        }
        return made;
    }

    /** The design IT load over the racks' nameplate: 1 on a nameplate basis. */
    private double basisOverNameplate() {
        double design = groups.stream().mapToDouble(GroupLiquid::designItW).sum();
        double nameplate = groups.stream().mapToDouble(GroupLiquid::nameplateItW).sum();
        return nameplate > 0 ? design / nameplate : 1.0;
    }

    /** The rack groups as the plant was sized for them. */
    public List<GroupLiquid> groups() {
        return groups;
    }

    /** IT heat to liquid (W) when the groups draw {@code groupItPowerW} (W each), {@code itPowerW} in all. */
    public double itHeatToLiquidW(double itPowerW, double[] groupItPowerW) {
        if (liquid == null) {
            return 0.0;
        }
        if (groupCapture == null) {
            return itPowerW * captureFraction;
        }
        double w = 0;
        for (int g = 0; g < groupCapture.length; g++) {
            w += groupItPowerW[g] * groupCapture[g];
        }
        return w;
    }

    /**
     * One step. Fan and pump work becomes heat in the air or water it moves, so it travels with the
     * heat through the components downstream.
     *
     * @param itPowerW IT power, all of which becomes heat in the racks (W)
     * @param groupItPowerW each group's share of it (W), in the IT load's group order
     * @param otherAirHeatW power-chain losses and misc loads released into cooled air (W)
     * @param otherLiquidHeatW power-chain losses released into the liquid loop (W); 0 without one
     * @param dryBulbC outdoor dry bulb (°C)
     * @param wetBulbC outdoor wet bulb (°C)
     * @param dewPointC outdoor dew point (°C)
     * @param out receives every flow of this step
     */
    public void step(double itPowerW, double[] groupItPowerW, double otherAirHeatW, double otherLiquidHeatW, double dryBulbC,
            double wetBulbC, double dewPointC, CoolingStep out) {
        double captured = itHeatToLiquidW(itPowerW, groupItPowerW);
        double toAir = itPowerW - captured + otherAirHeatW;
        double toLiquid = liquid == null ? 0.0 : captured + otherLiquidHeatW;
        graph.step(toAir, toLiquid, dryBulbC, wetBulbC, dewPointC, out);
    }
}
