package org.aidcsim.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aidcsim.location.Jurisdiction;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.weather.EpwReader;
import org.aidcsim.weather.Station;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each framework applies where its text says: GB 40879 in China, the EU set in the member states
 * (Directive (EU) 2023/1791, Articles 12(1) and 26(6)), Germany's EnEfG in Germany (section 11(2)),
 * ASHRAE 90.4 in the US by default; the others are listed as not applicable, and can be assessed on
 * request.
 */
class JurisdictionTest {
    private static Evaluation evaluate(String yaml) throws Exception {
        return Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/inline-test.yaml"), yaml)), false, 0);
    }

    private static Evaluation example(String name) throws Exception {
        return Evaluation.of(SiteCompiler.compile(ScenarioLoader.load(Path.of("scenarios", name + ".yaml"))), false, 0);
    }

    @Test
    void countryCodesInEitherIsoFormAndFromTheWeatherHeader() throws Exception {
        assertEquals(Optional.of("DEU"), Jurisdiction.alpha3("de"));
        assertEquals(Optional.of("GBR"), Jurisdiction.alpha3("UK"), "the alias weather data sets write");
        assertEquals(Optional.of("CHN"), Jurisdiction.alpha3("CHN"));
        assertEquals(Optional.empty(), Jurisdiction.alpha3("XX"));
        Station chicago = EpwReader.read(Path.of("weather", "USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw")).series().station();
        assertEquals(Optional.of("USA"), chicago.country());
        assertEquals(Optional.of("725300"), chicago.wmo());
        Jurisdiction j = Jurisdiction.of(Optional.empty(), Optional.empty(), chicago);
        assertEquals("USA (IL)", j.label());
        assertTrue(j.basis().startsWith("the weather file's header"), j.basis());
        Jurisdiction given = Jurisdiction.of(Optional.of("IE"), Optional.empty(), chicago);
        assertEquals("IRL", given.label(), "the file's country wins and the header's state does not follow it");
        assertTrue(given.inEu());
    }

    @Test
    void chicagoIsJudgedByAshraeAndNotByChinaOrTheEu() throws Exception {
        StandardsAssessment a = example("cold-plate-pg25-chicago").standards();
        assertEquals("USA (IL)", a.jurisdiction().label());
        assertTrue(a.framework(Framework.ASHRAE_90_4).applies());
        assertFalse(a.framework(Framework.GB_40879).assessed());
        assertEquals("not applicable", a.framework(Framework.GB_40879).status());
        assertFalse(a.framework(Framework.EU_REPORTING).applies());
        assertFalse(a.euReportingApplies(), "a US site does not report under the EU directive");
        assertTrue(a.verdicts().stream().noneMatch(v -> v.framework() == Framework.GB_40879), "no GB 40879 verdict in Chicago");
        assertEquals("5A", a.climateZone().label());
    }

    @Test
    void shaoguanIsJudgedByChinaAndNotByAshraeOrTheEu() throws Exception {
        StandardsAssessment a = example("ai-hall-cold-plate").standards();
        assertEquals("CHN (Guangdong)", a.jurisdiction().label());
        assertTrue(a.framework(Framework.GB_40879).applies());
        assertFalse(a.framework(Framework.ASHRAE_90_4).applies());
        assertFalse(a.framework(Framework.EU_REPORTING).applies());
        assertTrue(a.verdicts().stream().anyMatch(v -> v.framework() == Framework.GB_40879 && v.outcome().isPresent()));
        assertEquals("2A", a.climateZone().label());
    }

    private static final String EU_HALL = """
            name: eu-hall
            site: {weather: {type: constant, dry_bulb_c: 12}, country: %s}
            it: {groups: [{name: gpu, racks: %d, rack_power_kw: 50}]}
            power: {architecture: hvdc-240v}
            cooling: {technology: cold_plate}
            simulation: {days: 2}
            """;

