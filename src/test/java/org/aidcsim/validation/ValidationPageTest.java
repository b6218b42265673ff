package org.aidcsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidcsim.backup.BackupDefaults;
import org.aidcsim.backup.FuelCurve;
import org.aidcsim.backup.SupercapParams;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.cooling.ColdPlateCurve;
import org.aidcsim.cooling.PlateExchanger;
import org.aidcsim.catalog.PowerCatalog;
import org.aidcsim.cooling.AffinityMover;
import org.aidcsim.cooling.PipeRun;
import org.aidcsim.cooling.Chiller;
import org.aidcsim.metrics.Metric;
import org.aidcsim.power.ConductorMaterial;
import org.aidcsim.power.ConductorRun;
import org.aidcsim.power.DistributionSystem;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import org.aidcsim.units.Units;
import org.aidcsim.weather.Psychrometrics;
import org.aidcsim.thermal.PublishedRideThroughTest;
import org.aidcsim.cooling.DoorCoil;
import org.aidcsim.cooling.EvaporativeAirHandler;
import org.aidcsim.cooling.RearDoor;
import org.aidcsim.weather.Psychrometrics;
import org.junit.jupiter.api.Test;

/**
 * docs/validation.md, generated here: every model check with its reference and source, the figure
 * aidcsim gives, the tolerance and the verdict, the way building-simulation tools publish their
 * ASHRAE 140 comparisons. The test fails when a check fails, and when the page in docs/ is not the
 * one these checks produce ({@code -Daidcsim.validation.update=true} rewrites it).
 */
class ValidationPageTest {
    private static final Path PAGE = Path.of("docs/validation.md");
    private static final String BEGIN = "<!-- BEGIN GENERATED VALIDATION -->\n";
    private static final String END = "<!-- END GENERATED VALIDATION -->";

    /**
     * One check. A range reference has {@code low} ≤ value ≤ {@code high}; a point reference has
     * |value − expected| ≤ tolerance, with low = high = expected.
     */
    record Check(String model, String what, String reference, String source, double value, double low, double high, String unit) {
        static Check point(String model, String what, double expected, double tolerance, String source, double value, String unit) {
            String reference = tolerance <= 1e-6 * Math.max(1, Math.abs(expected)) ? fmt(expected) + " " + unit + " (exact)"
                    : fmt(expected) + " ± " + fmt(tolerance) + " " + unit;
            return new Check(model, what, reference, source, value, expected - tolerance, expected + tolerance, unit);
        }

        static Check range(String model, String what, double low, double high, String source, double value, String unit) {
            return new Check(model, what, fmt(low) + " to " + fmt(high) + " " + unit, source, value, low, high, unit);
        }

        boolean passes() {
            return value >= low && value <= high;
        }
    }

    /**
     * The OCP 1 kW OAM cold plate's resistance at points held out of the fit: PG25 (Fig. 7) fitted on
     * its even points and read at its odd ones; water (Fig. 8) fitted without its 4 L/min point.
     */
    private static void coldPlateChecks(List<Check> c) {
        String source = "Chen et al., OCP OAI System Liquid Cooling Guidelines (2023), ";
        ColdPlateCurve pg25 = ColdPlateCurve.OCP_1KW_OAM_PG25;
        List<Double> flows = new ArrayList<>();
        List<Double> rs = new ArrayList<>();
        for (int i = 0; i < pg25.flowsM3PerS().size(); i += 2) {
            flows.add(pg25.flowsM3PerS().get(i));
            rs.add(pg25.resistancesKPerW().get(i));
        }
        ColdPlateCurve even = new ColdPlateCurve("even", pg25.fluid(), flows, rs, pg25.nominalFlowM3PerS(), pg25.nominalPressureDropPa(),
                pg25.flowExponent(), pg25.source());
        for (int i : new int[] {1, 5, 9, 13}) {
            double v = pg25.flowsM3PerS().get(i);
            double r = pg25.resistancesKPerW().get(i);
            c.add(Check.point("cooling", String.format(Locale.ROOT, "cold-plate resistance, PG25 at %.1f L/min, held out of the fit",
                    Units.m3PerSToLitrePerMin(v)), 1000 * r, 1000 * 0.03 * r, source + "Fig. 7 (1 kW OAM, PG25)",
                    1000 * even.resistanceKPerW(v), "mK/W"));
        }
        ColdPlateCurve water = ColdPlateCurve.OCP_1KW_OAM_WATER;
        ColdPlateCurve without4 = new ColdPlateCurve("without-4", water.fluid(), List.of(water.flowsM3PerS().get(0),
                water.flowsM3PerS().get(1), water.flowsM3PerS().get(3)), List.of(water.resistancesKPerW().get(0),
                water.resistancesKPerW().get(1), water.resistancesKPerW().get(3)), water.nominalFlowM3PerS(),
                water.nominalPressureDropPa(), water.flowExponent(), water.source());
        c.add(Check.point("cooling", "cold-plate resistance, water at 4 L/min, held out of the fit", 15.4, 15.4 * 0.03,
                source + "Fig. 8 (1 kW OAM, DI water)", 1000 * without4.resistanceKPerW(water.flowsM3PerS().get(2)), "mK/W"));
    }

