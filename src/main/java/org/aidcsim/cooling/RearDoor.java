package org.aidcsim.cooling;

import java.util.List;

/**
 * Rear-door heat exchangers on a hall's racks: each rack's exhaust, at its inlet temperature plus
 * the servers' air rise, crosses a water coil ({@link DoorCoil}) before it reaches the room. The
 * door takes what its coil can from that air, at most the rack's heat (its valve holds the room
 * neutral, no colder), and sends it down the water loop it sits on (its second outlet); the rest
 * stays in the room for the air handlers. Active doors' fans, rated at the door's rated airflow,
 * follow their rack's airflow by the affinity laws; their work heats the air before the coil.
 *
 * <p>Each group with doors carries a fixed share of the air heat reaching the component, its design
 * share (the rest: power-chain losses, support loads, racks without doors), and its doors are
 * solved on its own racks: the air through a door is its rack's heat over the servers' air rise, so
 * a rack at part load blows less air through a coil that then takes a larger share of it.
 *
 * <p>Figures: heat to water, fan power, and the heat the doors' racks leave in the room.
 */
public final class RearDoor implements PlantComponent {
    private static final List<PlantFigure> FIGURES = List.of(PlantFigure.DIVERTED_W, PlantFigure.FAN_W, PlantFigure.STATE);
    static final int TO_WATER = 0;
    static final int FAN = 1;
    static final int RESIDUAL = 2;

    private final String name;
    /** Per group with doors: its doors, and its racks' share of the air heat reaching the component. */
    private final int[] doors;
    private final double[] share;
    private final double rackInletC;
    private final double rackAirRiseK;
    private final double waterInC;
    private final DoorCoil coil;
    /** One door's fans, rated at the door's rated airflow; null for passive doors. */
    private final AffinityMover fans;
    private final double designFanW;

    /**
     * @param name the component's name in its plant
     * @param doors each group's doors (one per rack), at least 1 each
     * @param share each group's racks' share of the air heat reaching the component, together in (0, 1]
     * @param rackInletC air entering the racks (°C): the supply air
     * @param rackAirRiseK air rise across the servers (K)
     * @param waterInC water entering the doors (°C)
     * @param coil one door's coil
     * @param fans one active door's fans, by the heat its rack carries (at the rated airflow: power at speed 1); null for passive
     * @param designHeatInW heat reaching the doors at design (W): their fans' design power is theirs there
     */
    public RearDoor(String name, int[] doors, double[] share, double rackInletC, double rackAirRiseK, double waterInC,
            DoorCoil coil, AffinityMover fans, double designHeatInW) {
        double total = 0;
        for (int g = 0; g < doors.length; g++) {
            if (doors[g] < 1 || !(share[g] > 0)) {
                throw new IllegalArgumentException("invalid rear doors " + name);
            }
            total += share[g];
        }
        if (doors.length == 0 || doors.length != share.length || !(total <= 1 + 1e-12) || !(rackAirRiseK > 0)
                || !(rackInletC + rackAirRiseK > waterInC)) {
            throw new IllegalArgumentException("invalid rear doors " + name);
        }
        this.name = name;
        this.doors = doors.clone();
        this.share = share.clone();
        this.rackInletC = rackInletC;
        this.rackAirRiseK = rackAirRiseK;
        this.waterInC = waterInC;
        this.coil = coil;
        this.fans = fans;
        double fanW = 0;
        for (int g = 0; g < doors.length && fans != null; g++) {
            fanW += doors[g] * fans.powerW(designHeatInW * share[g] / doors[g]);
        }
        this.designFanW = fanW;
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

    public double waterInC() {
        return waterInC;
    }

    public DoorCoil coil() {
        return coil;
    }

    /** One active door's fans (W) on a rack sending {@code rackHeatW} to air; 0 for passive doors. */
    public double fanW(double rackHeatW) {
        return fans == null ? 0.0 : fans.powerW(rackHeatW);
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
        double racksW = 0;
        double fanW = 0;
        double toWaterW = 0;
        for (int g = 0; g < doors.length; g++) {
            double groupW = heatInW * share[g];
            double rackW = groupW / doors[g];
            double doorFanW = fanW(rackW);
            racksW += groupW;
            fanW += doors[g] * doorFanW;
            toWaterW += doors[g] * doorHeatW(rackW, doorFanW);
        }
        out[at + TO_WATER] = toWaterW;
        out[at + FAN] = fanW;
        out[at + RESIDUAL] = racksW + fanW - toWaterW;
        return heatInW + fanW - toWaterW;
    }

    /** Heat the doors send to water at design, when {@code designHeatInW} reaches them (W). */
    public double designToWaterW(double designHeatInW) {
        double toWaterW = 0;
        for (int g = 0; g < doors.length; g++) {
            double rackW = designHeatInW * share[g] / doors[g];
            toWaterW += doors[g] * doorHeatW(rackW, fanW(rackW));
        }
        return toWaterW;
    }

    @Override
    public double designHeatOutW(double designHeatInW) {
        return designHeatInW + designFanW - designToWaterW(designHeatInW);
    }

    /** {@inheritDoc} The active doors' fans at the design racks' airflow. */
    @Override
    public double designPowerW() {
        return designFanW;
    }
}
