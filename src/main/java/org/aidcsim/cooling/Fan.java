package org.aidcsim.cooling;

import java.util.List;

/**
 * Fans that move the heat they are given (CRAH or air-handler fans): their work becomes heat in
 * the air they move, so it is passed on with the heat. Speed follows the heat (constant air ΔT),
 * down to the fans' own minimum speed (see {@link AffinityMover}).
 *
 * @param name the component's name in its plant
 * @param mover the fans, sized on the heat at design
 */
public record Fan(String name, AffinityMover mover) implements PlantComponent {
    private static final List<PlantFigure> FIGURES = List.of(PlantFigure.FAN_W);

    @Override
    public String type() {
        return "fan";
    }

    @Override
    public List<PlantFigure> figures() {
        return FIGURES;
    }

    @Override
    public double step(double heatInW, Outdoor outdoor, double[] out, int at) {
        double fanW = mover.powerW(heatInW);
        out[at] = fanW;
        return heatInW + fanW;
    }

    @Override
    public double designHeatOutW(double designHeatInW) {
        return designHeatInW + mover.designPowerW();
    }

    @Override
    public double designPowerW() {
        return mover.designPowerW();
    }
}
