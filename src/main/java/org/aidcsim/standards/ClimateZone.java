package org.aidcsim.standards;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aidcsim.schema.CsvFields;
import org.aidcsim.weather.WeatherSeries;

/**
 * The site's climate zone as ASHRAE Standard 169-2013 (Table A-3, repeated in ASHRAE 90.1-2019
 * Table B-4) defines it from a year of weather:
 * <ul>
 * <li>thermal zone from the cooling degree-days above 10 °C (CDD10) and heating degree-days below
 * 18 °C (HDD18), summed over daily mean temperatures: 0 for CDD10 &gt; 6000, 1 for 5000 &lt; CDD10
 * ≤ 6000, 2 for 3500 &lt; CDD10 ≤ 5000, then by HDD18: 3 up to 2000, 4 up to 3000, 5 up to 4000, 6
 * up to 5000, 7 up to 7000, 8 above;</li>
 * <li>moisture regime: marine (C) where the coldest month's mean lies between −3 and 18 °C, the
 * warmest month's below 22 °C, at least four months average above 10 °C and the summer is dry (the
 * wettest month of the cold season, October to March north of the equator and April to September
 * south of it, has at least three times the precipitation of the driest month of the rest of the year); otherwise dry (B) where the
 * annual precipitation P (cm) &lt; 2.0 × (T + 7), T the annual mean (°C); otherwise moist (A).</li>
 * </ul>
 * The letter needs precipitation, which TMY3 and CSWD files do not carry as a complete year (TMY3
 * files mostly hold the missing code: Chicago's valid hours sum to 46 mm, which would make it dry).
 * So the letter comes, in this order, from the file's {@code standards.climate_moisture}; from the
 * weather file when every hour has precipitation; from {@code standards.annual_precipitation_mm}
 * where the temperatures rule out marine; from the shipped table of the stations whose weather aidcsim
 * ships (climate-zones.csv beside this class, each row with its source); else it stays unknown.
 *
 * @param cdd10 cooling degree-days base 10 °C (K·day)
 * @param hdd18 heating degree-days base 18 °C (K·day)
 * @param thermalZone 0-8
 * @param moisture A, B or C; empty when it cannot be told
 * @param moistureBasis how the letter was found
 */
public record ClimateZone(double cdd10, double hdd18, int thermalZone, Optional<Character> moisture, String moistureBasis) {
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /** Months of the cold season north of the equator (0-based): October to March. */
    private static final Set<Integer> COLD_SEASON_NORTH = Set.of(9, 10, 11, 0, 1, 2);

    /** A published zone of a station: its label ("5A") and where it is published. */
    record PublishedZone(String station, String zone, String source) {
    }

    private static final Map<String, PublishedZone> PUBLISHED = loadPublished();

    /** "5A", or "5" when the letter is unknown. */
    public String label() {
        return thermalZone + moisture.map(String::valueOf).orElse("");
    }

