package org.aidcsim.cooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Heat handed to a heat user, directly or through a heat pump at a fraction of the Carnot COP. */
class HeatReuseTest {
    @Test
    void heatPumpCopIsTheStatedFractionOfCarnot() {
        // Source: 45 °C return − 3 K = 42 °C = 315.15 K; sink: 70 °C + 3 K = 73 °C = 346.15 K.
        // Carnot heating COP = 346.15 / 31 = 11.166; at 50 % of Carnot (Arpagaus et al. 2018): 5.583.
        HeatReuse r = new HeatReuse(new HeatReuseParams(3e6, 70, Double.POSITIVE_INFINITY, 0.5, 3), 45);
        assertFalse(r.direct());
        assertEquals(0.5 * 346.15 / 31.0, r.heatingCop(), 1e-9);
    }

    @Test
    void demandCapsTheHeatAndTheHeatPumpAddsItsWork() {
        HeatReuse r = new HeatReuse(new HeatReuseParams(3e6, 70, Double.POSITIVE_INFINITY, 0.5, 3), 45);
        double[] s = new double[3];
        r.step(10e6, 0, s, 0);
        double cop = r.heatingCop();
        assertEquals(3e6, s[1], 1e-6, "the user takes its demand, no more");
        assertEquals(3e6 / cop, s[2], 1e-6, "electricity = heat / COP");
        assertEquals(s[1], s[0] + s[2], 1e-6, "heat pump: delivered = taken from the water + work");
        // Less heat in the water than the demand: all of it is taken and lifted.
        r.step(1e6, 0, s, 0);
        assertEquals(1e6, s[0], 1e-6);
        assertEquals(1e6 * cop / (cop - 1), s[1], 1e-6);
    }

    @Test
    void warmEnoughWaterGoesDirectAndOutsideTheSeasonNothingGoes() {
        HeatReuse low = new HeatReuse(new HeatReuseParams(2e6, 40, 15, 0.5, 3), 45);
        assertTrue(low.direct(), "45 °C return − 3 K ≥ 40 °C network: an exchanger is enough");
        double[] s = new double[3];
        low.step(5e6, 10, s, 0);
        assertEquals(2e6, s[0], 1e-9);
        assertEquals(2e6, s[1], 1e-9);
        assertEquals(0, s[2], 1e-9);
        low.step(5e6, 20, s, 0);
        assertEquals(0, s[0], 1e-9, "20 °C outdoors is outside the heating season below 15 °C");
    }
}
