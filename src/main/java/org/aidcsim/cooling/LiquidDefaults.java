package org.aidcsim.cooling;

import org.aidcsim.catalog.Coolant;
import org.aidcsim.units.Named;

/**
 * What a liquid technology's loop looks like when the scenario says nothing more, in SI, each
 * figure with its source. The scenario format shows these as the defaults of {@code cooling.liquid}.
 *
 * @param coolant the fluid at the IT equipment
 * @param captureFraction share of IT heat the liquid takes, in [0, 1]
 * @param captureSource source of the capture fraction
 * @param waterClass the ASHRAE facility-water class the technology is usually built for
 * @param supplyTempC facility-water supply temperature (°C)
 * @param supplySource source of the supply temperature
 * @param loopDeltaTK coolant temperature rise across the IT (K)
 * @param loopDeltaSource source of the rise
 * @param loopPumpHeadPa coolant pump head at design (Pa); 0 for none
 * @param loopHeadSource source of the head
 * @param fluidVolumeM3PerRack coolant inventory per rack, tank or chassis set (m³)
 * @param fluidSource source of the inventory
 * @param removeServerFans whether the servers run without their fans
 */
public record LiquidDefaults(Coolant coolant, double captureFraction, String captureSource, FacilityWaterClass waterClass,
        double supplyTempC, String supplySource, double loopDeltaTK, String loopDeltaSource, double loopPumpHeadPa,
        String loopHeadSource, double fluidVolumeM3PerRack, String fluidSource, boolean removeServerFans) {

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LiquidDefaults} field by field. */
    public static final class Builder {
        private Coolant coolant;
        private Double captureFraction;
        private String captureSource;
        private FacilityWaterClass waterClass;
        private Double supplyTempC;
        private String supplySource;
        private Double loopDeltaTK;
        private String loopDeltaSource;
        private Double loopPumpHeadPa;
        private String loopHeadSource;
        private Double fluidVolumeM3PerRack;
        private String fluidSource;
        private Boolean removeServerFans;

        private Builder() {
        }

        public Builder coolant(Coolant value) { coolant = value; return this; }
        public Builder captureFraction(double value) { captureFraction = value; return this; }
        public Builder captureSource(String value) { captureSource = value; return this; }
        public Builder waterClass(FacilityWaterClass value) { waterClass = value; return this; }
        public Builder supplyTempC(double value) { supplyTempC = value; return this; }
        public Builder supplySource(String value) { supplySource = value; return this; }
        public Builder loopDeltaTK(double value) { loopDeltaTK = value; return this; }
        public Builder loopDeltaSource(String value) { loopDeltaSource = value; return this; }
        public Builder loopPumpHeadPa(double value) { loopPumpHeadPa = value; return this; }
        public Builder loopHeadSource(String value) { loopHeadSource = value; return this; }
        public Builder fluidVolumeM3PerRack(double value) { fluidVolumeM3PerRack = value; return this; }
        public Builder fluidSource(String value) { fluidSource = value; return this; }
        public Builder removeServerFans(boolean value) { removeServerFans = value; return this; }

        public LiquidDefaults build() {
            Named.require("coolant", coolant != null);
            Named.require("captureFraction", captureFraction != null);
            Named.require("captureSource", captureSource != null);
            Named.require("waterClass", waterClass != null);
            Named.require("supplyTempC", supplyTempC != null);
            Named.require("supplySource", supplySource != null);
            Named.require("loopDeltaTK", loopDeltaTK != null);
            Named.require("loopDeltaSource", loopDeltaSource != null);
            Named.require("loopPumpHeadPa", loopPumpHeadPa != null);
            Named.require("loopHeadSource", loopHeadSource != null);
            Named.require("fluidVolumeM3PerRack", fluidVolumeM3PerRack != null);
            Named.require("fluidSource", fluidSource != null);
            Named.require("removeServerFans", removeServerFans != null);
            return new LiquidDefaults(coolant, captureFraction, captureSource, waterClass, supplyTempC, supplySource,
                    loopDeltaTK, loopDeltaSource, loopPumpHeadPa, loopHeadSource, fluidVolumeM3PerRack, fluidSource,
                    removeServerFans);
        }
    }
}
