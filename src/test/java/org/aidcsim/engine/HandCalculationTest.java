package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aidcsim.metrics.AnnualMetrics;
import org.junit.jupiter.api.Test;

/**
 * One hour of a small site worked by hand: 1 MW constant IT, two explicit stages with loss terms,
 * air cooling at 5 °C outdoors (full free cooling: chillers off); CRAH fans and pumps at design
 * speed because the load never changes, dry-cooler fans slower because the air is cold.
 */
class HandCalculationTest {
    @Test
    void oneMegawattAirCooledHallByHand() {
        SiteModel model = Scenarios.fromYaml("""
                name: hand
                site:
                  weather: {type: constant, dry_bulb_c: 5}
                  support_power_w_per_m2: 0
                  support_power_fraction: 0
                it: {groups: [{name: g, racks: 40, rack_power_kw: 25}]}
                power:
                  stages:
                    - {name: upstream, unit_rating_kw: 1300, heat_to: white_space, loss_terms: {quadratic_fraction: 0.01}}
                    - {name: rack-side, unit_rating_kw: 1250, heat_to: white_space, loss_terms: {no_load_fraction: 0.005}}
                cooling: {technology: air}
                simulation: {days: 1}
                """).model();
        AnnualMetrics m = AnnualRun.metricsOnly(model);

        double it = 1.0e6;
        double rackSideLoss = 1250e3 * 0.005;
        double upstreamLoss = 1300e3 * 0.01 * Math.pow((it + rackSideLoss) / 1300e3, 2);
        double airHeat = it + rackSideLoss + upstreamLoss;
        // CRAH: air flow Q/(ρ cp ΔT) at ΔT 12 K, 400 Pa, 60 % (ScenarioFormat defaults; air ρ 1.204, cp 1006).
        double crah = airHeat / (1.204 * 1006 * 12) * 400 / 0.6;
        // Chilled-water pump: ΔT 6 K, 250 kPa, 70 %; water at the loop's mean 21 °C, ρ 997.954 kg/m³ and cp 4183.7
        // J/(kg·K), linear between the NIST WebBook's 20 and 30 °C values.
        double chwHeat = airHeat + crah;
        double pump = chwHeat / (997.954 * 4183.7 * 6) * 250e3 / 0.7;
        // Dry-cooler fans: 20 W per kW of its design heat (chilled-water heat + pump work). The airflow needed scales
        // with the initial temperature difference: design 6 K rise + 6 K approach = 12 K; at 5 °C the water enters at
        // 24 °C, ITD 19 K, so the fans turn at 12/19 of design speed and draw its cube.
        double fans = 0.020 * (chwHeat + pump) * Math.pow(12.0 / 19.0, 3);
        double facility = it + rackSideLoss + upstreamLoss + crah + pump + fans;

        double hours = 24;
        assertEquals(it * hours * 3600, m.itEnergyJ(), 1e-3);
        assertEquals((rackSideLoss + upstreamLoss) * hours * 3600, m.powerLossEnergyJ(), 1e-3);
        assertEquals(0.0, m.chillerEnergyJ(), "5 °C + 6 K approach ≤ 18 °C supply: chiller off");
        assertEquals((crah + fans) * hours * 3600, m.fanEnergyJ(), 1e-3);
        assertEquals(pump * hours * 3600, m.pumpEnergyJ(), 1e-3);
        assertEquals(facility / it, m.pue(), 1e-12);
        assertEquals(1.0, m.pueMaxStep() / m.pueMinStep(), 1e-12, "constant load, constant weather");
    }
}
