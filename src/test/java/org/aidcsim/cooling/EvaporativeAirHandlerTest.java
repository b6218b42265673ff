package org.aidcsim.cooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aidcsim.weather.Psychrometrics;
import org.junit.jupiter.api.Test;

/**
 * The evaporative air handlers' equations by hand: psychrometric limits (no direct or indirect
 * supply below the outdoor wet bulb, no dew-point supply below the dew point), the direct cooler's
 * constant-enthalpy process, the ASHRAE class's humidity limits, and the water balance
 * (make-up = evaporation + blow-down, blow-down = evaporation / (C − 1): DOE FEMP Best Management
 * Practice 10).
 */
class EvaporativeAirHandlerTest {
    private static final double P = 101_325.0;

    private static EvaporativeAirHandler handler(AirHandler kind, double effectiveness, AirClass airClass) {
        AffinityMover fans = kind == AirHandler.DIRECT_EVAPORATIVE ? null : new AffinityMover(1e6, 1e4, 0.2);
        return new EvaporativeAirHandler("e", kind, effectiveness, 24.0, 36.0, airClass, 3.0, P, fans);
    }

    /** Every outdoor state of a grid: dry bulb −20..48 °C, dew point up to the dry bulb. */
    private interface State {
        void check(double dryBulbC, double wetBulbC, double dewPointC);
    }

    private static void grid(State s) {
        for (double db = -20; db <= 48; db += 2) {
            for (double dp = -30; dp <= db && dp <= 30; dp += 3) {
                s.check(db, Psychrometrics.wetBulbFromDewPointC(db, dp, P), dp);
            }
        }
    }

    @Test
    void noDirectOrIndirectSupplyBelowTheWetBulbAndNoDewPointSupplyBelowTheDewPoint() {
        for (double eps : new double[] {0.5, 0.71, 0.9, 1.0}) {
            EvaporativeAirHandler direct = handler(AirHandler.DIRECT_EVAPORATIVE, eps, AirClass.A4);
            EvaporativeAirHandler indirect = handler(AirHandler.INDIRECT_EVAPORATIVE, eps, AirClass.A4);
            EvaporativeAirHandler dewPoint = handler(AirHandler.DEW_POINT_EVAPORATIVE, eps, AirClass.A4);
            grid((db, wb, dp) -> {
                assertTrue(direct.supply(db, wb, dp).airC() >= wb - 1e-9, "direct at " + db + "/" + wb);
                assertTrue(indirect.supply(db, wb, dp).airC() >= wb - 1e-9, "indirect at " + db + "/" + wb);
                assertTrue(dewPoint.supply(db, wb, dp).airC() >= dp - 1e-9, "dew point at " + db + "/" + dp);
            });
        }
    }

    @Test
    void directCoolingFollowsTheSaturationEffectivenessByAdiabaticSaturation() {
        // Tucson afternoon: 40 °C dry bulb, 5 °C dew point; ε = 0.71 (EnergyPlus CELdek 150 mm at 2 m/s)
        double db = 40;
        double dp = 5;
        double wb = Psychrometrics.wetBulbFromDewPointC(db, dp, P);
        EvaporativeAirHandler direct = handler(AirHandler.DIRECT_EVAPORATIVE, 0.71, AirClass.A2);
        EvaporativeAirHandler.Supply s = direct.supply(db, wb, dp);
        assertEquals(db - 0.71 * (db - wb), s.airC(), 1e-9, "leaves at DB − ε(DB − WB)");
        double wIn = Psychrometrics.humidityRatioFromDewPoint(dp, P);
        double wOut = wIn + s.evaporatedKgPerKgAir();
        assertEquals(Psychrometrics.enthalpyJPerKg(s.airC(), wOut), Psychrometrics.enthalpyJPerKg(db, wIn)
                + s.evaporatedKgPerKgAir() * 4186 * s.airC(), 1e-6, "adiabatic: air out = air in + the liquid water it took "
                + "(ASHRAE 2017 ch. 1 eq. 30, liquid water 4.186 kJ/(kg·K))");
        // wetted to its wet bulb, air holds what saturated air holds there (ASHRAE 2017 ch. 1 eq. 33)
        assertEquals(Psychrometrics.saturationHumidityRatio(wb, P), EvaporativeAirHandler.humidityRatioAt(db, wIn, wb),
                1e-6 * Psychrometrics.saturationHumidityRatio(wb, P), "to the wet bulb's own bisection tolerance");
        assertEquals((s.airC() - 24) / 12, s.trimShare(), 1e-12, "the coils trim from the handler's supply down to 24 °C");
    }

