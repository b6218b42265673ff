package org.aidcsim.cooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CoolingComponentsTest {
    @Test
    void affinityLawsGiveCubicPower() {
        // Affinity laws (ASHRAE Handbook HVAC Systems and Equipment, fans and pumps): power ∝ speed³, so 80 % speed draws 51.2 % of design power.
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
        HeatRejectionLoop loop = dryLoop(true);
        assertEquals(1.0, loop.freeCoolingFraction(10, 5), "10 + 6 ≤ 18: full free cooling");
        assertEquals(1.0, loop.freeCoolingFraction(12, 5));
        assertEquals(0.5, loop.freeCoolingFraction(15, 5), 1e-12, "dry cooler leaves 21 °C, halfway from 24 to 18");
        assertEquals(0.0, loop.freeCoolingFraction(18, 5), "at the return temperature the dry cooler does nothing");
        assertEquals(0.0, dryLoop(false).freeCoolingFraction(-10, -12), "no economizer");
    }

    @Test
    void dryLoopConservesHeatAndSlowsItsFansInTheCold() {
        HeatRejectionLoop loop = dryLoop(true);
        double[] s = run(loop, 500_000, 15, 10);
        double heatIn = 500_000 + s[LOOP_PUMP];
        assertEquals(heatIn + s[CHILLER] + s[FAN] + s[REJECTION_PUMP], s[REJECTED], 1e-6);
        assertEquals(heatIn * 0.5 / loop.chiller().cop(18, 15), s[CHILLER], 1e-6, "air-cooled: condensing against dry bulb");
        assertEquals(20_000, s[FAN], 1e-9, "partial economizer: dry-cooler fans flat out");
        assertEquals(0.0, s[WATER]);

        double[] cold = run(loop, 1_000_000, -10, -12);
        // Design ITD 6 + 6 = 12 K; at -10 °C the ITD is 34 K, so the fans need 12/34 of their speed.
        double speed = (1_000_000 + cold[LOOP_PUMP]) / 1e6 * 12.0 / 34.0;
        assertEquals(20_000 * Math.pow(speed, 3), cold[FAN], 1e-6);
    }

    @Test
    void towerLoopUsesWetBulbAndEvaporatesWater() {
        AffinityMover fans = new AffinityMover(1.2e6, 12_000, 0.2);
        AffinityMover condenserPump = new AffinityMover(1.2e6, 10_000, 0.2);
        CoolingTower tower = new CoolingTower(4, 5.6, 1.5, 4, fans, condenserPump);
        AffinityMover pump = new AffinityMover(1e6, 30_000, 0.2);
        HeatRejectionLoop loop = new HeatRejectionLoop(18, 24, true, tower, new Chiller(0.72, 1.5, 1.5, 10), pump);
        // Dry 30 °C but wet bulb 10 °C: tower water 14 °C + 1.5 K exchanger ≤ 18 °C, full free cooling.
        assertEquals(1.0, loop.freeCoolingFraction(30, 10));
        double[] s = run(loop, 1_000_000, 35, 25);
        assertEquals(0.0, s[FREE], "tower water 29 °C: no free cooling");
        // Water-cooled chiller condenses against tower water + range: 29 + 5.6 = 34.6 °C.
        double cop = new Chiller(0.72, 1.5, 1.5, 10).cop(18, 34.6);
        assertEquals((1_000_000 + s[LOOP_PUMP]) / cop, s[CHILLER], 1e-6);
        double towerHeat = 1_000_000 + s[LOOP_PUMP] + s[CHILLER];
        // Evaporation = heat / 2.43 MJ/kg; blowdown at 4 cycles adds 1/3 of it.
        assertEquals(towerHeat / 2.43e6 * 4 / 3, s[WATER], 1e-12);
        assertEquals(towerHeat + s[FAN] + s[REJECTION_PUMP], s[REJECTED], 1e-6);
    }

    @Test
    void waterCooledChillerAtAhriConditionsMeetsAshrae901() {
        // AHRI 550/590 water-cooled: 6.7 °C leaving chilled water, 29.4 °C entering condenser water, 5.6 K range.
        // ASHRAE 90.1-2019 Table 6.8.1-3 Path A, centrifugal ≥ 600 tons: 0.560 kW/ton = COP 6.28.
        double cop = new Chiller(0.72, 1.5, 1.5, 10).cop(6.7, 29.4 + 5.6);
        assertTrue(cop >= 6.28, "COP " + cop);
    }

    private static HeatRejectionLoop dryLoop(boolean economizer) {
        AffinityMover fans = new AffinityMover(1e6, 20_000, 0.2);
        AffinityMover pump = new AffinityMover(1e6, 30_000, 0.2);
        return new HeatRejectionLoop(18, 24, economizer, new DryCooler(6, fans, 12), new Chiller(0.5, 2, 15, 10), pump);
    }

    /** Where {@link #run} leaves each figure: the loop pump's, then the heat rejection's in its order. */
    private static final int LOOP_PUMP = 0;
    private static final int FREE = 1;
    private static final int CHILLER = 3;
    private static final int FAN = 4;
    private static final int REJECTION_PUMP = 5;
    private static final int WATER = 6;
    private static final int REJECTED = 7;

    /**
     * One step of a water loop as the plant runs it: its pump, then its heat rejection on what the
     * pump passes on; their figures after the plant's totals, as in a step's array.
     */
    private static double[] run(HeatRejectionLoop loop, double loadW, double dryBulbC, double wetBulbC) {
        PlantComponent.Outdoor outdoor = new PlantComponent.Outdoor();
        outdoor.dryBulbC = dryBulbC;
        outdoor.wetBulbC = wetBulbC;
        int totals = CoolingStep.Total.values().length;
        double[] out = new double[totals + 8];
        double waterW = Pump.of("pump", loop.pump(), PumpControl.FOLLOWS_LOAD).step(loadW, outdoor, out, totals + LOOP_PUMP);
        assertEquals(0.0, new HeatRejectionUnit("loop", loop).step(waterW, outdoor, out, totals + FREE),
                "a heat rejection sends nothing on");
        return Arrays.copyOfRange(out, totals, totals + 8);
    }
}
