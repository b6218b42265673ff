package org.aidcsim.backup;

import java.util.Optional;
import org.aidcsim.units.Named;

/**
 * A supercapacitor bank as designed, in SI: cells, strings, the usable voltage window and the
 * converter to the bus.
 *
 * @param cellCapacitanceF capacitance of one cell (F)
 * @param cellRatedVoltageV rated voltage of one cell (V)
 * @param cellEsrOhm series resistance of one cell (Ω)
 * @param series cells in series per string
 * @param parallel strings in parallel
 * @param maxCellVoltageV top of the window per cell (V); the rating when empty
 * @param minCellVoltageV bottom of the window per cell (V); half the top when empty
 * @param converterEfficiency DC/DC efficiency each way, in (0, 1]
 * @param converterRatingW converter power limit at the bus (W)
 */
public record SupercapParams(double cellCapacitanceF, double cellRatedVoltageV, double cellEsrOhm, int series, int parallel,
        Optional<Double> maxCellVoltageV, Optional<Double> minCellVoltageV, double converterEfficiency, double converterRatingW) {

    /** Top of the usable window per cell (V). */
    public double windowTopV() {
        return maxCellVoltageV.orElse(cellRatedVoltageV);
    }

    /**
     * Bottom of the usable window per cell (V): half the top by default, the usual design point of
     * supercapacitor banks, which leaves 1 − (½)² = 75 % of ½CV² usable.
     */
    public double windowBottomV() {
        return minCellVoltageV.orElse(windowTopV() / 2);
    }

    /** True when the window lies inside the cell rating and is not upside down. */
    public boolean windowValid() {
        return windowTopV() <= cellRatedVoltageV && windowBottomV() < windowTopV();
    }

    /** The bank, fully charged. */
    public SupercapBank bank() {
        if (!windowValid()) {
            throw new IllegalArgumentException("supercapacitor window " + windowBottomV() + "-" + windowTopV()
                    + " V does not fit a " + cellRatedVoltageV + " V cell");
        }
        return new SupercapBank(cellCapacitanceF, cellEsrOhm, series, parallel, windowTopV(), windowBottomV(), converterEfficiency,
                converterRatingW);
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SupercapParams} field by field. */
    public static final class Builder {
        private Double cellCapacitanceF;
        private Double cellRatedVoltageV;
        private Double cellEsrOhm;
        private Integer series;
        private Integer parallel;
        private Optional<Double> maxCellVoltageV = Optional.empty();
        private Optional<Double> minCellVoltageV = Optional.empty();
        private Double converterEfficiency;
        private Double converterRatingW;

        private Builder() {
        }

        public Builder cellCapacitanceF(double value) { cellCapacitanceF = value; return this; }
        public Builder cellRatedVoltageV(double value) { cellRatedVoltageV = value; return this; }
        public Builder cellEsrOhm(double value) { cellEsrOhm = value; return this; }
        public Builder series(int value) { series = value; return this; }
        public Builder parallel(int value) { parallel = value; return this; }
        public Builder maxCellVoltageV(Optional<Double> value) { maxCellVoltageV = value; return this; }
        public Builder minCellVoltageV(Optional<Double> value) { minCellVoltageV = value; return this; }
        public Builder converterEfficiency(double value) { converterEfficiency = value; return this; }
        public Builder converterRatingW(double value) { converterRatingW = value; return this; }

        public SupercapParams build() {
            Named.require("cellCapacitanceF", cellCapacitanceF != null);
            Named.require("cellRatedVoltageV", cellRatedVoltageV != null);
            Named.require("cellEsrOhm", cellEsrOhm != null);
            Named.require("series", series != null);
            Named.require("parallel", parallel != null);
            Named.require("converterEfficiency", converterEfficiency != null);
            Named.require("converterRatingW", converterRatingW != null);
            return new SupercapParams(cellCapacitanceF, cellRatedVoltageV, cellEsrOhm, series, parallel, maxCellVoltageV,
                    minCellVoltageV, converterEfficiency, converterRatingW);
        }
    }
}