    /**
     * The CDU's plate exchanger (ε-NTU, UA following each side's flow) against Modelica Buildings'
     * CDU_epsNTU reference results at the settled 60 % and 100 % plateaus, and Deschutes with PG25.
     */
    private static void cduChecks(List<Check> c) {
        PlateExchanger cdu = PlateExchanger.rated(Coolant.PG25, Coolant.WATER, 6.336e6, 47, 42, 36, 41);
        String source = "Modelica Buildings CDU_epsNTU, Dymola reference results (lbl-srg/modelica-buildings 1c1094d6ac)";
        double[][] plateaus = {{0.6, 318.4606, 65_688.3906, 23_713.3047, 3_871_543.5}, {1.0, 320.8563, 65_688.3906, 80_000, 6_405_945.0}};
        for (double[] p : plateaus) {
            double hot = Math.sqrt(p[2] / 80_000);
            double cold = Math.sqrt(p[3] / 80_000);
            double hotInC = p[1] - Units.ZERO_CELSIUS_K + 69_945.1484 / (hot * 6.336e6 / 5);
            c.add(Check.point("cooling", String.format(Locale.ROOT, "CDU heat at %.0f %% load: coolant at %.0f %%, water at %.0f %% of "
                    + "rated flow", 100 * p[0], 100 * hot, 100 * cold), p[4] / 1e3, 0.02 * p[4] / 1e3, source,
                    cdu.heatW(hotInC, 36, hot * cdu.hotFlowKgPerS(), cold * cdu.coldFlowKgPerS()) / 1e3, "kW"));
        }
        double riseK = 2e6 / (31.48 * Coolant.WATER.specificHeatJPerKgK(29.8));
        double facilityK = 2e6 / (32.30 * Coolant.WATER.specificHeatJPerKgK(29.8));
        PlateExchanger water = PlateExchanger.rated(Coolant.WATER, Coolant.WATER, 2e6, 29.8 + riseK, 29.8, 26.8, 26.8 + facilityK);
        PlateExchanger pg25 = water.withHotFluid(Coolant.PG25);
        c.add(Check.point("cooling", "Deschutes CDU (2 MW, 3 K approach) with PG25 instead of water: capacity ratio", 0.9525,
                0.05 * 0.9525, "York YCWL form 150.26-EG1, propylene glycol correction at 25 % by weight (a chiller evaporator's "
                + "table, the nearest published: confirm with a CDU vendor)",
                pg25.heatW(29.8 + riseK, 26.8, pg25.hotFlowKgPerS(), pg25.coldFlowKgPerS()) / 2e6, ""));
    }

