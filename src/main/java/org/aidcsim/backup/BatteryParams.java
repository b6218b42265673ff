package org.aidcsim.backup;

import java.util.Optional;
import org.aidcsim.units.Named;
import org.aidcsim.units.Units;

/**
 * A battery as designed, in SI. What the file leaves out comes from the chemistry's defaults.
 *
 * @param chemistry cell chemistry
 * @param energyJ nominal energy (J)
 * @param maxDischargeCRate highest discharge power / nominal energy per hour (1/h)
 * @param maxChargeCRate highest recharge power / nominal energy per hour (1/h)
 * @param floorSoc state of charge at which discharge stops, in [0, 1)
 * @param initialSoc state of charge at the start, in [0, 1]
 * @param responseS time from a utility loss until the battery carries load (s)
 * @param peukertReferenceHours discharge time at which the energy is rated (h)
 * @param peukertExponent Peukert exponent; the chemistry's when empty
 * @param chargeEfficiency energy stored / energy taken; the chemistry's when empty
 * @param dischargeEfficiency energy delivered / energy drawn; the charge efficiency's when empty
 * @param floatLossFraction float losses / power rating; the chemistry's when empty
 */
public record BatteryParams(Chemistry chemistry, double energyJ, double maxDischargeCRate, double maxChargeCRate, double floorSoc,
        double initialSoc, double responseS, double peukertReferenceHours, Optional<Double> peukertExponent,
        Optional<Double> chargeEfficiency, Optional<Double> dischargeEfficiency, Optional<Double> floatLossFraction) {

    /** Discharge power rating (W): C-rate × energy per hour. */
    public double ratingW() {
        return maxDischargeCRate * energyJ / Units.SECONDS_PER_HOUR;
    }

    /** The battery, chemistry defaults filling what the parameters leave out. */
    public Battery battery() {
        double floatW = floatLossFraction.orElse(chemistry.floatLossFraction()) * ratingW();
        double charge = chargeEfficiency.orElse(chemistry.chargeEfficiency());
        return new Battery(energyJ, charge, dischargeEfficiency.orElse(chargeEfficiency.orElse(chemistry.dischargeEfficiency())),
                peukertExponent.orElse(chemistry.peukertExponent()), peukertReferenceHours, maxDischargeCRate, maxChargeCRate,
                floorSoc, floatW, initialSoc);
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BatteryParams} field by field. */
    public static final class Builder {
        private Chemistry chemistry;
        private Double energyJ;
        private Double maxDischargeCRate;
        private Double maxChargeCRate;
        private Double floorSoc;
        private Double initialSoc;
        private Double responseS;
        private Double peukertReferenceHours;
        private Optional<Double> peukertExponent = Optional.empty();
        private Optional<Double> chargeEfficiency = Optional.empty();
        private Optional<Double> dischargeEfficiency = Optional.empty();
        private Optional<Double> floatLossFraction = Optional.empty();

        private Builder() {
        }

        public Builder chemistry(Chemistry value) { chemistry = value; return this; }
        public Builder energyJ(double value) { energyJ = value; return this; }
        public Builder maxDischargeCRate(double value) { maxDischargeCRate = value; return this; }
        public Builder maxChargeCRate(double value) { maxChargeCRate = value; return this; }
        public Builder floorSoc(double value) { floorSoc = value; return this; }
        public Builder initialSoc(double value) { initialSoc = value; return this; }
        public Builder responseS(double value) { responseS = value; return this; }
        public Builder peukertReferenceHours(double value) { peukertReferenceHours = value; return this; }
        public Builder peukertExponent(Optional<Double> value) { peukertExponent = value; return this; }
        public Builder chargeEfficiency(Optional<Double> value) { chargeEfficiency = value; return this; }
        public Builder dischargeEfficiency(Optional<Double> value) { dischargeEfficiency = value; return this; }
        public Builder floatLossFraction(Optional<Double> value) { floatLossFraction = value; return this; }

        public BatteryParams build() {
            Named.require("chemistry", chemistry != null);
            Named.require("energyJ", energyJ != null);
            Named.require("maxDischargeCRate", maxDischargeCRate != null);
            Named.require("maxChargeCRate", maxChargeCRate != null);
            Named.require("floorSoc", floorSoc != null);
            Named.require("initialSoc", initialSoc != null);
            Named.require("responseS", responseS != null);
            Named.require("peukertReferenceHours", peukertReferenceHours != null);
            return new BatteryParams(chemistry, energyJ, maxDischargeCRate, maxChargeCRate, floorSoc, initialSoc, responseS,
                    peukertReferenceHours, peukertExponent, chargeEfficiency, dischargeEfficiency, floatLossFraction);
        }
    }
}
