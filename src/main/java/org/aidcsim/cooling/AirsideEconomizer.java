package org.aidcsim.cooling;

import java.util.List;

/**
 * Outdoor air let into the hall (airside economizer): while the outdoor dew point lies in the
 * admitted band, air colder than the supply air carries all the air heat outdoors by mixing, air
 * between supply and return a share (return − outdoor) / (return − supply), and the rest goes on to
 * the chilled-water coils. Disabled, it passes everything on.
 *
 * @param name the component's name in its plant
 * @param enabled whether outdoor air may cool the hall
 * @param supplyAirTempC air supplied to the IT inlets (°C)
 * @param returnAirTempC air returning from the hot aisle (°C)
 * @param minDewPointC lowest outdoor dew point admitted (°C)
 * @param maxDewPointC highest outdoor dew point admitted (°C)
 */
public record AirsideEconomizer(String name, boolean enabled, double supplyAirTempC, double returnAirTempC, double minDewPointC,
        double maxDewPointC) implements PlantComponent {
    private static final List<PlantFigure> FIGURES = List.of(PlantFigure.FREE_FRACTION, PlantFigure.HEAT_REJECTED_W);

    public AirsideEconomizer {
        if (!(returnAirTempC > supplyAirTempC)) {
            throw new IllegalArgumentException("return air must be warmer than supply air");
        }
    }

    @Override
    public String type() {
        return "airside_economizer";
    }

    @Override
    public List<PlantFigure> figures() {
        return FIGURES;
    }

    /** Share of the air heat outdoor air can remove now, in [0, 1]. */
    public double fraction(double dryBulbC, double dewPointC) {
        if (!enabled || dewPointC > maxDewPointC || dewPointC < minDewPointC) {
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

    @Override
    public double step(double heatInW, Outdoor outdoor, double[] out, int at) {
        double f = fraction(outdoor.dryBulbC, outdoor.dewPointC);
        double outdoorsW = f * heatInW;
        out[at] = f;
        out[at + 1] = outdoorsW;
        return heatInW - outdoorsW;
    }

    /** {@inheritDoc} The design hour is too warm or too humid for outdoor air: all heat goes on. */
    @Override
    public double designHeatOutW(double designHeatInW) {
        return designHeatInW;
    }

    @Override
    public double designPowerW() {
        return 0.0;
    }
}