    /**
     * Directive (EU) 2023/1791: Article 12(1) makes data centers of at least 500 kW of installed IT
     * power report; Article 26(6) asks those above 1 MW of total rated energy input to use their waste
     * heat. Ireland: 9 racks of 50 kW (450 kW) neither report nor reach 1 MW; 12 racks (600 kW of IT,
     * about 700 kW at the meter) report but stay under 1 MW; 40 racks do both.
     */
    @Test
    void anEuSiteReportsFrom500KwAndUsesItsWasteHeatAbove1Mw() throws Exception {
        StandardsAssessment small = evaluate(EU_HALL.formatted("IRL", 9)).standards();
        assertTrue(small.framework(Framework.EU_REPORTING).applies(), small.framework(Framework.EU_REPORTING).why());
        assertFalse(small.euReportingApplies(), "450 kW < 500 kW");
        StandardsAssessment mid = evaluate(EU_HALL.formatted("IRL", 12)).standards();
        assertTrue(mid.euReportingApplies(), "600 kW ≥ 500 kW");
        assertFalse(mid.euWasteHeatUseRequired(), "rated input under 1 MW");
        StandardsAssessment large = evaluate(EU_HALL.formatted("IRL", 40)).standards();
        assertTrue(large.euReportingApplies() && large.euWasteHeatUseRequired());
        assertFalse(large.framework(Framework.GB_40879).assessed());
        assertFalse(large.framework(Framework.DE_ENEFG).applies(), "an Irish site is not under Germany's act");
    }

    /** EnEfG section 11(2): a German data center starting from 1 July 2026 keeps its PUE ≤ 1.2 and reuses ≥ 10 % of its energy. */
    @Test
    void aGermanSiteIsHeldToTheEnefgPueAndReuseFloor() throws Exception {
        Evaluation e = evaluate(EU_HALL.formatted("DE", 40));
        StandardsAssessment a = e.standards();
        assertTrue(a.framework(Framework.DE_ENEFG).applies() && a.framework(Framework.EU_REPORTING).applies());
        List<Verdict> enefg = a.verdicts().stream().filter(v -> v.framework() == Framework.DE_ENEFG).toList();
        assertEquals(2, enefg.size());
        Verdict pue = enefg.get(0);
        assertEquals(1.2, pue.limit());
        assertTrue(e.metrics().pue() < 1.15, "a cold-plate hall at 12 °C: " + e.metrics().pue());
        assertEquals(Optional.of("pass"), pue.outcome());
        Verdict erf = enefg.get(1);
        assertTrue(erf.minimum());
        assertEquals(Optional.of("fail"), erf.outcome(), "no heat user: an ERF of 0 misses the 10 % floor");
        assertEquals(-0.10, erf.margin(), 1e-12);
    }

    /** EnEfG's duties start at 300 kW of connected load: 4 racks of 50 kW stay below it, judged "does not apply". */
    @Test
    void aSmallGermanSiteIsBelowTheEnefgThreshold() throws Exception {
        StandardsAssessment a = evaluate(EU_HALL.formatted("DEU", 4)).standards();
        List<Verdict> enefg = a.verdicts().stream().filter(v -> v.framework() == Framework.DE_ENEFG).toList();
        assertEquals(2, enefg.size());
        assertTrue(enefg.stream().allMatch(v -> v.outcome().isEmpty()), "about 230 kW < 300 kW");
        assertFalse(a.euReportingApplies(), "200 kW of IT < 500 kW");
    }

    @Test
    void theEuDutiesAssessedOnRequestShowAsTheyWouldFall() throws Exception {
        StandardsAssessment a = evaluate(EU_HALL.formatted("USA", 40) + "standards: {assess_also: [eu_reporting]}\n").standards();
        assertEquals("assessed on request", a.framework(Framework.EU_REPORTING).status());
        assertTrue(a.euReportingApplies() && a.euWasteHeatUseRequired(), "2 MW of IT, as if the site were in the EU");
    }

    @Test
    void aDeclaredFrameworkWinsOverTheCountrysDefault() throws Exception {
        StandardsAssessment a = evaluate(EU_HALL.formatted("USA", 40) + """
                standards: {applies: {ashrae_90_4: false}, ashrae_90_4: {max_annualized_mlc: 0.01}}
                """).standards();
        assertFalse(a.framework(Framework.ASHRAE_90_4).assessed());
        assertTrue(a.verdicts().isEmpty(), "a 90.4 maximum given, but 90.4 declared not to apply: " + a.verdicts());
        StandardsAssessment us = evaluate(EU_HALL.formatted("USA", 40) + """
                standards: {ashrae_90_4: {max_annualized_mlc: 0.01}}
                """).standards();
        assertEquals(Optional.of("fail"), us.verdicts().get(0).outcome(), "the same maximum judged where 90.4 applies");
    }

