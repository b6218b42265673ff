package org.aidcsim.cooling;

import java.util.List;

/**
 * Rear-door heat exchangers on a hall's racks: each rack's exhaust, at its inlet temperature plus
 * the servers' air rise, crosses a water coil ({@link DoorCoil}) before it reaches the room. The
 * door takes what its coil can from that air, at most the rack's heat (its valve holds the room
 * neutral, no colder), and sends it down the water loop it sits on (its second outlet); the rest
 * stays in the room for the air handlers. Active doors' fans, sized on the door's rating, follow
 * the racks' airflow by the affinity laws; their work heats the air before the coil.
 *
 * <p>The doors' racks carry a fixed share of the air heat reaching the component, their design
 * share (the rest: power-chain losses, support loads, racks without doors); the air flow through
 * a door is its rack's heat over the servers' air rise, so a rack at part load blows less air
 * through a coil that then takes a larger share of it.
 *
 * <p>Figures: heat to water, fan power, and the heat the doors' racks leave in the room.
 */
public final class RearDoor implements PlantComponent {
    private static final List<PlantFigure> FIGURES = List.of(PlantFigure.DIVERTED_W, PlantFigure.FAN_W, PlantFigure.STATE);
    static final int TO_WATER = 0;
    static final int FAN = 1;
    static final int RESIDUAL = 2;

    private final String name;
    private final int doors;
    private final double doorShare;
    private final double rackInletC;
    private final double rackAirRiseK;
    private final double waterInC;
    private final DoorCoil coil;
    /** Every door's fans together, sized on the doors' design heat; null for passive doors. */
    private final AffinityMover fans;

    /**
     * @param name the component's name in its plant
     * @param doors doors (one per rack of the groups that have them), at least 1
     * @param doorShare share of the air heat reaching it that leaves the doors' racks, in (0, 1]
     * @param rackInletC air entering the racks (°C): the supply air
     * @param rackAirRiseK air rise across the servers (K)
     * @param waterInC water entering the doors (°C)
     * @param coil one door's coil
     * @param fans the active doors' fans; null for passive doors
     */
    public RearDoor(String name, int doors, double doorShare, double rackInletC, double rackAirRiseK, double waterInC, DoorCoil coil,
            AffinityMover fans) {
        if (doors < 1 || !(doorShare > 0 && doorShare <= 1) || !(rackAirRiseK > 0) || !(rackInletC + rackAirRiseK > waterInC)) {
            throw new IllegalArgumentException("invalid rear doors " + name);
        }
        this.name = name;
        this.doors = doors;
        this.doorShare = doorShare;
        this.rackInletC = rackInletC;
        this.rackAirRiseK = rackAirRiseK;
        this.waterInC = waterInC;
        this.coil = coil;
        this.fans = fans;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return fans == null ? "rear_door_passive" : "rear_door_active";
    }

    @Override
    public List<PlantFigure> figures() {
        return FIGURES;
    }

    public int doors() {
        return doors;
    }

    public double waterInC() {
        return waterInC;
    }

    public DoorCoil coil() {
        return coil;
    }

    /**
     * What one door does with a rack that sends {@code rackHeatW} to air (W) and its fans' {@code fanW}: the
     * heat to water (W), at most the rack's heat and the fans' work.
     */
    public double doorHeatW(double rackHeatW, double fanW) {
        if (rackHeatW <= 0) {
            return 0.0;
        }
        double airWPerK = rackHeatW / rackAirRiseK;
        double airInC = rackInletC + rackAirRiseK + fanW / airWPerK;
        return Math.min(rackHeatW + fanW, coil.heatW(airInC, waterInC, airWPerK));
    }

    @Override
    public double step(double heatInW, Outdoor outdoor, double[] out, int at) {
        double racksW = heatInW * doorShare;
        double fanW = fans == null ? 0.0 : fans.powerW(racksW);
        double toWaterW = doors * doorHeatW(racksW / doors, fanW / doors);
        out[at + TO_WATER] = toWaterW;
        out[at + FAN] = fanW;
        out[at + RESIDUAL] = racksW + fanW - toWaterW;
        return heatInW + fanW - toWaterW;
    }

    /** Heat the doors send to water at design, when {@code designHeatInW} reaches them (W). */
    public double designToWaterW(double designHeatInW) {
        double racksW = designHeatInW * doorShare;
        double fanW = fans == null ? 0.0 : fans.designPowerW();
        return doors * doorHeatW(racksW / doors, fanW / doors);
    }

    @Override
    public double designHeatOutW(double designHeatInW) {
        return designHeatInW + designPowerW() - designToWaterW(designHeatInW);
    }

    @Override
    public double designPowerW() {
        return fans == null ? 0.0 : fans.designPowerW();
    }
}
