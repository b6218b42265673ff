package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aidcsim.metrics.AnnualMetrics;
import org.junit.jupiter.api.Test;

/** The shipped examples against published PUE ranges. */
class ExampleScenariosTest {
    @Test
    void examplesOrderAirAboveColdPlateAboveImmersionInsidePublishedRanges() {
        double air = AnnualRun.metricsOnly(Scenarios.model("scenarios/traditional-air-ups.yaml")).pue();
        double coldPlate = AnnualRun.metricsOnly(Scenarios.model("scenarios/ai-hall-cold-plate.yaml")).pue();
        double immersion = AnnualRun.metricsOnly(Scenarios.model("scenarios/immersion-800v.yaml")).pue();
        assertTrue(air > coldPlate && coldPlate > immersion,
                "air " + air + " > cold plate " + coldPlate + " > immersion " + immersion);
        // Air: new large builds reach ≤ 1.3, the Uptime Institute survey average is 1.55-1.58 (Uptime Institute Global Data Center Surveys 2021-2024).
        assertTrue(air >= 1.2 && air <= 1.6, "air PUE " + air);
        // Cold plate: PUE 1.1-1.2 (industry reports of cold-plate halls).
        assertTrue(coldPlate >= 1.1 && coldPlate <= 1.2, "cold-plate PUE " + coldPlate);
        // Immersion: below 1.09 reported, Alibaba Renhe 1.09; immersion and spray "1.1 and below" (industry reports).
        assertTrue(immersion >= 1.03 && immersion <= 1.10, "immersion PUE " + immersion);
    }

    @Test
    void airCoolingCostsMoreInHotHumidTampaThanInChicago() {
        String template = """
                name: climate
                site: {weather: {type: epw, file: ../weather/%s}}
                it: {groups: [{name: g, racks: 100, rack_power_kw: 10}]}
                power: {architecture: ac-ups-double-conversion}
                cooling: {technology: air}
                """;
        AnnualMetrics tampa = AnnualRun.metricsOnly(Scenarios.fromYaml(
                template.formatted("USA_FL_Tampa.Intl.AP.722110_TMY3.epw")).model());
        AnnualMetrics chicago = AnnualRun.metricsOnly(Scenarios.fromYaml(
                template.formatted("USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw")).model());
        assertTrue(tampa.pue() > chicago.pue() + 0.03, "Tampa " + tampa.pue() + " vs Chicago " + chicago.pue());
        assertTrue(tampa.chillerOnS() > chicago.chillerOnS());
    }

    @Test
    void anEmptyGroupBesideALoadedOneAddsNothing() {
        // a site with no IT load at all is refused on load (BrokenInputsTest); an empty group among others is not
        String both = """
                name: empty
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it: {groups: [{name: g0, racks: 0, rack_power_kw: 100}, {name: g1, racks: 2, rack_power_kw: 100}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                simulation: {days: 1}
                """;
        AnnualMetrics withEmpty = AnnualRun.metricsOnly(Scenarios.fromYaml(both).model());
        AnnualMetrics alone = AnnualRun.metricsOnly(Scenarios.fromYaml(both.replace("{name: g0, racks: 0, rack_power_kw: 100}, ", ""))
                .model());
        assertTrue(withEmpty.itEnergyJ() > 0 && Double.isFinite(withEmpty.pue()));
        assertEquals(alone.itEnergyJ(), withEmpty.itEnergyJ(), 1e-9 * alone.itEnergyJ());
        assertEquals(alone.facilityEnergyJ(), withEmpty.facilityEnergyJ(), 1e-9 * alone.facilityEnergyJ());
    }
}
