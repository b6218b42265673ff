package org.aidcsim.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.RombergIntegrator;
import org.junit.jupiter.api.Test;

class StorageTest {
    /** 3000 F / 2.7 V / 0.29 mΩ cells (Maxwell BCAP3000 data sheet), 100 in series, 10 strings. */
    private static SupercapBank bank() {
        return new SupercapBank(3000, 0.29e-3, 100, 10, 2.7, 1.35, 1.0, 10e6);
    }

    @Test
    void supercapFromFullToHalfVoltageDeliversThreeQuartersOfHalfCvSquared() {
        SupercapBank b = bank();
        double c = 3000.0 * 10 / 100;
        double v = 270;
        double halfCv2 = 0.5 * c * v * v;
        // Usable energy from V_max to V_max/2 is 1 - (1/2)² = 75 % of ½CV².
        assertEquals(0.75 * halfCv2, b.windowEnergyJ(), 0.75 * halfCv2 * 1e-12);
        // Drawn at a modest 50 kW the ESR loss is small: the terminals get 75 % within 2 %.
        double delivered = 0;
        double dt = 0.001;
        while (b.maxDischargeW() > 0) {
            delivered += b.discharge(50e3, dt) * dt;
        }
        assertEquals(0.75 * halfCv2, delivered, 0.02 * 0.75 * halfCv2);
        assertEquals(135.0, b.voltageV(), 1e-9);
    }

    @Test
    void supercapBridgesEOverPAtConstantPower() {
        double p = 1e6;
        SupercapBank b = bank();
        double expectedS = b.windowEnergyJ() / p;
        double t = 0;
        double dt = 0.001;
        while (true) {
            double got = b.discharge(p, dt);
            t += dt * got / p;
            if (got < p) {
                break;
            }
        }
        // Hand calculation with the ESR: at terminal power P the current is I(V) = (V − √(V² − 4PR))/2R and
        // dV/dt = −I/C, so t = C ∫ dV / I(V) from V_min to V_max (Commons Math Romberg quadrature).
        double c = 3000.0 * 10 / 100;
        double r = 0.29e-3 * 100 / 10;
        UnivariateFunction inverseCurrent = v -> 2 * r / (v - Math.sqrt(v * v - 4 * p * r));
        double withEsrS = c * new RombergIntegrator().integrate(1000, inverseCurrent, 135, 270);
        assertEquals(withEsrS, t, 0.02 * withEsrS, "t = E/P with the ESR accounted for, within 2 %");
        assertTrue(t < expectedS && t > 0.85 * expectedS, "I²R in a 2.9 mΩ bank at 1 MW costs some percent of E/P: " + t);
        // At a tenth of the power the ESR matters little and t → E/P.
        SupercapBank slow = bank();
        double t10 = 0;
        while (true) {
            double got = slow.discharge(p / 10, dt);
            t10 += dt * got / (p / 10);
            if (got < p / 10) {
                break;
            }
        }
        assertEquals(10 * expectedS, t10, 0.02 * 10 * expectedS);
    }

    @Test
    void vrlaAtTwiceTheLoadLastsLessThanHalfAsLong() {
        Battery vrla = new Battery(100 * 3.6e6, 0.91, 0.91, 1.25, 20, 4, 0.25, 0.1, 0, 1.0);
        double t1 = simulate(vrla.fresh(), 50e3);
        double t2 = simulate(vrla.fresh(), 100e3);
        assertTrue(t2 < t1 / 2, "Peukert: " + t1 + " s at P, " + t2 + " s at 2P");
        assertEquals(vrla.runtimeS(50e3), t1, 0.01 * t1, "stepping matches the closed form");
        assertEquals(Math.pow(2, -1.25), t2 / t1, 1e-3, "t ∝ P^-k");
        Battery li = new Battery(100 * 3.6e6, 0.975, 0.975, 1.0, 20, 4, 0.25, 0.1, 0, 1.0);
        assertEquals(0.5, simulate(li.fresh(), 100e3) / simulate(li.fresh(), 50e3), 1e-3, "Li-ion: no Peukert effect");
    }

    private static double simulate(Battery b, double p) {
        double t = 0;
        double dt = 0.1;
        while (true) {
            double got = b.discharge(p, dt);
            t += dt * got / p;
            if (got < p) {
                return t;
            }
        }
    }

    @Test
    void generatorsComeOnlineAfterTheirDelayAndAcceptLoadInSteps() {
        GeneratorPlant g = new GeneratorPlant(4, 1e6, 10, 0.5, 5, Double.POSITIVE_INFINITY, FuelCurve.QSK60, 1000, 1);
        g.requestStart(2);
        assertEquals(0.0, g.availableW(11.9, 0.001));
        assertEquals(1.5e6, g.availableW(12.0, 0.001), 1e-6, "3 of 4 sets start; half their 3 MW in the first step");
        assertEquals(3e6, g.availableW(17.0, 0.001), 1e-6);
        // QSK60-G4 at full load: 394 L/h for its ~1600 kWe (Cummins QSK60-G4 data sheet).
        assertEquals(394.0 / 3600 * 1e6 / 1.6e6, FuelCurve.QSK60.litresPerSecond(1e6, 1e6), 1e-12);
    }
}
