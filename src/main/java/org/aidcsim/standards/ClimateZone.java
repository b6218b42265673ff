package org.aidcsim.standards;

import java.util.Locale;
import java.util.Optional;
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
 * warmest month's below 22 °C and at least four months average above 10 °C (the fourth criterion,
 * a dry summer, needs monthly precipitation and is not checked); otherwise dry (B) where the annual
 * precipitation P (cm) &lt; 2.0 × (T + 7), T the annual mean (°C); otherwise moist (A).</li>
 * </ul>
 * EPW files from TMY3 carry no precipitation, so the letter of a non-marine site needs the annual
 * precipitation (or the letter itself) from the file.
 *
 * @param cdd10 cooling degree-days base 10 °C (K·day)
 * @param hdd18 heating degree-days base 18 °C (K·day)
 * @param thermalZone 0-8
 * @param moisture A, B or C; empty when it cannot be told
 * @param moistureBasis how the letter was found
 */
public record ClimateZone(double cdd10, double hdd18, int thermalZone, Optional<Character> moisture, String moistureBasis) {
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** "5A", or "5" followed by a note when the letter is unknown. */
    public String label() {
        return thermalZone + moisture.map(String::valueOf).orElse("");
    }

    /**
     * @param w a year of hourly weather (8760 hours)
     * @param precipitationMm annual precipitation (mm), when known
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
        double coldest = Double.POSITIVE_INFINITY;
        double warmest = Double.NEGATIVE_INFINITY;
        int above10 = 0;
        for (int m = 0; m < 12; m++) {
            if (monthDays[m] == 0) {
                continue;
            }
            double mean = monthSum[m] / monthDays[m];
            coldest = Math.min(coldest, mean);
            warmest = Math.max(warmest, mean);
            above10 += mean > 10 ? 1 : 0;
        }
        if (coldest > -3 && coldest < 18 && warmest < 22 && above10 >= 4) {
            return new ClimateZone(cdd, hdd, zone, Optional.of('C'),
                    "marine by its monthly temperatures (the dry-summer criterion needs precipitation and is not checked)");
        }
        if (precipitationMm.isPresent()) {
            double annualMeanC = yearSum / days;
            boolean dry = precipitationMm.get() / 10 < 2.0 * (annualMeanC + 7);
            return new ClimateZone(cdd, hdd, zone, Optional.of(dry ? 'B' : 'A'), String.format(Locale.ROOT,
                    "%s: %.0f mm of precipitation against 2.0 × (%.1f °C + 7) cm", dry ? "dry" : "moist", precipitationMm.get(),
                    annualMeanC));
        }
        return new ClimateZone(cdd, hdd, zone, Optional.empty(), "A (moist) or B (dry): the weather file has no precipitation; "
                + "give standards.annual_precipitation_mm or standards.climate_moisture");
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
