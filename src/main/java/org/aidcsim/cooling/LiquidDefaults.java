package org.aidcsim.cooling;

import java.util.List;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.units.Named;

/**
 * What a liquid technology's loop looks like when the scenario says nothing more, in SI, each
 * figure with its source. The scenario format shows these as the defaults of {@code cooling.liquid}.
 *
 * @param captureFraction share of IT heat the liquid takes, in [0, 1]
 * @param captureSource source of the capture fraction
 * @param waterClass the ASHRAE facility-water class the technology is usually built for
 * @param supplyTempC facility-water supply temperature (°C)
 * @param supplySource source of the supply temperature
 * @param loopDeltaTK coolant temperature rise across the IT (K)
 * @param loopDeltaSource source of the rise
 * @param fluidVolumeM3PerRack coolant inventory per rack, tank or chassis set (m³)
 * @param fluidSource source of the inventory
 * @param removeServerFans whether the servers run without their fans
 * @param coolants the fluids the technology can use; the first is its default
 * @param branchesPerRack parallel IT branches per rack: trays, chassis or tanks
 * @param branchCurve pressure drop of one branch against flow with water at 25 °C; empty without pumps
 * @param branchSource source of the branch figures
 * @param racksDecideCapture true when the rack's design sets the share of heat to liquid (cold plates on
 *        some components), so that a catalogue system's share replaces {@code captureFraction}
 */
public record LiquidDefaults(double captureFraction, String captureSource, FacilityWaterClass waterClass,
        double supplyTempC, String supplySource, double loopDeltaTK, String loopDeltaSource,
        double fluidVolumeM3PerRack, String fluidSource, boolean removeServerFans,
        List<Coolant> coolants, int branchesPerRack, List<FlowCurve.Point> branchCurve, String branchSource,
        boolean racksDecideCapture) {

    /** The fluid a loop of this technology is filled with unless the file says otherwise. */
    public Coolant coolant() {
        return coolants.get(0);
    }


    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LiquidDefaults} field by field. */
    public static final class Builder {
        private List<Coolant> coolants;
        private Integer branchesPerRack;
        private List<FlowCurve.Point> branchCurve;
        private String branchSource;
        private Double captureFraction;
        private String captureSource;
        private FacilityWaterClass waterClass;
        private Double supplyTempC;
        private String supplySource;
        private Double loopDeltaTK;
        private String loopDeltaSource;
        private Double fluidVolumeM3PerRack;
        private String fluidSource;
        private Boolean removeServerFans;
        private boolean racksDecideCapture;

        private Builder() {
        }

        public Builder coolants(List<Coolant> value) { coolants = value; return this; }
        public Builder branchesPerRack(int value) { branchesPerRack = value; return this; }
        public Builder branchCurve(List<FlowCurve.Point> value) { branchCurve = value; return this; }
        public Builder branchSource(String value) { branchSource = value; return this; }
        public Builder captureFraction(double value) { captureFraction = value; return this; }
        public Builder captureSource(String value) { captureSource = value; return this; }
        public Builder waterClass(FacilityWaterClass value) { waterClass = value; return this; }
        public Builder supplyTempC(double value) { supplyTempC = value; return this; }
        public Builder supplySource(String value) { supplySource = value; return this; }
        public Builder loopDeltaTK(double value) { loopDeltaTK = value; return this; }
        public Builder loopDeltaSource(String value) { loopDeltaSource = value; return this; }
        public Builder fluidVolumeM3PerRack(double value) { fluidVolumeM3PerRack = value; return this; }
        public Builder fluidSource(String value) { fluidSource = value; return this; }
        public Builder removeServerFans(boolean value) { removeServerFans = value; return this; }
        public Builder racksDecideCapture(boolean value) { racksDecideCapture = value; return this; }

        public LiquidDefaults build() {
            Named.require("coolants", coolants != null && !coolants.isEmpty());
            Named.require("branchesPerRack", branchesPerRack != null);
            Named.require("branchCurve", branchCurve != null);
            Named.require("branchSource", branchSource != null);
            Named.require("captureFraction", captureFraction != null);
            Named.require("captureSource", captureSource != null);
            Named.require("waterClass", waterClass != null);
            Named.require("supplyTempC", supplyTempC != null);
            Named.require("supplySource", supplySource != null);
            Named.require("loopDeltaTK", loopDeltaTK != null);
            Named.require("loopDeltaSource", loopDeltaSource != null);
            Named.require("fluidVolumeM3PerRack", fluidVolumeM3PerRack != null);
            Named.require("fluidSource", fluidSource != null);
            Named.require("removeServerFans", removeServerFans != null);
            return new LiquidDefaults(captureFraction, captureSource, waterClass, supplyTempC, supplySource,
                    loopDeltaTK, loopDeltaSource, fluidVolumeM3PerRack, fluidSource,
                    removeServerFans, coolants, branchesPerRack, branchCurve, branchSource, racksDecideCapture);
        }
    }
}