    @Test
    void directSupplyStaysInsideTheClassHumidityEnvelope() {
        for (AirClass c : AirClass.values()) {
            EvaporativeAirHandler direct = handler(AirHandler.DIRECT_EVAPORATIVE, 0.95, c);
            grid((db, wb, dp) -> {
                EvaporativeAirHandler.Supply s = direct.supply(db, wb, dp);
                if (s.outdoorAirShare() > 0) {
                    double w = Psychrometrics.humidityRatioFromDewPoint(dp, P) + (db > 24 ? s.evaporatedKgPerKgAir() : 0);
                    double vapourPa = w * P / (0.621945 + w);
                    double supplyDewPointC = Psychrometrics.dewPointFromVapourPressureC(vapourPa);
                    assertTrue(supplyDewPointC <= c.allowableMaxDewPointC() + 1e-4, c + " dew point at " + db + "/" + dp);
                    assertTrue(vapourPa / Psychrometrics.saturationPressurePa(s.airC()) <= c.allowableMaxRelativeHumidity() + 1e-4,
                            c + " RH at " + db + "/" + dp);
                }
                if (dp > c.allowableMaxDewPointC() + 1e-9) {
                    assertEquals(0.0, s.outdoorAirShare(), c + ": outdoor air wetter than the class is shut out");
                    assertEquals(1.0, s.trimShare(), 1e-12);
                }
            });
        }
    }

    @Test
    void coldDryOutdoorAirIsMixedAndHumidifiedToTheClassDewPoint() {
        EvaporativeAirHandler direct = handler(AirHandler.DIRECT_EVAPORATIVE, 0.71, AirClass.A1);
        EvaporativeAirHandler.Supply s = direct.supply(0.0, -8.0, -20.0);
        assertEquals(12.0 / 36.0, s.outdoorAirShare(), 1e-12, "mixing: (return − supply) / (return − outdoor)");
        assertEquals(0.0, s.trimShare());
        double expected = s.outdoorAirShare() * (Psychrometrics.humidityRatioFromDewPoint(-12, P)
                - Psychrometrics.humidityRatioFromDewPoint(-20, P));
        assertEquals(expected, s.evaporatedKgPerKgAir(), 1e-15, "humidified from −20 °C to the A1 minimum of −12 °C dew point");
    }

    @Test
    void indirectCoolersUseTheWetBulbOrTheDewPointAndAddNoWaterWhileDry() {
        EvaporativeAirHandler indirect = handler(AirHandler.INDIRECT_EVAPORATIVE, 0.65, AirClass.A1);
        EvaporativeAirHandler.Supply hot = indirect.supply(38, 22, 17);
        assertEquals(36 - 0.65 * (36 - 22), hot.airC(), 1e-12);
        assertEquals(0.0, hot.outdoorAirShare(), "indirect: no outdoor air in the hall");
        // 38 °C outdoors: dry, the exchanger would heat the hall's air (36 − 0.65 × (36 − 38) = 37.3 °C); all its cooling is the water's
        assertEquals(1006 * (36 - hot.airC()) / EvaporativeAirHandler.latentHeatJPerKg(22), hot.evaporatedKgPerKgAir(), 1e-15);
        // 22 °C outdoors: dry it would give 27.7 °C; wetted it reaches the 24 °C supply; the water owes the last 3.7 K only
        EvaporativeAirHandler.Supply mild = indirect.supply(22, 15, 11);
        assertEquals(24.0, mild.airC(), 1e-12);
        assertEquals(1006 * (36 - 0.65 * 14 - 24) / EvaporativeAirHandler.latentHeatJPerKg(15), mild.evaporatedKgPerKgAir(), 1e-15);
        EvaporativeAirHandler.Supply cool = indirect.supply(10, 6, 2);
        assertEquals(0.0, cool.evaporatedKgPerKgAir(), "dry plate exchanger carries it: return − ε(return − DB) ≤ supply");
        assertEquals(0.0, cool.trimShare());
        EvaporativeAirHandler dewPoint = handler(AirHandler.DEW_POINT_EVAPORATIVE, 0.76, AirClass.A1);
        assertEquals(24.0, dewPoint.supply(38, 22, 17).airC(), 1e-12, "36 − 0.76 × (36 − 17) is below the supply: modulated to it");
        assertEquals(0.0, dewPoint.supply(38, 22, 17).trimShare());
        double humidWetBulb = Psychrometrics.wetBulbFromDewPointC(38, 23, P);
        assertEquals(36 - 0.76 * (36 - 23), dewPoint.supply(38, humidWetBulb, 23).airC(), 1e-12);
    }

    @Test
    void makeUpWaterIsEvaporationPlusBlowDown() {
        EvaporativeAirHandler direct = handler(AirHandler.DIRECT_EVAPORATIVE, 0.71, AirClass.A2);
        PlantComponent.Outdoor o = new PlantComponent.Outdoor();
        o.dryBulbC = 35;
        o.dewPointC = 8;
        o.wetBulbC = Psychrometrics.wetBulbFromDewPointC(35, 8, P);
        double[] v = new double[4];
        double heatW = 1e6;
        double passed = direct.step(heatW, o, v, 0);
        EvaporativeAirHandler.Supply s = direct.supply(o.dryBulbC, o.wetBulbC, o.dewPointC);
        double airKgPerS = heatW / (1006 * 12);
        double evaporation = airKgPerS * s.evaporatedKgPerKgAir();
        assertEquals(evaporation * 3 / 2, v[EvaporativeAirHandler.WATER], 1e-12, "C = 3: make-up = 1.5 × evaporation");
        assertEquals(evaporation / 2, v[EvaporativeAirHandler.WATER] - evaporation, 1e-12, "blow-down = evaporation / (C − 1)");
        assertEquals(heatW, passed + v[EvaporativeAirHandler.REJECTED], 1e-6, "heat in = heat trimmed + heat sent outdoors");
    }
}