    static List<Check> checks() throws Exception {
        List<Check> c = new ArrayList<>();
        c.add(Check.point("weather", "saturation vapour pressure at 25 °C", 3169.7, 3169.7 * 3e-4,
                "ASHRAE Handbook Fundamentals 2017, ch. 1, Table 3", Psychrometrics.saturationPressurePa(25), "Pa"));
        c.add(Check.point("weather", "wet bulb of 40 °C air at 14 % RH, sea level (ASHRAE example 1)", 20.0, 0.3,
                "ASHRAE Handbook Fundamentals 2017, ch. 1, Example 1",
                Psychrometrics.wetBulbC(40, 0.0065, 101_325), "°C"));
        c.add(Check.range("cooling", "water flow for 1 MW of cold-plate heat at ΔT 10 K", 1250, 2000,
                "OCP cold-plate guideline: 1.5 L/min per kW at ΔT ≤ 10 K, band 1.25-2.0 (aidcsim: Q / (ρ cp ΔT), water at 25 °C)",
                Units.m3PerSToLitrePerMin(Coolant.WATER.flowM3PerS(1e6, 10, 25)), "L/min"));
        c.add(Check.point("cooling", "freezing point of 25 % propylene glycol (Melinder 2010 fit)", -10.0, 1.0,
                "ASHRAE Handbook Fundamentals 2017, ch. 31; Dow DOWFROST guide", Coolant.PG25.properties().minTempC(), "°C"));
        c.add(Check.point("cooling", "PG25 flow for 1 MW at ΔT 10 K, 41 °C", 1493, 15,
                "hand calculation from Dow DOWFROST properties (1.010 g/cm³, 3.98 kJ/(kg·K))",
                Units.m3PerSToLitrePerMin(Coolant.PG25.flowM3PerS(1e6, 10, 41)), "L/min"));
        c.add(Check.point("cooling", "Darcy friction factor at Re 1e5, ε/D 0.0003 (Swamee–Jain)", 0.01947, 0.01947 * 0.01,
                "Colebrook (1939) equation solved by iteration", new PipeRun(100, 0.15, 0.045e-3).frictionFactor(1e5), ""));
        AffinityMover pump = new AffinityMover(1e6, 10_000, 0.2);
        c.add(Check.point("cooling", "pump power at 80 % speed", 51.2, 1e-9,
                "affinity laws, power ∝ speed³ (ASHRAE Handbook HVAC Systems and Equipment)", 100 * pump.powerAtSpeedW(0.8) / 10_000,
                "% of design"));
        double airCop = new Chiller(0.5, 1.5, 15, Chiller.DEFAULT_MIN_LIFT_K).cop(6.7, 35);
        c.add(Check.range("cooling", "air-cooled chiller COP at AHRI 550/590 conditions (6.7 °C water, 35 °C air)", 2.985, 3.5,
                "ASHRAE 90.1-2019 Table 6.8.1-3 minimum 10.1 EER = 2.985 COP", airCop, ""));
        double waterCop = new Chiller(0.72, 1.5, 1.5, Chiller.DEFAULT_MIN_LIFT_K).cop(6.7, 35.0);
        c.add(Check.range("cooling", "water-cooled chiller COP at AHRI 550/590 conditions (6.7 °C water, 35 °C condenser water out)",
                6.28, 7.5, "ASHRAE 90.1-2019 Table 6.8.1-3 minimum 0.560 kW/ton = 6.28 COP (path A, ≥ 600 tons)", waterCop, ""));
        coldPlateChecks(c);
        cduChecks(c);
        c.add(Check.range("power", "MV/LV transformer efficiency at 35 % load", 99.28, 100,
                "US DOE 2016 minimum for 1000 kVA dry-type, 10 CFR 431.196: 99.28 %",
                100 * 0.35 / (0.35 + PowerCatalog.TRANSFORMER_MV_LV.lossFraction(0.35)), "%"));
        for (double[] p : new double[][] {{0.10, 0.90}, {0.20, 0.94}, {0.50, 0.96}, {1.00, 0.91}}) {
            double eta = p[0] / (p[0] + PowerCatalog.SHELF_TITANIUM.lossFraction(p[0]));
            c.add(Check.point("power", String.format(Locale.ROOT, "80 PLUS Titanium supply at %.0f %% load", 100 * p[0]), 100 * p[1],
                    1e-9, "80 PLUS programme, 230 V internal redundant, Titanium", 100 * eta, "%"));
        }
        ConductorRun low = new ConductorRun(ConductorMaterial.COPPER, DistributionSystem.DC, 54, 1, 50, 240, 1, 20);
        ConductorRun high = new ConductorRun(ConductorMaterial.COPPER, DistributionSystem.DC, 800, 1, 50, 240, 1, 20);
        c.add(Check.point("power", "I²R loss, same power and conductor, 54 V against 800 V", Math.pow(800.0 / 54.0, 2), 1e-9,
                "Joule's law: loss ∝ I² = (P/V)²", low.lossW(1e5) / high.lossW(1e5), "×"));
        c.add(Check.point("power", "copper resistance, 50 m of 240 mm² at 20 °C", 1.7241e-8 * 50 / 240e-6 * 1000, 1e-9,
                "IEC 60228: copper 1.7241e-8 Ω·m at 20 °C", 1000 * low.resistanceOhm(), "mΩ"));
        SupercapParams cell = SupercapParams.builder().cellCapacitanceF(3000).cellRatedVoltageV(2.7).cellEsrOhm(0.29e-3).series(1)
                .parallel(1).converterEfficiency(1).converterRatingW(1e4).build();
        c.add(Check.point("backup", "usable share of ½CV² from V to V/2", 75.0, 1e-9,
                "1 − (½)²; Maxwell BCAP3000 data sheet cell (3000 F, 2.7 V)",
                100 * cell.bank().windowEnergyJ() / (0.5 * 3000 * 2.7 * 2.7), "%"));
        c.add(Check.point("backup", "diesel burn of a 1600 kWe set at full load", 394.0, 1e-6,
                "Cummins QSK60-G4 data sheet, 1500 rpm prime: 394 L/h", FuelCurve.QSK60.litresPerSecond(1600e3, 1600e3)
                        * Units.SECONDS_PER_HOUR, "L/h"));
        c.add(Check.point("backup", "assumed battery autonomy at design IT load", BackupDefaults.AUTONOMY_S, 1e-6,
                "the assumed backup's definition (docs/backup-transients.md)", autonomyOfAssumedBattery(), "s"));
        c.add(Check.range("thermal", "air hall at 5 kW per cabinet, cooling off: utility loss to 35 °C inlet", 0.5 * 189, 1.5 * 189,
                "Opengate Data Systems for Active Power (2007, Mission Critical magazine): thermal shutdown in 3 min 9 s; ±50 %, "
                + "the study's room and threshold to confirm (docs/backup-transients.md)", PublishedRideThroughTest.airHallSecondsTo35C(5,
                        Files.createTempDirectory("aidcsim-opengate")), "s"));
        c.add(Check.range("thermal", "air hall at 10 kW per cabinet, cooling off: utility loss to 35 °C inlet", 0, 90,
                "the same study: under 1 min at 10 kW and more (±50 %)", PublishedRideThroughTest.airHallSecondsTo35C(10,
                        Files.createTempDirectory("aidcsim-opengate")), "s"));
        airSideChecks(c);
        c.add(pue("examples", "air hall (6 kW racks, double-conversion UPS, Shaoguan)", "traditional-air-ups", 1.2, 1.58,
                "new large builds ≤ 1.3; Uptime Institute survey average 1.55-1.58 (2021-2024)"));
        c.add(pue("examples", "cold-plate AI hall (130 kW racks, W32, Shaoguan)", "ai-hall-cold-plate", 1.1, 1.2,
                "cold-plate halls reported at PUE 1.1-1.2"));
        c.add(pue("examples", "single-phase immersion hall (100 kW, 800 V DC, Shaoguan)", "immersion-800v", 1.03, 1.09,
                "immersion halls reported below 1.09 (Alibaba Renhe single-phase immersion: 1.09)"));
        return c;
    }

