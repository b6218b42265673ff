package org.aidcsim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Against ASHRAE Handbook — Fundamentals 2017, ch. 1, and ASHRAE climatic design data. */
class PsychrometricsTest {
    @Test
    void saturationPressureMatchesAshraeTable3() {
        // ASHRAE 2017 ch. 1 Table 3 (Hyland-Wexler within 300 ppm).
        assertEquals(103.24, Psychrometrics.saturationPressurePa(-20), 103.24 * 3e-4);
        assertEquals(401.74, Psychrometrics.saturationPressurePa(-5), 401.74 * 3e-4);
        assertEquals(872.6, Psychrometrics.saturationPressurePa(5), 872.6 * 3e-4);
        assertEquals(3169.7, Psychrometrics.saturationPressurePa(25), 3169.7 * 3e-4);
        assertEquals(12351.3, Psychrometrics.saturationPressurePa(50), 12351.3 * 3e-4);
    }

    @Test
    void ashraeExampleOneAtSeaLevel() {
        // ASHRAE 2017 ch. 1 Example 1: 40 °C dry bulb, 20 °C wet bulb, 101.325 kPa -> W 0.0065, RH 14 %, h 56.7 kJ/kg.
        double w = Psychrometrics.humidityRatioFromWetBulb(40, 20, 101_325);
        assertEquals(0.0065, w, 0.0001);
        assertEquals(56_700, Psychrometrics.enthalpyJPerKg(40, w), 150);
        double dewPoint = Psychrometrics.dewPointFromVapourPressureC(w * 101_325 / (0.621945 + w));
        assertEquals(0.14, Psychrometrics.relativeHumidity(40, dewPoint), 0.01);
        // And back: the wet bulb from that state within 0.3 K (the tolerance), here much closer.
        assertEquals(20.0, Psychrometrics.wetBulbC(40, w, 101_325), 0.01);
        assertEquals(20.0, Psychrometrics.wetBulbFromDewPointC(40, dewPoint, 101_325), 0.05);
    }

    @Test
    void wetBulbAt1650MetresUsesStationPressure() {
        // Standard atmosphere (ASHRAE 2017 ch. 1 eq. 3; Table 1 gives 89.875 kPa at 1000 m): 83.0 kPa at 1650 m,
        // the pressure ASHRAE's climatic design data use for Denver (its TMY3 station pressure averages 83.5 kPa).
        assertEquals(89_875, Psychrometrics.standardPressurePa(1000), 1);
        double p = Psychrometrics.standardPressurePa(1650);
        assertEquals(83_011, p, 50);
        // ASHRAE 2009 climatic design data for Denver (in the EPW header of weather/USA_CO_Denver...): the 0.4 %
        // dehumidification design dew point 16.0 °C holds 14.0 g/kg at Denver's pressure (11.4 g/kg at sea level).
        assertEquals(0.0140, Psychrometrics.humidityRatioFromDewPoint(16.0, p), 0.0001);
        // PsychroLib's ASHRAE-equation test vector at 95 461 Pa (500 m): 30 °C / 25 °C wet bulb -> W 0.0192281.
        assertEquals(0.0192281274, Psychrometrics.humidityRatioFromWetBulb(30, 25, 95_461), 0.0192281274 * 3e-4);
        assertEquals(25.0, Psychrometrics.wetBulbC(30, 0.0192281274, 95_461), 0.01);
        // WMO Guide No. 8 (2018), Annex 4.B, ventilated psychrometer: e = e_w(Tw) - 6.53e-4 (1 + 0.000944 Tw) p (T - Tw).
        // An independent formula; thermodynamic and psychrometric wet bulb agree within 0.3 K.
        for (double[] state : new double[][] {{30, 10}, {25, 15}, {35, 5}, {20, -5}}) {
            double t = state[0];
            double dewPoint = state[1];
            double twb = Psychrometrics.wetBulbFromDewPointC(t, dewPoint, p);
            double e = Psychrometrics.saturationPressurePa(dewPoint);
            double wmo = wmoWetBulb(t, e, p);
            assertEquals(wmo, twb, 0.3, "wet bulb at 1650 m for " + t + " °C, dew point " + dewPoint + " °C");
        }
        // At altitude the same air has a lower wet bulb than at sea level.
        double seaLevel = Psychrometrics.wetBulbFromDewPointC(30, 10, 101_325);
        double denver = Psychrometrics.wetBulbFromDewPointC(30, 10, p);
        assertEquals(true, denver < seaLevel - 0.3, "sea level " + seaLevel + " vs Denver " + denver);
    }

    private static double wmoWetBulb(double t, double vapourPa, double p) {
        double lo = -40;
        double hi = t;
        for (int i = 0; i < 100; i++) {
            double tw = 0.5 * (lo + hi);
            double e = Psychrometrics.saturationPressurePa(tw) - 6.53e-4 * (1 + 0.000944 * tw) * p * (t - tw);
            if (e > vapourPa) {
                hi = tw;
            } else {
                lo = tw;
            }
        }
        return 0.5 * (lo + hi);
    }

    @Test
    void weatherSeriesCarriesWetBulbAtItsOwnPressure() throws Exception {
        WeatherSeries denver = EpwReader.read(Path.of("weather/USA_CO_Denver.Intl.AP.725650_TMY3.epw")).series();
        for (int i = 0; i < denver.hours(); i += 97) {
            double expected = Psychrometrics.wetBulbFromDewPointC(denver.dryBulbC(i), denver.dewPointC(i), denver.pressurePa(i));
            assertEquals(expected, denver.wetBulbC(i), 1e-9);
        }
    }
}
