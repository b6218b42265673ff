package org.aidcsim.cooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aidcsim.catalog.Coolant;
import org.junit.jupiter.api.Test;

/**
 * A loop pump held at constant differential pressure, at 60 % of design load, against a hand
 * calculation from a stated pump curve, system curve and efficiency (ASHRAE Handbook HVAC Systems
 * and Equipment, ch. 44: pump affinity laws and variable-speed pumping on a ΔP set point).
 */
class ConstantPressurePumpTest {
    @Test
    void drawsWhatTheHandCalculationGivesAtSixtyPercentLoad() {
        // Design: 1 MW of cold-plate heat at ΔT 10 K in water at 30 °C mean; 200 kPa across the loop.
        double designHeatW = 1e6;
        double flowD = Coolant.WATER.flowM3PerS(designHeatW, 10, 30);
        double headD = 200e3;
        double efficiency = 0.70;
        // Pump curve at full speed n0: H(Q, n) = H0·(n/n0)² − k·Q², shutoff head H0 = 1.3·design head, through the design point.
        double h0 = 1.3 * headD;
        double k = (h0 - headD) / (flowD * flowD);
        // System curve: the rack valves throttle so that the differential pressure at the pump holds the design 200 kPa
        // (set point at the pump); the valves take what the piping no longer needs.
        double flow = 0.6 * flowD;
        double speed = Math.sqrt((headD + k * flow * flow) / h0);
        assertTrue(speed > 0.6 && speed < 1.0, "the pump slows, but less than the flow: " + speed);
        // Efficiency: wire-to-water 0.70, held constant over the speed range (the model's assumption, docs/models.md).
        double handW = headD * flow / efficiency;

        LoopPump loop = new LoopPump(designHeatW, flowD, 0, headD, efficiency, 0.3);
        Pump pump = Pump.of("cdu_pumps", loop, PumpControl.CONSTANT_PRESSURE);
        assertEquals(headD * flowD / efficiency, pump.designPowerW(), 1e-9 * pump.designPowerW(), "design power ΔP·Q/η");
        assertEquals(handW, pump.powerW(0.6 * designHeatW), 1e-9 * handW, "ΔP·Q/η at 60 % flow: 60 % of design power");
        // Against the same pump following the load on its own (turbulent) system curve: power ∝ flow³.
        Pump follows = Pump.of("cdu_pumps", loop, PumpControl.FOLLOWS_LOAD);
        assertEquals(0.216 * pump.designPowerW(), follows.powerW(0.6 * designHeatW), 1e-9 * pump.designPowerW());
    }
}
