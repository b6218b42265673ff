package org.aidcsim.cooling;

/**
 * The air side of a hall: CRAH fans push supply air at {@code supplyAirTempC} through the racks,
 * it returns {@code crahAirDeltaTK} warmer, and a chilled-water coil (or, with an airside
 * economizer, outdoor air) removes the heat. Outdoor air may be used while its dew point lies in
 * the allowed band (ASHRAE TC 9.9 recommended: −9 °C to 15 °C dew point).
 *
 * @param crahFans CRAH fans, sized on the air path's design heat
 * @param chilledWater chilled-water loop feeding the coils
 * @param supplyAirTempC air supplied to the IT inlets (°C)
 * @param returnAirTempC air returning from the hot aisle (°C)
 * @param airsideEconomizer whether outdoor air may cool the hall directly
 * @param minDewPointC lowest outdoor dew point admitted (°C)
 * @param maxDewPointC highest outdoor dew point admitted (°C)
 */
public record AirPath(AffinityMover crahFans, HeatRejectionLoop chilledWater, double supplyAirTempC, double returnAirTempC,
        boolean airsideEconomizer, double minDewPointC, double maxDewPointC) {
    public AirPath {
        if (!(returnAirTempC > supplyAirTempC)) {
            throw new IllegalArgumentException("return air must be warmer than supply air");
        }
    }

    /** Share of the air heat outdoor air can remove now, in [0, 1]: by mixing below supply air, partly up to return air. */
    public double airsideFraction(double dryBulbC, double dewPointC) {
        if (!airsideEconomizer || dewPointC > maxDewPointC || dewPointC < minDewPointC) {
            return 0.0;
        }
        if (dryBulbC <= supplyAirTempC) {
            return 1.0;
        }
        if (dryBulbC >= returnAirTempC) {
            return 0.0;
        }
        return (returnAirTempC - dryBulbC) / (returnAirTempC - supplyAirTempC);
    }
}
