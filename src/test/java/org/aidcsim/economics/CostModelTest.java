package org.aidcsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aidcsim.metrics.Metric;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostModelTest {
    private static final String HALL = """
            name: priced
            site: {weather: {type: constant, dry_bulb_c: 15}}
            it: {groups: [{name: g, racks: 20, rack_power_kw: 50}]}
            power: {architecture: hvdc-240v}
            cooling: {technology: cold_plate}
            """;

    @Test
    void tcoIsCapexPlusDiscountedOpexAndCarbonIsEnergyTimesIntensity() throws Exception {
        Evaluation e = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/p.yaml"), HALL + """
                economics: {years: 5, discount_rate: 0.1, electricity_price_per_kwh: 0.1, grid_carbon_g_per_kwh: 300}
                """)), false);
        Economics ec = e.economics();
        double facilityKwh = e.metrics().facilityEnergyJ() / 3.6e6;
        assertEquals(facilityKwh * 0.1, ec.opexPerYear().get("electricity"), 1e-6);
        assertEquals(0.03 * ec.capexTotal(), ec.opexPerYear().get("maintenance"), 1e-6);
        double annuity = 0;
        for (int y = 1; y <= 5; y++) {
            annuity += 1 / Math.pow(1.1, y);
        }
        assertEquals(ec.capexTotal() + ec.opexTotalPerYear() * annuity, ec.tco(), 1e-6);
        assertEquals(facilityKwh * 300 / 1e6, ec.carbonTonnesPerYear(), 1e-9);
        // White space: 20 racks × 2.5 m² at 3 000 per m²; the rest of the build at 7 500 per kW of design IT (defaults).
        assertEquals(20 * 2.5 * 3_000, ec.capex().get("building_shell"), 1e-6);
        assertEquals(e.values().value(Metric.DESIGN_IT_POWER_KW) * 7_500, ec.capex().get("facility"), 1e-6);
        assertTrue(ec.capex().get("power_chain") > 0 && ec.capex().get("cooling") > 0);
    }

    /**
     * The levelized cost by hand, as NREL's "Simple Levelized Cost of Energy (LCOE) Calculator
     * Documentation" defines it: with the same cost C + O every year and the same energy E, and the
     * annuity factor A = (1 − (1+r)^−N)/r, LCOE = (C + O·A)/(E·A); undiscounted, (C + N·O)/(N·E).
     * Ten years at 8 %: A = 6.710081. The old figure, discounted cost over undiscounted energy,
     * was lower by the factor A/N.
     */
    @Test
    void levelizedCostDiscountsEnergyAsItDiscountsCost() throws Exception {
        Evaluation e = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/p.yaml"), HALL + """
                economics: {years: 10, discount_rate: 0.08, electricity_price_per_kwh: 0.1}
                """)), false);
        double c = e.economics().capexTotal();
        double o = e.economics().opexTotalPerYear();
        double eMwh = e.metrics().itEnergyJ() / 3.6e9 * (365 * 86400.0 / e.metrics().simulatedS());
        double a = (1 - Math.pow(1.08, -10)) / 0.08;
        assertEquals(6.710081, a, 1e-6);
        double levelized = (c + o * a) / (eMwh * a);
        assertEquals(levelized, e.values().value(Metric.LEVELIZED_COST_PER_MWH_IT), 1e-9 * levelized);
        double undiscounted = (c + 10 * o) / (10 * eMwh);
        assertEquals(undiscounted, e.values().value(Metric.UNDISCOUNTED_COST_PER_MWH_IT), 1e-9 * undiscounted);
        assertTrue(levelized > undiscounted, "capital spent in year 0 weighs more than the energy it buys later");
        double chipShare = e.metrics().chipEnergyJ() / e.metrics().itEnergyJ();
        assertEquals(levelized / chipShare, e.values().value(Metric.LEVELIZED_COST_PER_MWH_CHIP), 1e-9 * levelized / chipShare,
                "per MWh delivered to the chips: the in-rack stages' losses priced in");
        double nameplateMw = e.values().value(Metric.NAMEPLATE_IT_POWER_KW) / 1000;
        assertEquals(c / nameplateMw, e.values().value(Metric.CAPEX_PER_MW_NAMEPLATE_IT), 1e-9 * c / nameplateMw);
    }

    /** A declared design load below the nameplate: CAPEX per MW of design IT is the larger, each on its own basis. */
    @Test
    void capexPerMegawattOnNameplateAndOnDesign() throws Exception {
        Evaluation e = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/p.yaml"), HALL.replace(
                "rack_power_kw: 50}]}", "rack_power_kw: 50}], design_basis: {design_it_load_kw: 800, margin: 0}}"))), false);
        double capex = e.economics().capexTotal();
        assertEquals(capex / 1.0, e.values().value(Metric.CAPEX_PER_MW_NAMEPLATE_IT), 1e-9 * capex, "20 racks × 50 kW = 1 MW");
        assertEquals(capex / 0.8, e.values().value(Metric.CAPEX_PER_MW_DESIGN_IT), 1e-9 * capex, "800 kW declared");
    }

    /**
     * A load that grows into the hall, by hand: year 1 at 40 %, year 2 at 70 %, years 3-5 at design.
     * Each year's OPEX is that of a separate run of the same built hall at that share, the TCO
     * discounts each, the horizon PUE is Σ facility / Σ IT, and the TCO per MWh divides by the IT
     * energy the years actually deliver.
     */
    @Test
    void aLoadRampPricesEachYearAtItsOwnLoad() throws Exception {
        String economics = "economics: {years: 5, discount_rate: 0.1, electricity_price_per_kwh: 0.1, load_ramp: [0.4, 0.7, 1.0]}\n";
        Evaluation ramp = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/p.yaml"), HALL + economics)),
                false);
        Evaluation flat = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/p.yaml"), HALL
                + economics.replace(", load_ramp: [0.4, 0.7, 1.0]", ""))), false);
        Evaluation at40 = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/p.yaml"),
                HALL.replace("rack_power_kw: 50}", "rack_power_kw: 50, utilization: 0.4}") + economics.replace(
                        ", load_ramp: [0.4, 0.7, 1.0]", ""))), false);
        Economics e = ramp.economics();
        assertEquals(flat.economics().capexTotal(), e.capexTotal(), 1e-6, "the hall is built for the full load from year 1");
        assertEquals(5, e.years().size());
        assertEquals(0.4, e.years().get(0).loadFraction());
        assertEquals(1.0, e.years().get(4).loadFraction(), "the last share holds");
        // year 1 is the hall run at 40 %; a group at utilization 0.4 on the plant sized for 40 % is not the same plant,
        // so compare energy at the racks only, and the electricity of year 1 with its own facility energy
        assertEquals(at40.metrics().itEnergyJ(), e.years().get(0).itEnergyJ(), 1e-6 * at40.metrics().itEnergyJ());
        assertEquals(0.0, flat.economics().opexPerYear().get("water"), "dry coolers evaporate nothing");
        assertEquals(e.years().get(0).facilityEnergyJ() / 3.6e6 * 0.1 + 0.03 * e.capexTotal() + flat.economics().opexPerYear().get("fuel"),
                e.years().get(0).opex(), 1e-6 * e.years().get(0).opex());
        assertEquals(flat.economics().opexTotalPerYear(), e.years().get(2).opex(), 1e-6, "at design the year is the run as given");
        double tco = e.capexTotal();
        double it = 0;
        double facility = 0;
        for (YearCost y : e.years()) {
            tco += y.opex() / Math.pow(1.1, y.year());
            it += y.itEnergyJ();
            facility += y.facilityEnergyJ();
        }
        assertEquals(tco, e.tco(), 1e-6);
        assertTrue(e.tco() < flat.economics().tco(), "less energy in the first years");
        assertEquals(facility / it, ramp.values().value(Metric.HORIZON_PUE), 1e-12);
        assertTrue(e.years().get(0).pue() > e.years().get(4).pue(), "fixed losses weigh more at 40 %");
        double discountedIt = 0;
        double undiscounted = e.capexTotal();
        for (YearCost y : e.years()) {
            discountedIt += y.itEnergyJ() / Math.pow(1.1, y.year());
            undiscounted += y.opex();
        }
        assertEquals(e.tco() / (discountedIt / 3.6e9), ramp.values().value(Metric.LEVELIZED_COST_PER_MWH_IT), 1e-6);
        assertEquals(undiscounted / (it / 3.6e9), ramp.values().value(Metric.UNDISCOUNTED_COST_PER_MWH_IT), 1e-6);
        assertTrue(Double.isNaN(flat.values().value(Metric.HORIZON_PUE)), "absent without a ramp");
    }

    @Test
    void hourlyCarbonFollowsTheHourlyIntensity(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("g_co2_per_kwh\n");
        for (int h = 0; h < 8760; h++) {
            csv.append(h % 24 < 12 ? 100 : 500).append('\n');
        }
        Files.writeString(dir.resolve("carbon.csv"), csv);
        Files.writeString(dir.resolve("s.yaml"), HALL + "economics: {grid_carbon_file: carbon.csv}\n");
        Evaluation e = Evaluation.of(SiteCompiler.compile(ScenarioLoader.load(dir.resolve("s.yaml"))), false);
        double facilityKwh = e.metrics().facilityEnergyJ() / 3.6e6;
        // A flat load under a constant climate: half the hours at 100, half at 500 g/kWh.
        assertEquals(facilityKwh * 300 / 1e6, e.economics().carbonTonnesPerYear(), 1e-6 * facilityKwh * 300 / 1e6);
    }
}
