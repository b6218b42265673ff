package org.aidcsim.backup;

import java.util.OptionalDouble;
import org.aidcsim.units.Named;
import org.aidcsim.units.Units;

/**
 * Diesel generator sets as designed, in SI.
 *
 * @param units sets installed
 * @param unitRatingW electrical rating of one set (W)
 * @param startDelayS start request to online (s)
 * @param loadStepFraction share of online capacity accepted per load step, in (0, 1]
 * @param loadStepIntervalS time between load steps (s)
 * @param rampWPerS largest output increase of the plant per second (W/s); none when empty
 * @param tankHoursAtFullLoad fuel in each set's tank, in hours at full load (h)
 */
public record GeneratorParams(int units, double unitRatingW, double startDelayS, double loadStepFraction, double loadStepIntervalS,
        OptionalDouble rampWPerS, double tankHoursAtFullLoad) {

    /** The fuel curve every set follows: Cummins QSK60-G4 (see {@link FuelCurve#QSK60}). */
    public static final FuelCurve FUEL = FuelCurve.QSK60;

    /** Installed capacity (W). */
    public double capacityW() {
        return units * unitRatingW;
    }

    /** The plant, tanks full, with {@code failToStart} sets that will not start on demand. */
    public GeneratorPlant plant(int failToStart) {
        double tankL = tankHoursAtFullLoad * FUEL.litresPerSecond(unitRatingW, unitRatingW) * Units.SECONDS_PER_HOUR;
        return new GeneratorPlant(units, unitRatingW, startDelayS, loadStepFraction, loadStepIntervalS,
                rampWPerS.orElse(Double.POSITIVE_INFINITY), FUEL, tankL, failToStart);
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GeneratorParams} field by field. */
    public static final class Builder {
        private Integer units;
        private Double unitRatingW;
        private Double startDelayS;
        private Double loadStepFraction;
        private Double loadStepIntervalS;
        private OptionalDouble rampWPerS = OptionalDouble.empty();
        private Double tankHoursAtFullLoad;

        private Builder() {
        }

        public Builder units(int value) { units = value; return this; }
        public Builder unitRatingW(double value) { unitRatingW = value; return this; }
        public Builder startDelayS(double value) { startDelayS = value; return this; }
        public Builder loadStepFraction(double value) { loadStepFraction = value; return this; }
        public Builder loadStepIntervalS(double value) { loadStepIntervalS = value; return this; }
        public Builder rampWPerS(OptionalDouble value) { rampWPerS = value; return this; }
        public Builder tankHoursAtFullLoad(double value) { tankHoursAtFullLoad = value; return this; }

        public GeneratorParams build() {
            Named.require("units", units != null);
            Named.require("unitRatingW", unitRatingW != null);
            Named.require("startDelayS", startDelayS != null);
            Named.require("loadStepFraction", loadStepFraction != null);
            Named.require("loadStepIntervalS", loadStepIntervalS != null);
            Named.require("tankHoursAtFullLoad", tankHoursAtFullLoad != null);
            return new GeneratorParams(units, unitRatingW, startDelayS, loadStepFraction, loadStepIntervalS, rampWPerS,
                    tankHoursAtFullLoad);
        }
    }
}