    /**
     * @param w a year of hourly weather (8760 hours)
     * @param precipitationMm annual precipitation (mm), when the file gives it
     * @param moistureOverride the letter from the file, which wins
     */
    public static ClimateZone of(WeatherSeries w, Optional<Double> precipitationMm, Optional<Character> moistureOverride) {
        int days = w.hours() / 24;
        double cdd = 0;
        double hdd = 0;
        double[] monthSum = new double[12];
        int[] monthDays = new int[12];
        double yearSum = 0;
        int month = 0;
        int dayOfMonth = 0;
        for (int d = 0; d < days; d++) {
            double sum = 0;
            for (int h = 0; h < 24; h++) {
                sum += w.dryBulbC(d * 24 + h);
            }
            double mean = sum / 24;
            cdd += Math.max(0, mean - 10);
            hdd += Math.max(0, 18 - mean);
            yearSum += mean;
            if (month < 12) {
                monthSum[month] += mean;
                monthDays[month]++;
                if (++dayOfMonth == DAYS_IN_MONTH[month]) {
                    month++;
                    dayOfMonth = 0;
                }
            }
        }
        int zone = thermalZone(cdd, hdd);
        if (moistureOverride.isPresent()) {
            return new ClimateZone(cdd, hdd, zone, moistureOverride, "from standards.climate_moisture");
        }
        double[] monthMean = new double[12];
        for (int m = 0; m < 12; m++) {
            monthMean[m] = monthDays[m] == 0 ? Double.NaN : monthSum[m] / monthDays[m];
        }
        boolean marineTemperatures = marineByTemperature(monthMean);
        double annualMeanC = yearSum / days;
        Optional<double[]> monthlyRain = w.station().monthlyPrecipitationMm();
        if (monthlyRain.isPresent()) {
            double[] rain = monthlyRain.get();
            if (marineTemperatures && drySummer(rain, !(w.station().latitudeDeg() < 0))) {
                return new ClimateZone(cdd, hdd, zone, Optional.of('C'), "marine: monthly temperatures and a dry summer in the "
                        + "weather file's precipitation");
            }
            return dryOrMoist(cdd, hdd, zone, Arrays.stream(rain).sum(), annualMeanC, "the weather file's precipitation");
        }
        if (precipitationMm.isPresent() && !marineTemperatures) {
            return dryOrMoist(cdd, hdd, zone, precipitationMm.get(), annualMeanC, "standards.annual_precipitation_mm");
        }
        Optional<PublishedZone> published = w.station().wmo().map(PUBLISHED::get);
        if (published.isPresent() && published.get().zone().length() == 2) {
            char letter = published.get().zone().charAt(1);
            return new ClimateZone(cdd, hdd, zone, Optional.of(letter), "the published zone " + published.get().zone() + " of "
                    + published.get().station() + " (" + published.get().source() + "); the weather file has no complete "
                    + "year of precipitation");
        }
        return new ClimateZone(cdd, hdd, zone, Optional.empty(), (marineTemperatures ? "A, B or C (marine temperatures; the "
                + "dry-summer test needs monthly precipitation)" : "A (moist) or B (dry)") + ": the weather file has no complete "
                + "year of precipitation; give standards.climate_moisture" + (marineTemperatures ? ""
                        : " or standards.annual_precipitation_mm"));
    }

    private static ClimateZone dryOrMoist(double cdd, double hdd, int zone, double precipitationMm, double annualMeanC,
            String from) {
        boolean dry = precipitationMm / 10 < 2.0 * (annualMeanC + 7);
        return new ClimateZone(cdd, hdd, zone, Optional.of(dry ? 'B' : 'A'), String.format(Locale.ROOT,
                "%s: %.0f mm of precipitation (%s) against 2.0 × (%.1f °C + 7) cm", dry ? "dry" : "moist", precipitationMm, from,
                annualMeanC));
    }

    /** The marine zone's temperature criteria on monthly means (°C). */
    static boolean marineByTemperature(double[] monthMean) {
        double coldest = Double.POSITIVE_INFINITY;
        double warmest = Double.NEGATIVE_INFINITY;
        int above10 = 0;
        for (double mean : monthMean) {
            if (Double.isNaN(mean)) {
                continue;
            }
            coldest = Math.min(coldest, mean);
            warmest = Math.max(warmest, mean);
            above10 += mean > 10 ? 1 : 0;
        }
        return coldest > -3 && coldest < 18 && warmest < 22 && above10 >= 4;
    }

    /**
     * The marine zone's dry summer: the wettest month of the cold season (October to March north of
     * the equator, April to September south of it) has at least three times the precipitation of
     * the driest month of the rest of the year.
     */
    static boolean drySummer(double[] monthlyMm, boolean north) {
        double wettestCold = 0;
        double driestWarm = Double.POSITIVE_INFINITY;
        for (int m = 0; m < 12; m++) {
            if (COLD_SEASON_NORTH.contains(m) == north) {
                wettestCold = Math.max(wettestCold, monthlyMm[m]);
            } else {
                driestWarm = Math.min(driestWarm, monthlyMm[m]);
            }
        }
        return wettestCold >= 3 * driestWarm;
    }

    private static Map<String, PublishedZone> loadPublished() {
        Map<String, PublishedZone> out = new HashMap<>();
        for (String[] f : CsvFields.resourceTable(ClimateZone.class, "climate-zones.csv")) {
            out.put(f[0], new PublishedZone(f[1], f[2], f[3]));
        }
        return Map.copyOf(out);
    }

    static int thermalZone(double cdd10, double hdd18) {
        if (cdd10 > 6000) {
            return 0;
        }
        if (cdd10 > 5000) {
            return 1;
        }
        if (cdd10 > 3500) {
            return 2;
        }
        if (hdd18 <= 2000) {
            return 3;
        }
        if (hdd18 <= 3000) {
            return 4;
        }
        if (hdd18 <= 4000) {
            return 5;
        }
        if (hdd18 <= 5000) {
            return 6;
        }
        return hdd18 <= 7000 ? 7 : 8;
    }
}