    @Test
    void aHeaderCountryThatIsNoIsoCodeIsSaidAndAnAliasIsRead(@TempDir Path dir) throws Exception {
        Path epw = Path.of("weather", "USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw");
        Station uk = EpwReader.read(withHeaderCountry(epw, "UK", dir.resolve("uk.epw"))).series().station();
        assertEquals("GBR", Jurisdiction.of(Optional.empty(), Optional.empty(), uk).label().substring(0, 3));
        Station odd = EpwReader.read(withHeaderCountry(epw, "XYZ", dir.resolve("xyz.epw"))).series().station();
        Jurisdiction j = Jurisdiction.of(Optional.empty(), Optional.empty(), odd);
        assertTrue(j.country().isEmpty());
        assertTrue(j.basis().contains("\"XYZ\" is not an ISO 3166 code"), j.basis());
        Station chicago = EpwReader.read(epw).series().station();
        assertEquals("USA (IL)", Jurisdiction.of(Optional.of("US"), Optional.empty(), chicago).label(),
                "the header's state is kept when the file's country is the site's");
    }

    private static Path withHeaderCountry(Path epw, String country, Path to) throws Exception {
        List<String> lines = Files.readAllLines(epw, StandardCharsets.ISO_8859_1);
        String[] f = lines.get(0).split(",", -1);
        f[3] = country;
        lines.set(0, String.join(",", f));
        Files.write(to, lines, StandardCharsets.ISO_8859_1);
        return to;
    }

    @Test
    void aFrameworkCanBeDeclaredOrAssessedOnRequest() throws Exception {
        StandardsAssessment a = evaluate(EU_HALL.formatted("USA", 40) + """
                standards: {applies: {ashrae_90_4: false}, assess_also: [gb_40879]}
                """).standards();
        assertFalse(a.framework(Framework.ASHRAE_90_4).applies(), "a state whose code has not adopted 90.4");
        Applicability china = a.framework(Framework.GB_40879);
        assertFalse(china.applies());
        assertTrue(china.assessed());
        assertEquals("assessed on request", china.status());
        assertTrue(a.verdicts().stream().anyMatch(v -> v.framework() == Framework.GB_40879 && v.outcome().isPresent()));
    }

    @Test
    void aConstantClimateWithoutACountryAppliesNothingAndSaysWhy() throws Exception {
        StandardsAssessment a = evaluate(EU_HALL.replace(", country: %s", "").formatted(40)).standards();
        assertTrue(a.frameworks().stream().noneMatch(Applicability::assessed));
        assertTrue(a.framework(Framework.GB_40879).why().contains("site.country"));
        assertTrue(a.verdicts().isEmpty());
    }

    /**
     * The moisture letter from precipitation only when the weather file holds a complete year of it;
     * marine (C) needs the dry summer of ASHRAE 169: the wettest month of October-March at least three
     * times the driest of April-September. San Francisco's temperatures with a wet winter and a dry
     * summer: C; the same total spread evenly (50 mm a month, 600 mm against the 2.0 × (T + 7) cm line
     * of about 420 mm): moist, A.
     */
    @Test
    void aCompleteYearOfPrecipitationDecidesTheLetter(@TempDir Path dir) throws Exception {
        Path sf = Path.of("weather", "USA_CA_San.Francisco.Intl.AP.724940_TMY3.epw");
        double[] wetWinter = {100, 90, 80, 10, 3, 1, 1, 1, 2, 30, 80, 100};
        assertEquals("3C", ClimateZone.of(EpwReader.read(withRain(sf, wetWinter, dir.resolve("a.epw"))).series(),
                Optional.empty(), Optional.empty()).label());
        double[] even = new double[12];
        Arrays.fill(even, 50);
        ClimateZone spread = ClimateZone.of(EpwReader.read(withRain(sf, even, dir.resolve("b.epw"))).series(), Optional.empty(),
                Optional.empty());
        assertEquals("3A", spread.label(), spread.moistureBasis());
        assertTrue(spread.moistureBasis().contains("the weather file's precipitation"));
    }

    /** A copy of {@code epw} whose every hour has precipitation: each month's total spread over its hours. */
    private static Path withRain(Path epw, double[] monthlyMm, Path to) throws Exception {
        List<String> lines = Files.readAllLines(epw, StandardCharsets.ISO_8859_1);
        int[] hoursInMonth = new int[12];
        for (String l : lines.subList(8, lines.size())) {
            hoursInMonth[Integer.parseInt(l.split(",")[1]) - 1]++;
        }
        List<String> out = new ArrayList<>(lines.subList(0, 8));
        for (String l : lines.subList(8, lines.size())) {
            String[] f = l.split(",", -1);
            int m = Integer.parseInt(f[1]) - 1;
            f[33] = Double.toString(monthlyMm[m] / hoursInMonth[m]);
            out.add(String.join(",", f));
        }
        Files.write(to, out, StandardCharsets.ISO_8859_1);
        return to;
    }
}
