package org.aidcsim.cooling;

import java.util.List;

/**
 * A heat user on a water loop's return (see {@link HeatReuse}): what it takes leaves the site and
 * the rest goes on to the heat rejection.
 *
 * @param name the component's name in its plant
 * @param reuse the user and its heat pump
 */
public record HeatReuseUnit(String name, HeatReuse reuse) implements PlantComponent {
    private static final List<PlantFigure> FIGURES = List.of(PlantFigure.HEAT_EXPORTED_W, PlantFigure.HEAT_DELIVERED_W,
            PlantFigure.HEAT_PUMP_W);

    @Override
    public String type() {
        return "heat_reuse";
    }

    @Override
    public List<PlantFigure> figures() {
        return FIGURES;
    }

    @Override
    public double step(double heatInW, Outdoor outdoor, double[] out, int at) {
        reuse.step(heatInW, outdoor.dryBulbC, out, at);
        return heatInW - out[at];
    }

    /** {@inheritDoc} The heat rejection is sized as if the user took nothing: it may not. */
    @Override
    public double designHeatOutW(double designHeatInW) {
        return designHeatInW;
    }

    /** {@inheritDoc} The heat pump is the user's, outside the facility. */
    @Override
    public double designPowerW() {
        return 0.0;
    }
}
