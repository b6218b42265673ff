package org.aidcsim.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lumped masses against analytic solutions, and energy across an outage. */
class RideThroughTest {
    private static final double C_AIR = 2.0e6;

    /** A room of air alone, no mass, its coil as given, its chilled water held by a tank of {@code tankJPerK}. */
    private static ThermalHall room(double heatW, double coilWPerK) {
        return new ThermalHall(Optional.empty(), new ThermalHall.Air(heatW, C_AIR, 0, 0, coilWPerK, 1e5, 15, 24, 1e9, 32), heatW);
    }

    private static final List<CoolingLoad> AIR_LOADS = List.of(
            new CoolingLoad("crah_fans", CoolingLoad.Role.ROOM_FANS, 1e4, Feed.GENERATOR, 5, 10),
            new CoolingLoad("chilled_water_pump", CoolingLoad.Role.CHILLED_WATER_PUMPS, 1e4, Feed.GENERATOR, 5, 10),
            new CoolingLoad("chilled_water", CoolingLoad.Role.AIR_REJECTION, 1e5, Feed.GENERATOR, 480, 60));

    private static double[] constant(int rows, double w) {
        double[] out = new double[rows];
        Arrays.fill(out, w);
        return out;
    }

    /** Heat Q into a mass C with nothing taking it out: T rises as Q·t/C, a straight line. */
    @Test
    void aMassHeatedAtConstantPowerRisesLinearly() {
        double q = 1.0e6;
        // the utility lost at 0 and never back, no generator: the fans and coils stop at once
        BusTimeline dark = new BusTimeline(new double[] {0.0}, Double.NaN);
        // a coil of Q / 9 K holds the air at 24 °C over 15 °C water before the outage
        RideThrough.Run run = RideThrough.run(room(q, q / 9), 0, AIR_LOADS, dark, 0.5, constant(120, q), false);
        for (int r = 0; r < 120; r += 17) {
            double t = (r + 1) * 0.5;
            assertEquals(24 + q * t / C_AIR, run.roomC()[r], 1e-9 * (24 + q * t / C_AIR), "row " + r);
        }
        assertEquals(16.0, run.firstS(RideThrough.SERVER_INLET_AIR), 0.5 + 1e-9, "32 °C passed at (32 − 24)·C/Q = 16 s, "
                + "seen at the end of its row");
    }

    /**
     * Air at T0 with no heat, cooled through a coil of conductance UA into water held at its
     * setpoint by a very large tank: T − Tw = (T0 − Tw)·exp(−t·UA/C), time constant C/UA
     * (Incropera et al., lumped capacitance, eq. 5.6), within 1 % over three time constants.
     */
    @Test
    void aMassCooledThroughAnExchangerApproachesExponentially() {
        double ua = 2.0e4;
        double tau = C_AIR / ua;
        ThermalHall hall = room(1.0e5, ua);
        BusTimeline up = new BusTimeline(new double[0], Double.NaN);
        // 100 kW in the first row holds the air at 15 + 100 kW / UA = 20 °C; then the heat stops
        double[] heat = constant(600, 0.0);
        heat[0] = 1.0e5;
        RideThrough.Run run = RideThrough.run(hall, 1e15, AIR_LOADS, up, 0.5, heat, false);
        for (int r = 1; r < 600; r += 37) {
            double t = r * 0.5;
            double exact = 15 + (20 - 15) * Math.exp(-t / tau);
            assertEquals(exact - 15, run.roomC()[r] - 15, 0.01 * (exact - 15), "t = " + t + " s, τ = " + tau + " s");
        }
    }

    /** Through a whole outage and restart, heat in − heat rejected = heat held, to 1e-9 of the heat in. */
    @Test
    void energyIsConservedThroughAnOutage() {
        ThermalHall.Liquid liquid = new ThermalHall.Liquid(8e6, 4e6, 8e5, Optional.of(new ThermalHall.Chip(1200, 0.006, 85)), 5e7,
                2.7e6, 8e7, 35, 1e7, 45);
        ThermalHall hall = new ThermalHall(Optional.of(liquid), new ThermalHall.Air(2e6, C_AIR, 4e7, 2e5, 2.2e5, 3e7, 15, 24, 3e6, 32),
                1e7);
        List<CoolingLoad> loads = List.of(
                new CoolingLoad("cdu_pumps", CoolingLoad.Role.COOLANT_PUMPS, 1e5, Feed.GENERATOR, 5, 10),
                new CoolingLoad("facility_water_pump", CoolingLoad.Role.FACILITY_PUMPS, 5e4, Feed.GENERATOR, 5, 10),
                new CoolingLoad("facility_water", CoolingLoad.Role.LIQUID_REJECTION, 5e5, Feed.GENERATOR, 480, 60),
                AIR_LOADS.get(0), AIR_LOADS.get(1), AIR_LOADS.get(2));
        BusTimeline outage = new BusTimeline(new double[] {5, 125}, 15);
        RideThrough.Run run = RideThrough.run(hall, 2e8, loads, outage, 0.1, constant(7200, 1e7), false);
        assertTrue(run.heatInJ() > 0 && run.rejectedJ() > 0);
        assertEquals(0.0, (run.heatInJ() - run.rejectedJ() - run.storedJ()) / run.heatInJ(), 1e-9);
        assertTrue(run.chipCaseC()[100] > run.chipCaseC()[0], "the chip warms once the pumps stop");
    }
}
