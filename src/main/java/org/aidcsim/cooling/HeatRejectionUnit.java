package org.aidcsim.cooling;

import java.util.List;

/**
 * The end of a water loop: its economizer path in front of its trim chiller, and the heat
 * rejector both reject through (see {@link HeatRejectionLoop} for the split between them). Every
 * watt it receives and every watt its chiller, fans and pumps draw leave to the outdoors.
 *
 * @param name the component's name in its plant
 * @param loop the loop's temperatures, economizer, chiller and rejector
 */
public record HeatRejectionUnit(String name, HeatRejectionLoop loop) implements PlantComponent {
    /** Where each figure stands. */
    static final int FREE = 0;
    static final int CHILLER_LOAD = 1;
    static final int CHILLER = 2;
    /** The rejector's three figures from here: fans, pumps, water. */
    static final int REJECTOR = 3;
    static final int REJECTED = 6;
    private static final List<PlantFigure> FIGURES = List.of(PlantFigure.FREE_FRACTION, PlantFigure.CHILLER_LOAD_W,
            PlantFigure.CHILLER_W, PlantFigure.FAN_W, PlantFigure.PUMP_W, PlantFigure.WATER_KG_PER_S, PlantFigure.HEAT_REJECTED_W);

    @Override
    public String type() {
        return "heat_rejection";
    }

    @Override
    public List<PlantFigure> figures() {
        return FIGURES;
    }

    @Override
    public double step(double heatInW, Outdoor outdoor, double[] out, int at) {
        double dryBulbC = outdoor.dryBulbC;
        double wetBulbC = outdoor.wetBulbC;
        HeatRejector rejector = loop.rejector();
        double free = loop.freeCoolingFraction(dryBulbC, wetBulbC);
        double freeHeatW = free * heatInW;
        double chillerLoadW = heatInW - freeHeatW;
        double chillerW = chillerLoadW > 0
                ? loop.chiller().powerW(chillerLoadW, loop.supplyTempC(), rejector.chillerSinkC(dryBulbC, wetBulbC)) : 0.0;
        rejector.run(freeHeatW, chillerLoadW + chillerW, free, loop.returnTempC(), dryBulbC, wetBulbC, out, at + REJECTOR);
        out[at + FREE] = free;
        out[at + CHILLER_LOAD] = chillerLoadW;
        out[at + CHILLER] = chillerW;
        out[at + REJECTED] = heatInW + chillerW + out[at + REJECTOR + HeatRejector.FAN] + out[at + REJECTOR + HeatRejector.PUMP];
        return 0.0;
    }

    @Override
    public boolean usesWetBulb() {
        return loop.rejector().usesWetBulb();
    }

    /** {@inheritDoc} Nothing: all of it goes outdoors. */
    @Override
    public double designHeatOutW(double designHeatInW) {
        return 0.0;
    }

    /** {@inheritDoc} Fans and condenser pumps; the chiller's draw depends on the weather. */
    @Override
    public double designPowerW() {
        return loop.rejector().designPowerW();
    }
}