    /**
     * Rear doors against IBM's statement for its passive door, adiabatic saturation against the
     * psychrometric wet bulb, and the direct evaporative example against Meta's published figures.
     */
    private static void airSideChecks(List<Check> c) throws Exception {
        double p = 101_325.0;
        double w = Psychrometrics.humidityRatioFromRelativeHumidity(40, 0.14, p);
        double wb = Psychrometrics.wetBulbC(40, w, p);
        c.add(Check.point("cooling", "wetted media taking 40 °C air at 14 % RH to its wet bulb: humidity ratio reached",
                1000 * Psychrometrics.saturationHumidityRatio(wb, p), 1e-3, "ASHRAE Handbook Fundamentals 2017, ch. 1, eq. 33 "
                + "(adiabatic saturation)", 1000 * EvaporativeAirHandler.humidityRatioAt(40, w, wb), "g/kg"));
        DoorCoil passive = DoorCoil.rated(25e3, 45, 16, 25e3 / 15, 25e3 / 5);
        for (double rackKw : new double[] {20, 32}) {
            RearDoor door = new RearDoor("d", new int[] {1}, new double[] {1.0}, 24, 15, 18, passive, null, rackKw * 1e3);
            c.add(Check.range("cooling", String.format(Locale.ROOT, "passive rear door (25 kW at OCP's 45 → 30 °C, 16 °C water) on a "
                    + "%.0f kW rack at 18 °C water: share of its heat removed", rackKw), 55, 85, "IBM Rear Door Heat eXchanger "
                    + "specifications (POWER8 Knowledge Center): 55-85 % of a 20-32 kW rack at 18 °C water; a band, not a rating "
                    + "table: no vendor's multi-point table was found to hold a fit against (docs/air-side.md)",
                    100 * door.doorHeatW(rackKw * 1e3, 0) / (rackKw * 1e3), "%"));
        }
        Evaluation tucson = Evaluation.of(SiteCompiler.compile(ScenarioLoader.load(Path.of("scenarios", "evaporative-tucson.yaml"))),
                false);
        c.add(Check.range("examples", "annual PUE, direct evaporative hall (12 kW racks, A2, Tucson)", 1.06, 1.15,
                "Meta Prineville OR (high desert, direct evaporative): 1.09, trailing year to Q4 2013 (opencompute.org energy "
                + "efficiency); Meta's buildings completed in 2021: 1.09 (sustainability.fb.com); theirs on 277 V without "
                + "double conversion, ours on a double-conversion UPS", tucson.values().value(Metric.PUE), ""));
        c.add(Check.range("examples", "annual WUE, direct evaporative hall (12 kW racks, A2, Tucson)", 0.15, 0.5,
                "Meta Prineville: 0.22 L/kWh in its first year (to mid-2012, Open Compute Project blog); Meta's 2021 buildings: "
                + "0.26 (sustainability.fb.com); Tucson is hotter and drier than Prineville, so more water per kWh",
                tucson.values().value(Metric.WUE_L_PER_KWH), "L/kWh"));
    }

