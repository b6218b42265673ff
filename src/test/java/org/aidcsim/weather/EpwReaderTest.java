package org.aidcsim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpwReaderTest {
    private static final Path WEATHER = Path.of("weather");

    /**
     * Reference: the summary table of weather/README.md (dry bulb min / mean / max °C and mean
     * station pressure of each shipped file), which was computed independently of this reader.
     */
    @ParameterizedTest
    @CsvSource({
        "USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw, -22.8, 10.0, 35.0, 99.2",
        "USA_CA_San.Francisco.Intl.AP.724940_TMY3.epw, 2.2, 13.8, 32.8, 101.7",
        "USA_CO_Denver.Intl.AP.725650_TMY3.epw, -19.4, 10.9, 40.0, 83.5",
        "USA_AZ_Davis-Monthan.AFB.722745_TMY3.epw, -1.1, 21.7, 42.0, 92.1",
        "USA_FL_Tampa.Intl.AP.722110_TMY3.epw, -2.2, 22.3, 34.4, 101.7",
        "CHN_Guangdong.Shaoguan.590820_CSWD.epw, -1.1, 20.3, 37.0, 100.7"})
    void shippedFilesMatchTheirPublishedSummary(String file, double min, double mean, double max, double pressureKpa)
            throws Exception {
        WeatherSeries w = EpwReader.read(WEATHER.resolve(file)).series();
        assertEquals(8760, w.hours());
        assertEquals(min, w.minDryBulbC(), 0.051, "min dry bulb vs weather/README.md");
        assertEquals(mean, w.meanDryBulbC(), 0.051, "mean dry bulb vs weather/README.md");
        assertEquals(max, w.maxDryBulbC(), 0.051, "max dry bulb vs weather/README.md");
        assertEquals(pressureKpa, w.meanPressurePa() / 1000, 0.051, "mean pressure vs weather/README.md");
        for (int i = 0; i < w.hours(); i++) {
            assertTrue(w.relativeHumidity(i) >= 0 && w.relativeHumidity(i) <= 1, "RH clamped to [0, 1]");
            assertTrue(w.dewPointC(i) <= w.dryBulbC(i), "dew point clamped to dry bulb");
        }
    }

    @Test
    void crlfAndLfReadTheSame() throws Exception {
        Path tucson = WEATHER.resolve("USA_AZ_Davis-Monthan.AFB.722745_TMY3.epw");
        assertTrue(Files.readString(tucson, StandardCharsets.ISO_8859_1).contains("\r\n"),
                "the Tucson file is the CRLF one");
        List<String> lines = Files.readAllLines(tucson, StandardCharsets.ISO_8859_1);
        WeatherSeries viaFile = EpwReader.read(tucson).series();
        WeatherSeries viaLines = EpwReader.parse(tucson, lines).series();
        for (int i = 0; i < 8760; i++) {
            assertEquals(viaLines.dryBulbC(i), viaFile.dryBulbC(i));
        }
    }

    @Test
    void rowsAreOrderedByMonthDayHourNotByYear() throws Exception {
        List<String> lines = chicago();
        // Move January 1st hour 1 to the end of the file: the reader must put it back first.
        String first = lines.remove(8);
        lines.add(first);
        WeatherSeries w = EpwReader.parse(Path.of("moved.epw"), lines).series();
        WeatherSeries original = EpwReader.parse(Path.of("chicago.epw"), chicago()).series();
        assertEquals(original.dryBulbC(0), w.dryBulbC(0));
        assertEquals(original.dryBulbC(8759), w.dryBulbC(8759));
    }

    @Test
    void shortMissingGapsAreInterpolatedLongOnesRejected() throws Exception {
        List<String> lines = chicago();
        WeatherSeries original = EpwReader.parse(Path.of("c.epw"), chicago()).series();
        lines.set(8 + 100, setField(lines.get(8 + 100), 6, "99.9"));
        EpwReader.Result r = EpwReader.parse(Path.of("gap.epw"), lines);
        double expected = (original.dryBulbC(99) + original.dryBulbC(101)) / 2;
        assertEquals(expected, r.series().dryBulbC(100), 1e-9, "linear interpolation across one missing hour");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("interpolated")));

        for (int i = 200; i < 210; i++) {
            lines.set(8 + i, setField(lines.get(8 + i), 6, "99.9"));
        }
        EpwFormatException e = assertThrows(EpwFormatException.class, () -> EpwReader.parse(Path.of("gap.epw"), lines));
        assertEquals(8 + 200 + 1, e.line());
    }

    @Test
    void rowsOutOfOrderAreReadInCalendarOrderWithAWarning() throws Exception {
        List<String> swapped = chicago();
        String row = swapped.get(108);
        swapped.set(108, swapped.get(109));
        swapped.set(109, row);
        EpwReader.Result sorted = EpwReader.parse(Path.of("swap.epw"), swapped);
        EpwReader.Result straight = EpwReader.parse(Path.of("swap.epw"), chicago());
        assertEquals(straight.series().dryBulbC(100), sorted.series().dryBulbC(100));
        assertEquals(straight.series().dryBulbC(101), sorted.series().dryBulbC(101));
        assertTrue(sorted.warnings().stream().anyMatch(w -> w.contains("rows out of calendar order") && w.contains("line 110")),
                sorted.warnings().toString());
        assertTrue(straight.warnings().stream().noneMatch(w -> w.contains("order")), straight.warnings().toString());
    }

    @Test
    void malformedRowsAreRejectedWithTheirLine() throws Exception {
        List<String> lines = chicago();
        lines.set(20, setField(lines.get(20), 6, "warm"));
        EpwFormatException e = assertThrows(EpwFormatException.class, () -> EpwReader.parse(Path.of("bad.epw"), lines));
        assertEquals(21, e.line());
        assertTrue(e.getMessage().contains("bad.epw:21:") && e.getMessage().contains("\"warm\""), e.getMessage());

        List<String> shortRow = chicago();
        shortRow.set(30, "1999,1,2");
        e = assertThrows(EpwFormatException.class, () -> EpwReader.parse(Path.of("bad.epw"), shortRow));
        assertEquals(31, e.line());

        List<String> truncated = new ArrayList<>(chicago().subList(0, 5000));
        e = assertThrows(EpwFormatException.class, () -> EpwReader.parse(Path.of("bad.epw"), truncated));
        assertTrue(e.getMessage().contains("found 4992"), e.getMessage());

        List<String> duplicated = chicago();
        duplicated.set(9, duplicated.get(8));
        e = assertThrows(EpwFormatException.class, () -> EpwReader.parse(Path.of("bad.epw"), duplicated));
        assertTrue(e.getMessage().contains("duplicate hour"), e.getMessage());

        e = assertThrows(EpwFormatException.class, () -> EpwReader.parse(Path.of("x.epw"), List.of("hello")));
        assertTrue(e.getMessage().contains("not an EPW file"));

        e = assertThrows(EpwFormatException.class, () -> EpwReader.read(Path.of("no-such-file.epw")));
        assertTrue(e.getMessage().contains("not found"));
    }

    @Test
    void constantClimateHasItsDewPoint() {
        WeatherSeries w = WeatherSeries.constant(25, 0.5, 101_325, 24);
        // Dew point of 25 °C at 50 % RH is 13.9 °C (ASHRAE Fundamentals 2017, ch. 1 psychrometric table).
        assertEquals(13.9, w.dewPointC(0), 0.1);
        assertEquals(24, w.hours());
    }

    private static List<String> chicago() throws Exception {
        return new ArrayList<>(Files.readAllLines(WEATHER.resolve("USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw"),
                StandardCharsets.ISO_8859_1));
    }

    private static String setField(String line, int index, String value) {
        String[] f = line.split(",", -1);
        f[index] = value;
        return String.join(",", f);
    }
}
