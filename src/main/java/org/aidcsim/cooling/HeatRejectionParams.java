package org.aidcsim.cooling;

import java.util.Optional;

import org.aidcsim.units.Named;

/**
 * How heat leaves the site, shared by every loop of the plant, in SI.
 *
 * @param coolingTower true for open towers with water-cooled chillers, false for dry coolers with air-cooled chillers
 * @param economizer whether dry coolers or towers carry load when outdoors is cold enough (waterside economizer)
 * @param dryCoolerApproachK dry-cooler leaving water − outdoor dry bulb (K)
 * @param dryCoolerFanWPerW dry-cooler fan power per watt rejected at design (W/W)
 * @param towerApproachK tower leaving water − wet bulb (K)
 * @param towerRangeK condenser-water rise (K)
 * @param towerFanWPerW tower fan power per watt rejected at design (W/W)
 * @param condenserPumpHeadPa condenser-water pump head (Pa)
 * @param hxApproachK plate heat-exchanger approach on the tower free-cooling path (K)
 * @param cyclesOfConcentration tower water cycles of concentration
 * @param chillerCarnotFraction air-cooled chiller COP / Carnot COP
 * @param chillerCondenserApproachK air-cooled condensing − outdoor dry bulb (K)
 * @param waterCooledChillerCarnotFraction water-cooled chiller COP / Carnot COP
 * @param waterCooledCondenserApproachK water-cooled condensing − leaving condenser water (K)
 * @param chillerEvaporatorApproachK leaving chilled water − evaporating (K)
 * @param pumpEfficiency pump wire-to-water efficiency, in (0, 1]
 * @param minSpeedFraction lowest speed of variable-speed fans and pumps, in [0, 1]
 * @param adiabatic the dry coolers' pre-cooling pads; empty for plain dry coolers (and with towers)
 */
public record HeatRejectionParams(boolean coolingTower, boolean economizer, double dryCoolerApproachK, double dryCoolerFanWPerW,
        double towerApproachK, double towerRangeK, double towerFanWPerW, double condenserPumpHeadPa, double hxApproachK,
        double cyclesOfConcentration, double chillerCarnotFraction, double chillerCondenserApproachK,
        double waterCooledChillerCarnotFraction, double waterCooledCondenserApproachK, double chillerEvaporatorApproachK,
        double pumpEfficiency, double minSpeedFraction, Optional<Adiabatic> adiabatic) {

    /**
     * Adiabatic pre-cooling pads on the dry coolers.
     *
     * @param switchOverC dry bulb above which the pads are wetted (°C)
     * @param padEffectiveness their saturation effectiveness, in [0, 1]
     * @param coilAirRiseK air rise across the dry-cooler coil at design (K)
     */
    public record Adiabatic(double switchOverC, double padEffectiveness, double coilAirRiseK) {
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HeatRejectionParams} field by field. */
    public static final class Builder {
        private Boolean coolingTower;
        private Boolean economizer;
        private Double dryCoolerApproachK;
        private Double dryCoolerFanWPerW;
        private Double towerApproachK;
        private Double towerRangeK;
        private Double towerFanWPerW;
        private Double condenserPumpHeadPa;
        private Double hxApproachK;
        private Double cyclesOfConcentration;
        private Double chillerCarnotFraction;
        private Double chillerCondenserApproachK;
        private Double waterCooledChillerCarnotFraction;
        private Double waterCooledCondenserApproachK;
        private Double chillerEvaporatorApproachK;
        private Double pumpEfficiency;
        private Double minSpeedFraction;
        private Optional<Adiabatic> adiabatic = Optional.empty();

        private Builder() {
        }

        public Builder coolingTower(boolean value) { coolingTower = value; return this; }
        public Builder economizer(boolean value) { economizer = value; return this; }
        public Builder dryCoolerApproachK(double value) { dryCoolerApproachK = value; return this; }
        public Builder dryCoolerFanWPerW(double value) { dryCoolerFanWPerW = value; return this; }
        public Builder towerApproachK(double value) { towerApproachK = value; return this; }
        public Builder towerRangeK(double value) { towerRangeK = value; return this; }
        public Builder towerFanWPerW(double value) { towerFanWPerW = value; return this; }
        public Builder condenserPumpHeadPa(double value) { condenserPumpHeadPa = value; return this; }
        public Builder hxApproachK(double value) { hxApproachK = value; return this; }
        public Builder cyclesOfConcentration(double value) { cyclesOfConcentration = value; return this; }
        public Builder chillerCarnotFraction(double value) { chillerCarnotFraction = value; return this; }
        public Builder chillerCondenserApproachK(double value) { chillerCondenserApproachK = value; return this; }
        public Builder waterCooledChillerCarnotFraction(double value) { waterCooledChillerCarnotFraction = value; return this; }
        public Builder waterCooledCondenserApproachK(double value) { waterCooledCondenserApproachK = value; return this; }
        public Builder chillerEvaporatorApproachK(double value) { chillerEvaporatorApproachK = value; return this; }
        public Builder pumpEfficiency(double value) { pumpEfficiency = value; return this; }
        public Builder minSpeedFraction(double value) { minSpeedFraction = value; return this; }
        public Builder adiabatic(Optional<Adiabatic> value) { adiabatic = value; return this; }

        public HeatRejectionParams build() {
            Named.require("coolingTower", coolingTower != null);
            Named.require("economizer", economizer != null);
            Named.require("dryCoolerApproachK", dryCoolerApproachK != null);
            Named.require("dryCoolerFanWPerW", dryCoolerFanWPerW != null);
            Named.require("towerApproachK", towerApproachK != null);
            Named.require("towerRangeK", towerRangeK != null);
            Named.require("towerFanWPerW", towerFanWPerW != null);
            Named.require("condenserPumpHeadPa", condenserPumpHeadPa != null);
            Named.require("hxApproachK", hxApproachK != null);
            Named.require("cyclesOfConcentration", cyclesOfConcentration != null);
            Named.require("chillerCarnotFraction", chillerCarnotFraction != null);
            Named.require("chillerCondenserApproachK", chillerCondenserApproachK != null);
            Named.require("waterCooledChillerCarnotFraction", waterCooledChillerCarnotFraction != null);
            Named.require("waterCooledCondenserApproachK", waterCooledCondenserApproachK != null);
            Named.require("chillerEvaporatorApproachK", chillerEvaporatorApproachK != null);
            Named.require("pumpEfficiency", pumpEfficiency != null);
            Named.require("minSpeedFraction", minSpeedFraction != null);
            return new HeatRejectionParams(coolingTower, economizer, dryCoolerApproachK, dryCoolerFanWPerW, towerApproachK,
                    towerRangeK, towerFanWPerW, condenserPumpHeadPa, hxApproachK, cyclesOfConcentration,
                    chillerCarnotFraction, chillerCondenserApproachK, waterCooledChillerCarnotFraction,
                    waterCooledCondenserApproachK, chillerEvaporatorApproachK, pumpEfficiency, minSpeedFraction, adiabatic);
        }
    }
}