    private static double autonomyOfAssumedBattery() {
        var b = BackupDefaults.assumed(1e6, 2e6);
        return b.batteryBank().orElseThrow().runtimeS(1e6);
    }

    private static Check pue(String model, String what, String example, double low, double high, String source) throws Exception {
        Evaluation e = Evaluation.of(SiteCompiler.compile(ScenarioLoader.load(Path.of("scenarios", example + ".yaml"))), false);
        return Check.range(model, "annual PUE, " + what, low, high, source, e.values().value(Metric.PUE), "");
    }

    static String render(List<Check> checks) {
        StringBuilder sb = new StringBuilder("| model | check | reference | source | aidcsim | verdict |\n|---|---|---|---|---|---|\n");
        for (Check c : checks) {
            sb.append("| ").append(c.model()).append(" | ").append(c.what()).append(" | ").append(c.reference().strip())
                    .append(" | ").append(c.source()).append(" | ").append((fmt(c.value()) + " " + c.unit()).strip()).append(" | ")
                    .append(c.passes() ? "pass" : "**FAIL**").append(" |\n");
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.contains("e") ? s : s.replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    @Test
    void everyCheckPassesAndThePageIsCurrent() throws Exception {
        List<Check> checks = checks();
        for (Check c : checks) {
            assertTrue(c.passes(), c.what() + ": " + c.value() + " not within " + c.reference() + " (" + c.source() + ")");
        }
        String generated = render(checks);
        String doc = Files.readString(PAGE);
        int b = doc.indexOf(BEGIN) + BEGIN.length();
        int e = doc.indexOf(END);
        if (Boolean.getBoolean("aidcsim.validation.update")) {
            Files.writeString(PAGE, doc.substring(0, b) + generated + doc.substring(e));
            return;
        }
        assertEquals(generated, doc.substring(b, e),
                "docs/validation.md is stale: ./mvnw -q test -Dtest=ValidationPageTest -Daidcsim.validation.update=true");
    }
}
