package org.aidcsim.cooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The rear door's coil: the cross-flow effectiveness relations of Incropera et al., Fundamentals of
 * Heat and Mass Transfer, 6th ed., table 11.3, their limits, the fit on a rating, and the directions
 * IBM's Rear Door Heat eXchanger specification states (more heat removed with colder or more water,
 * less share of a heavier rack). No manufacturer publishes a multi-point table we could hold a fit
 * against: those checks wait for one (docs/air-side.md).
 */
class DoorCoilTest {
    @Test
    void effectivenessMatchesTheCrossFlowRelationsAndTheirLimits() {
        // C_r → 0: every exchanger is 1 − e^(−NTU)
        assertEquals(1 - Math.exp(-1), DoorCoil.effectiveness(1, 1e-9, 1), 1e-7);
        assertEquals(1 - Math.exp(-1), DoorCoil.effectiveness(1, 1, 1e-9), 1e-7);
        // equal capacity rates: both forms give 1 − exp(−(1 − e^(−NTU))) (Incropera eq. 11.34a and b at C_r = 1)
        double atOne = 1 - Math.exp(-(1 - Math.exp(-1)));
        assertEquals(atOne, DoorCoil.effectiveness(1, 1, 1), 1e-12);
        assertEquals(atOne, DoorCoil.effectiveness(1, 1 + 1e-12, 1), 1e-9);
        // C_max mixed, C_min unmixed at NTU 2, C_r 0.5: (1/C_r)(1 − exp(−C_r(1 − e^(−NTU))))
        assertEquals(2 * (1 - Math.exp(-0.5 * (1 - Math.exp(-2)))), DoorCoil.effectiveness(2, 0.5, 1), 1e-12);
        assertEquals(0.70, DoorCoil.effectiveness(2, 0.5, 1), 0.005, "Incropera fig. 11.19 reads about 0.70");
    }

    @Test
    void aCoilFittedOnItsRatingReproducesIt() {
        // the OCP ACS Door HX rating point: 45 °C air in, 30 °C out, 16 °C water; 50 kW, 5 K water rise
        DoorCoil coil = DoorCoil.rated(50e3, 45, 16, 50e3 / 15, 50e3 / 5);
        assertEquals(50e3, coil.heatW(45, 16, 50e3 / 15), 1e-6);
        assertEquals(coil.ratedUaWPerK(), coil.uaWPerK(50e3 / 15), 1e-9 * coil.ratedUaWPerK());
    }

    @Test
    void heatRemovedFollowsTheDirectionsIbmStates() {
        DoorCoil coil = DoorCoil.rated(25e3, 45, 16, 25e3 / 15, 25e3 / 5);
        RearDoor door = new RearDoor("d", new int[] {1}, new double[] {1.0}, 24, 15, 18, coil, null, 30e3);
        RearDoor colder = new RearDoor("d", new int[] {1}, new double[] {1.0}, 24, 15, 14, coil, null, 30e3);
        double last = 1;
        for (double rackW = 10e3; rackW <= 32e3; rackW += 2e3) {
            double share = door.doorHeatW(rackW, 0) / rackW;
            assertTrue(share < last, "a heavier rack leaves a larger share in the room");
            assertTrue(colder.doorHeatW(rackW, 0) >= door.doorHeatW(rackW, 0), "colder water takes more");
            last = share;
        }
        // IBM: its passive door removes 55-85 % of a 20-32 kW rack's heat at 18 °C water; ours, rated as above, within it
        for (double rackW : new double[] {20e3, 32e3}) {
            double share = door.doorHeatW(rackW, 0) / rackW;
            assertTrue(share > 0.55 && share <= 0.85 + 1e-9, rackW + " W: " + share);
        }
    }

    @Test
    void theDoorsConserveHeatAndSolveEachGroupOnItsOwnRacks() {
        DoorCoil coil = DoorCoil.rated(50e3, 45, 16, 50e3 / 15, 50e3 / 5);
        // ten doors of 36 kW racks and ten of 9 kW racks, in the air heat of 500 kW with 50 kW of other heat
        RearDoor doors = new RearDoor("d", new int[] {10, 10}, new double[] {0.72, 0.18}, 24, 15, 18, coil,
                new AffinityMover(50e3, 500, 0.2), 500e3);
        double[] v = new double[3];
        double passed = doors.step(500e3, new PlantComponent.Outdoor(), v, 0);
        assertEquals(500e3 + v[RearDoor.FAN], passed + v[RearDoor.TO_WATER], 1e-6, "heat in + fans = room + water");
        assertEquals(0.9 * 500e3 + v[RearDoor.FAN] - v[RearDoor.TO_WATER], v[RearDoor.RESIDUAL], 1e-6);
        double big = doors.doorHeatW(36e3, doors.fanW(36e3));
        double small = doors.doorHeatW(9e3, doors.fanW(9e3));
        assertEquals(10 * (big + small), v[RearDoor.TO_WATER], 1e-6, "each group's doors on their own racks, not on an average rack");
        assertEquals(10 * (doors.fanW(36e3) + doors.fanW(9e3)), doors.designPowerW(), 1e-9, "the fans' power at the design racks");
        assertEquals(500 * Math.pow(36.0 / 50, 3), doors.fanW(36e3), 1e-9, "a door's fans by the affinity laws from their rating");
    }
}
