package org.aidcsim.availability;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.units.Named;

/**
 * How to estimate a site's availability.
 *
 * @param years years simulated
 * @param seed random seed: the same seed gives the same result
 * @param batteryAutonomyS battery autonomy at design load (s); from the battery when empty
 * @param redundancyGroupUnits largest number of working units in one redundant group
 * @param staticBypass whether a UPS static bypass can feed the load from the source
 * @param generatorFailToStartProbability probability a set fails to start on demand
 * @param components failure data by component type
 */
public record AvailabilityParams(double years, long seed, Optional<Double> batteryAutonomyS, int redundancyGroupUnits,
        boolean staticBypass, double generatorFailToStartProbability, Map<String, FailureData> components) {
    public AvailabilityParams {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AvailabilityParams} field by field. */
    public static final class Builder {
        private Double years;
        private Long seed;
        private Optional<Double> batteryAutonomyS = Optional.empty();
        private Integer redundancyGroupUnits;
        private Boolean staticBypass;
        private Double generatorFailToStartProbability;
        private Map<String, FailureData> components;

        private Builder() {
        }

        public Builder years(double value) { years = value; return this; }
        public Builder seed(long value) { seed = value; return this; }
        public Builder batteryAutonomyS(Optional<Double> value) { batteryAutonomyS = value; return this; }
        public Builder redundancyGroupUnits(int value) { redundancyGroupUnits = value; return this; }
        public Builder staticBypass(boolean value) { staticBypass = value; return this; }
        public Builder generatorFailToStartProbability(double value) { generatorFailToStartProbability = value; return this; }
        public Builder components(Map<String, FailureData> value) { components = value; return this; }

        public AvailabilityParams build() {
            Named.require("years", years != null);
            Named.require("seed", seed != null);
            Named.require("redundancyGroupUnits", redundancyGroupUnits != null);
            Named.require("staticBypass", staticBypass != null);
            Named.require("generatorFailToStartProbability", generatorFailToStartProbability != null);
            Named.require("components", components != null);
            return new AvailabilityParams(years, seed, batteryAutonomyS, redundancyGroupUnits, staticBypass,
                    generatorFailToStartProbability, components);
        }
    }
}
