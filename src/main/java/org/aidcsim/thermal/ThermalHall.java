package org.aidcsim.thermal;

import java.util.Optional;

/**
 * The hall as lumped thermal masses, at its design state. Each mass is well mixed at one
 * temperature; heat moves between them through conductances that the running cooling loads switch
 * on and off; each loop's heat rejection is a controlled sink that holds its water at the setpoint
 * up to the capacity it has running.
 *
 * @param liquid the racks' liquid loop, when they have one
 * @param air the room and its air-side plant
 * @param itDesignW the IT load the design heats go with (W): at another load, each heat scales with it
 */
public record ThermalHall(Optional<Liquid> liquid, Air air, double itDesignW) {

    /**
     * The liquid side: cold plates, the coolant of the technology loop, the facility water.
     *
     * @param designHeatW heat to liquid at design (W)
     * @param plateCapacityJPerK heat capacity of every cold plate with the coolant held in it and its rack manifold (J/K)
     * @param plateConductanceWPerK plate-to-inlet conductance of all plates together at design flow (W/K): chips × 1 /
     *        the convective part of the cold-plate resistance
     * @param chip the hottest chip, when the scenario describes one
     * @param coolantCapacityJPerK heat capacity of the coolant in racks, CDUs and technology-loop piping (J/K)
     * @param cduConductanceWPerK CDU exchanger conductance at design flow on both sides (W/K): design heat over the CDU
     *        approach, so that the design state is the sized one
     * @param facilityCapacityJPerK heat capacity of the facility water in CDUs and piping, without a tank (J/K)
     * @param facilitySupplyC facility water supply setpoint (°C)
     * @param rejectionCapacityW heat the loop's rejection removes at full duty (W)
     * @param coolantSupplyLimitC warmest coolant the racks accept (°C), +∞ when no catalogue system says
     */
    public record Liquid(double designHeatW, double plateCapacityJPerK, double plateConductanceWPerK, Optional<Chip> chip,
            double coolantCapacityJPerK, double cduConductanceWPerK, double facilityCapacityJPerK, double facilitySupplyC,
            double rejectionCapacityW, double coolantSupplyLimitC) {
    }

    /**
     * The hottest chip on its plate.
     *
     * @param powerW heat at design (W)
     * @param conductiveKPerW the case-to-plate part of its resistance (K/W): what stays when the flow stops
     * @param caseLimitC highest case temperature (°C)
     */
    public record Chip(double powerW, double conductiveKPerW, double caseLimitC) {
    }

    /**
     * The room: its air, the mass of racks and building that trades heat with it, the coils and the
     * chilled water.
     *
     * @param designHeatW heat to air at design (W)
     * @param airCapacityJPerK heat capacity of the room air (J/K)
     * @param massCapacityJPerK heat capacity of the IT equipment and building mass in touch with the air (J/K)
     * @param massConductanceWPerK air-to-mass conductance, h·A (W/K)
     * @param coilConductanceWPerK coil conductance, room air to chilled water, at design airflow and water flow (W/K)
     * @param chilledWaterCapacityJPerK heat capacity of the chilled water in coils and piping, without a tank (J/K)
     * @param chilledWaterSupplyC chilled water supply setpoint (°C)
     * @param supplyAirC the air the IT takes in at design (°C)
     * @param rejectionCapacityW heat the air side's chillers remove at full duty (W)
     * @param inletLimitC warmest air the IT may take in: its ASHRAE class's allowable maximum (°C)
     */
    public record Air(double designHeatW, double airCapacityJPerK, double massCapacityJPerK, double massConductanceWPerK,
            double coilConductanceWPerK, double chilledWaterCapacityJPerK, double chilledWaterSupplyC, double supplyAirC,
            double rejectionCapacityW, double inletLimitC) {
    }
}
