package org.aidcsim.weather;

import java.util.Optional;

/**
 * Where a weather file was recorded, as its header says, and its precipitation when the file holds
 * a whole year of it.
 *
 * @param country the header's country field (EPW: an ISO 3166 alpha-3 code for most data sets, "USA", "CHN")
 * @param region the header's state or province field ("IL", "Guangdong")
 * @param wmo the station's WMO number
 * @param latitudeDeg the station's latitude (°, north positive); NaN when not known
 * @param monthlyPrecipitationMm liquid precipitation of each month (mm), only when every hour of the
 *        year has a value (TMY3 files mostly carry the missing code 999, CSWD files none)
 */
public record Station(Optional<String> country, Optional<String> region, Optional<String> wmo, double latitudeDeg,
        Optional<double[]> monthlyPrecipitationMm) {
    public Station {
        monthlyPrecipitationMm = monthlyPrecipitationMm.map(double[]::clone);
    }

    /** A constant climate or a file without a header worth reading. */
    public static final Station NONE = new Station(Optional.empty(), Optional.empty(), Optional.empty(), Double.NaN,
            Optional.empty());

    @Override
    public Optional<double[]> monthlyPrecipitationMm() {
        return monthlyPrecipitationMm.map(double[]::clone);
    }
}
