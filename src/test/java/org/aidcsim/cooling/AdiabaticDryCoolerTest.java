package org.aidcsim.cooling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pre-cooling pads on dry coolers: dry below the switch-over, pad outlet and water balance above it. */
class AdiabaticDryCoolerTest {
    private final AffinityMover fans = new AffinityMover(1e6, 2e4, 0.2);
    private final DryCooler dry = new DryCooler(6, fans, 16);
    private final AdiabaticDryCooler wet = new AdiabaticDryCooler(dry, 26, 0.75, 10, 4);

    @Test
    void belowTheSwitchOverItIsADryCooler() {
        double[] a = new double[3];
        double[] b = new double[3];
        dry.run(5e5, 0, 1.0, 42, 20, 12, a, 0);
        wet.run(5e5, 0, 1.0, 42, 20, 12, b, 0);
        assertArrayEquals(a, b, 0.0);
        assertEquals(0.0, b[HeatRejector.WATER]);
        assertEquals(dry.coldestWaterC(20, 12), wet.coldestWaterC(20, 12));
    }

    @Test
    void aboveItThePadsCoolTheAirTowardsTheWetBulbAndEvaporateWhatTheAirGivesUp() {
        // a Tucson afternoon: 40 °C dry bulb, 20 °C wet bulb; ε = 0.75 (Evapco's worked example)
        assertEquals(40 - 0.75 * 20, wet.coilAirC(40, 20), 1e-12);
        assertEquals(25 + 6, wet.coldestWaterC(40, 20), 1e-12, "the coil's sink is the pad outlet");
        assertEquals(40.0, wet.chillerSinkC(40, 20), "the chiller's condenser is not pre-cooled");
        double[] v = new double[3];
        wet.run(0, 8e5, 0.0, 42, 40, 20, v, 0);
        // the loop is on its chiller, so the economizer path carries nothing and the fans stop: no water
        assertEquals(0.0, v[HeatRejector.FAN]);
        assertEquals(0.0, v[HeatRejector.WATER]);
        wet.run(4e5, 4e5, 0.5, 42, 40, 20, v, 0);
        double airKgPerS = 1e6 / (1006 * 10);
        double evaporation = airKgPerS * 1006 * 15 / EvaporativeAirHandler.latentHeatJPerKg(25);
        assertEquals(fans.powerAtSpeedW(1.0), v[HeatRejector.FAN], 1e-9, "a partial economizer runs the fans flat out");
        assertEquals(evaporation * 4 / 3, v[HeatRejector.WATER], 1e-12, "make-up = evaporation × C / (C − 1)");
    }
}
