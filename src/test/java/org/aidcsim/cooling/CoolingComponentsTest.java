package org.aidcsim.cooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoolingComponentsTest {
    @Test
    void affinityLawsGiveCubicPower() {
        // Affinity laws (domain.md): power ∝ speed³, so 80 % speed draws 51.2 % of design power.
        AffinityMover pump = new AffinityMover(1e6, 10_000, 0.2);
        assertEquals(5_120, pump.powerAtSpeedW(0.8), 1e-9);
        assertEquals(5_120, pump.powerW(0.8e6), 1e-9);
        assertEquals(10_000 * 0.2 * 0.2 * 0.2, pump.powerW(0.05e6), 1e-9, "minimum speed floor");
        assertEquals(0.0, pump.powerW(0.0));
    }

    @Test
    void dutySizingIsFlowTimesPressureOverEfficiency() {
        AffinityMover fan = AffinityMover.forDuty(1e6, 69.0, 400, 0.6, 0.2);
        assertEquals(69.0 * 400 / 0.6, fan.designPowerW(), 1e-9);
    }

    @Test
    void chillerAtAhriConditionsMeetsAshrae901() {
        // AHRI 550/590 air-cooled rating: 6.7 °C leaving chilled water, 35 °C ambient.
        // ASHRAE 90.1-2019 Table 6.8.1-3: air-cooled chillers ≥ 10.1 EER = 2.985 COP.
        Chiller c = new Chiller(0.5, 2, 15, Chiller.DEFAULT_MIN_LIFT_K);
        double cop = c.cop(6.7, 35);
        double carnot = (6.7 - 2 + 273.15) / ((35 + 15) - (6.7 - 2));
        assertEquals(0.5 * carnot, cop, 1e-12);
        assertTrue(cop >= 2.985, "COP " + cop);
        assertEquals(3.07, cop, 0.01);
    }

    @Test
    void chillerLiftIsFlooredInColdWeather() {
        Chiller c = new Chiller(0.5, 2, 15, 10);
        assertEquals(c.cop(18, -30), c.cop(18, -40), 1e-12);
        assertEquals(0.5 * (16 + 273.15) / 10, c.cop(18, -30), 1e-12);
    }

    @Test
    void economizerIsFullPartialOrOff() {
        HeatRejectionLoop loop = loop(true);
        assertEquals(1.0, loop.freeCoolingFraction(10), "10 + 6 ≤ 18: full free cooling");
        assertEquals(1.0, loop.freeCoolingFraction(12));
        assertEquals(0.5, loop.freeCoolingFraction(15), 1e-12, "dry cooler leaves 21 °C, halfway from 24 to 18");
        assertEquals(0.0, loop.freeCoolingFraction(18), "at the return temperature the dry cooler does nothing");
        assertEquals(0.0, loop(false).freeCoolingFraction(-10), "no economizer");
    }

    @Test
    void loopStepConservesHeat() {
        HeatRejectionLoop loop = loop(true);
        HeatRejectionLoop.LoopStep s = new HeatRejectionLoop.LoopStep();
        loop.step(500_000, 15, s);
        double heatIn = 500_000 + s.pumpW;
        assertEquals(heatIn + s.chillerW + s.dryCoolerFanW, s.heatRejectedW, 1e-6);
        double chillerHeat = heatIn * 0.5;
        assertEquals(chillerHeat / loop.chiller().cop(18, 15), s.chillerW, 1e-6);
    }

    private static HeatRejectionLoop loop(boolean economizer) {
        AffinityMover fans = new AffinityMover(1e6, 20_000, 0.2);
        AffinityMover pump = new AffinityMover(1e6, 30_000, 0.2);
        return new HeatRejectionLoop(18, 24, economizer, 6, fans, new Chiller(0.5, 2, 15, 10), pump);
    }
}
