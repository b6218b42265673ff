package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aidcsim.metrics.HeatBalance;
import org.aidcsim.metrics.StepState;
import org.aidcsim.power.HeatSink;
import org.aidcsim.power.PowerStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Energy in = IT + every loss, at every step; and all of it leaves as heat. */
class EnergyBalanceTest {
    private static final double REL = 1e-12;

    @ParameterizedTest
    @ValueSource(strings = {"scenarios/traditional-air-ups.yaml", "scenarios/ai-hall-cold-plate.yaml",
        "scenarios/immersion-800v.yaml", "scenarios/explicit-chain-2n-ups.yaml", "scenarios/cold-plate-towers-denver.yaml",
        "scenarios/cold-plate-pg25-chicago.yaml"})
    void balanceHoldsAtEveryHour(String file) {
        SiteModel model = Scenarios.model(file);
        int[] steps = {0};
        AnnualEngine.run(model, s -> {
            steps[0]++;
            check(model, s);
        });
        assertEquals(8760, steps[0]);
    }

    /** The year's heat balance as reported: what entered both paths plus fan, pump and chiller work = rejected + reused. */
    @ParameterizedTest
    @ValueSource(strings = {"scenarios/traditional-air-ups.yaml", "scenarios/ai-hall-cold-plate.yaml",
        "scenarios/immersion-800v.yaml", "scenarios/cold-plate-towers-denver.yaml", "scenarios/cold-plate-pg25-chicago.yaml",
        "scenarios/cold-plate-pump-control.yaml", "scenarios/catalogue-hall.yaml"})
    void theReportedHeatBalanceCloses(String file) {
        HeatBalance b = HeatBalance.of(AnnualRun.metricsOnly(Scenarios.model(file)));
        assertEquals(b.inJ(), b.outJ(), 1e-9 * b.inJ(), file);
        assertTrue(b.intoAirJ() > 0 && b.fansJ() > 0 && b.pumpsJ() > 0);
    }

    @org.junit.jupiter.api.Test
    void balanceHoldsWithSubHourlyStepsAndSprayCooling() {
        SiteModel model = Scenarios.fromYaml("""
                name: spray-15min
                site: {weather: {type: epw, file: ../weather/USA_FL_Tampa.Intl.AP.722110_TMY3.epw}}
                it: {groups: [{name: g, racks: 20, rack_power_kw: 80, profile: {type: diurnal, min_fraction: 0.3}}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: spray}
                simulation: {start_day: 180, days: 7, step_s: 900}
                """).model();
        int[] steps = {0};
        AnnualEngine.run(model, s -> {
            steps[0]++;
            check(model, s);
        });
        assertEquals(7 * 96, steps[0]);
    }

    static void check(SiteModel model, StepState s) {
        double scale = Math.max(1.0, s.facilityPowerW);
        // Electrical: facility = IT + chain losses + cooling + misc.
        double sum = s.itPowerW + s.powerLossW + s.cooling.totalW() + s.miscPowerW;
        assertEquals(sum, s.facilityPowerW, scale * REL, "electrical balance at step " + s.step);
        // Each stage: input = output + loss, loss ≥ 0.
        double power = s.itPowerW;
        double lossOutdoors = 0;
        for (int i = 0; i < model.powerChain().size(); i++) {
            PowerStage st = model.powerChain().stage(i);
            assertTrue(s.stageLossW[i] >= 0, "loss ≥ 0");
            assertEquals(st.lossW(power), s.stageLossW[i], scale * REL);
            power += s.stageLossW[i];
            if (st.heatSink() == HeatSink.OUTDOORS) {
                lossOutdoors += s.stageLossW[i];
            }
        }
        // The battery's float is fed from the grid beside the chain.
        assertEquals(power + model.standbyLossW(), s.chainInputW, scale * REL, "chain input = IT + stage losses + battery float");
        // In the racks: IT = chip + in-rack losses, each loss ≥ 0.
        double inRack = 0;
        for (double loss : s.rackStageLossW) {
            assertTrue(loss >= 0, "in-rack loss ≥ 0");
            inRack += loss;
        }
        assertEquals(s.itPowerW, s.chipPowerW + inRack, scale * REL, "IT = chip + in-rack losses at step " + s.step);
        // Thermal: every watt drawn ends as heat, rejected by the plant, lost outdoors or handed to a heat user.
        assertEquals(s.facilityPowerW, s.cooling.heatRejectedW() + lossOutdoors + s.cooling.heatExportedW(), scale * 1e-9,
                "heat balance at step " + s.step);
    }
}
