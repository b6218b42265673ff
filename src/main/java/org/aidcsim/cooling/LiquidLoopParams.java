package org.aidcsim.cooling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.catalog.PetroleumFluid;
import org.aidcsim.schema.FieldIssue;
import org.aidcsim.units.Units;
import org.aidcsim.power.Redundancy;
import org.aidcsim.units.Named;

/**
 * The liquid path as designed, in SI: coolant loop, CDUs and facility water.
 *
 * @param captureFraction share of IT heat captured by the liquid, in [0, 1]
 * @param facilityWaterClass ASHRAE facility-water class
 * @param facilitySupplyTempC facility-water supply (°C)
 * @param facilityDeltaTK facility-water rise (K)
 * @param facilityPumpHeadPa facility-water pump head (Pa)
 * @param loopDeltaTK coolant rise across the IT (K)
 * @param coolant the fluid in the technology cooling loop
 * @param fixedLoopHeadPa coolant pump head given by the file (Pa); empty to compute it from the hydraulics
 * @param hydraulics the loop's pressure drops; empty for a loop without pumps (two-phase tanks)
 * @param chip the hottest chip, for the temperature chain; empty when the file gives none
 * @param heatReuse a heat user fed from the facility-water return; empty without one
 * @param cduApproachK coolant supply − facility supply (K)
 * @param cduCapacityW heat one CDU transfers (W)
 * @param cduRedundancy redundant CDUs for the N needed
 * @param fluidVolumeM3PerRack coolant inventory per rack, tank or chassis set (m³)
 * @param removeServerFans whether the servers run without their fans
 * @param cdusPerGroup true when each rack group has CDUs of its own, counted and made redundant group by group; false for
 *        one CDU plant that every group shares
 * @param facilityPipingLengthM length of the facility-water mains, supply and return, between the CDUs and the heat rejection (m)
 * @param serverFanPowerFraction share of rack power the servers' fans draw when air-cooled
 */
public record LiquidLoopParams(double captureFraction, FacilityWaterClass facilityWaterClass, double facilitySupplyTempC,
        double facilityDeltaTK, double facilityPumpHeadPa, double loopDeltaTK, Coolant coolant, OptionalDouble fixedLoopHeadPa,
        Optional<HydraulicsParams> hydraulics, Optional<ChipParams> chip, Optional<HeatReuseParams> heatReuse,
        double cduApproachK,
        double cduCapacityW, Redundancy cduRedundancy, double fluidVolumeM3PerRack, boolean removeServerFans,
        double serverFanPowerFraction, boolean cdusPerGroup, double facilityPipingLengthM) {

    /**
     * Coolant supplied to the IT equipment (°C): the facility supply plus the CDU's approach. The one
     * place this sum is made; sizing, the chip check, the limits and the reports all read it here.
     */
    public double coolantSupplyTempC() {
        return facilitySupplyTempC + cduApproachK;
    }

    /** Coolant leaving the IT equipment at design (°C): supply plus the loop's rise. */
    public double coolantReturnTempC() {
        return coolantSupplyTempC() + loopDeltaTK;
    }

    /** Facility water returning from the CDUs at design (°C): supply plus its rise. */
    public double facilityReturnTempC() {
        return facilitySupplyTempC + facilityDeltaTK;
    }

    /** Mean coolant temperature across the IT at design (°C), where the fluid's properties are taken. */
    public double coolantMeanTempC() {
        return coolantSupplyTempC() + loopDeltaTK / 2;
    }

    /**
     * The relations among these fields: a fluid that thins as it warms and stays within its modelled
     * range at the loop's temperatures, branch flows that increase, facility water within its ASHRAE
     * class. Paths relative to the liquid section.
     */
    public List<FieldIssue> issues() {
        List<FieldIssue> out = new ArrayList<>();
        if (coolant.properties() instanceof PetroleumFluid p && !(p.viscosity100Cst() < p.viscosity40Cst())) {
            out.add(FieldIssue.error("coolant.viscosity_100c_mm2_per_s", String.format(Locale.ROOT,
                    "a liquid thins as it warms (expected less than the 40 °C value %s mm²/s, found %s mm²/s)",
                    p.viscosity40Cst(), p.viscosity100Cst())));
        }
        double supplyC = coolantSupplyTempC();
        double returnC = coolantReturnTempC();
        if (!coolant.twoPhase() && supplyC < coolant.properties().minTempC()) {
            out.add(FieldIssue.error("coolant", String.format(Locale.ROOT, "%s is only modelled from %.1f °C "
                    + "(its freezing or pour point), but the loop supplies it at %.1f °C (facility supply + CDU approach); "
                    + "choose a fluid that stays liquid or warmer water (expected a supply ≥ %.1f °C, found %.1f °C)",
                    coolant.key(), coolant.properties().minTempC(), supplyC, coolant.properties().minTempC(), supplyC)));
        }
        if (!coolant.twoPhase() && returnC > coolant.properties().maxTempC()) {
            out.add(FieldIssue.error("coolant", String.format(Locale.ROOT, "%s is only modelled up to %.1f °C, "
                    + "but the loop returns it at %.1f °C (facility supply + CDU approach + loop rise) (expected a return "
                    + "≤ %.1f °C, found %.1f °C)", coolant.key(), coolant.properties().maxTempC(), returnC,
                    coolant.properties().maxTempC(), returnC)));
        }
        if (!coolant.twoPhase() && !(facilityDeltaTK < cduApproachK + loopDeltaTK)) {
            // Counterflow: the water cannot leave warmer than the coolant enters (coolant return = supply + rise).
            out.add(FieldIssue.error("facility_delta_t_k", String.format(Locale.ROOT, "the facility water would leave the CDUs "
                    + "at %.1f °C, no colder than the coolant entering them at %.1f °C (expected a rise below cdu_approach_k + "
                    + "loop_delta_t_k = %.1f K, found %.1f K)", facilitySupplyTempC + facilityDeltaTK, coolantReturnTempC(),
                    cduApproachK + loopDeltaTK, facilityDeltaTK)));
        }
        chip.flatMap(ChipParams::coldPlate).ifPresent(plate -> {
            if (coolant.twoPhase()) {
                out.add(FieldIssue.error("chip.cold_plate", "a measured cold-plate curve is for a single-phase coolant, and "
                        + coolant.key() + " boils (expected resistance_k_per_w to the boiling fluid, found cold_plate)"));
            }
            int bad = plate.firstNonIncreasingPoint();
            if (bad >= 0) {
                out.add(FieldIssue.error("chip.cold_plate.points[" + bad + "].flow_l_per_min", String.format(Locale.ROOT,
                        "flows must increase from point to point (expected more than %.6g L/min, found %.6g L/min)",
                        Units.m3PerSToLitrePerMin(plate.flowsM3PerS().get(bad - 1)),
                        Units.m3PerSToLitrePerMin(plate.flowsM3PerS().get(bad)))));
            } else if (!plate.fitIsPhysical()) {
                out.add(FieldIssue.error("chip.cold_plate.points", "the points' fit R = b + a / flow must fall as the flow rises "
                        + "and stay above 0 (expected resistances that decrease with flow, found a fit with a or b at or below 0)"));
            } else if (!coolant.twoPhase()) {
                ChipParams c = chip.get();
                double meanC = coolantMeanTempC();
                double flow = c.plateFlowM3PerS().orElseGet(() -> coolant.flowM3PerS(c.powerW(), loopDeltaTK, meanC))
                        * ChipCheck.ratedFlowPerLoopFlow(plate.fluid(), coolant, meanC);
                if (!plate.covers(flow)) {
                    out.add(FieldIssue.warning("chip.plate_flow_l_per_min", String.format(Locale.ROOT, "the chip's cold plate runs "
                            + "at %.2f L/min of %s, outside its measured %.2f-%.2f L/min: its resistance is extrapolated; give "
                            + "plate_flow_l_per_min within the curve", Units.m3PerSToLitrePerMin(flow), plate.fluid().key(),
                            Units.m3PerSToLitrePerMin(plate.flowsM3PerS().get(0)),
                            Units.m3PerSToLitrePerMin(plate.flowsM3PerS().get(plate.flowsM3PerS().size() - 1)))));
                }
            }
        });
        hydraulics.ifPresent(h -> {
            int bad = h.firstNonIncreasingPoint();
            if (bad >= 0) {
                out.add(FieldIssue.error("hydraulics.branch_curve[" + bad + "].flow_l_per_min", String.format(
                        Locale.ROOT, "flows must increase from point to point (expected more than %.6g L/min, found %.6g L/min)",
                        Units.m3PerSToLitrePerMin(h.branchPoints().get(bad - 1).flowM3PerS()),
                        Units.m3PerSToLitrePerMin(h.branchPoints().get(bad).flowM3PerS()))));
            }
            int falling = h.firstFallingDrop();
            if (bad < 0 && falling >= 0) {
                out.add(FieldIssue.error("hydraulics.branch_curve[" + falling + "].pressure_drop_kpa", String.format(Locale.ROOT,
                        "the pressure drop falls as the flow rises (expected at least %.6g kPa, found %.6g kPa)",
                        Units.paToKpa(h.branchPoints().get(falling - 1).pressureDropPa()),
                        Units.paToKpa(h.branchPoints().get(falling).pressureDropPa()))));
            }
        });
        if (facilitySupplyTempC > facilityWaterClass.maxSupplyC()) {
            String fit = Arrays.stream(FacilityWaterClass.values()).filter(w -> w.maxSupplyC() >= facilitySupplyTempC)
                    .findFirst().map(w -> "; for water this warm, set cooling.liquid.facility_water_class: " + w.key())
                    .orElse("");
            out.add(FieldIssue.error("facility_supply_temp_c", String.format(Locale.ROOT,
                    "above the ASHRAE %s class maximum (expected ≤ %.0f °C, found %s °C)%s", facilityWaterClass.key(),
                    facilityWaterClass.maxSupplyC(), facilitySupplyTempC, fit)));
        }
        return out;
    }

    /** Share of rack power the servers' fans drew and that this loop removes from the IT load (0 when fans stay). */
    public double fanFractionRemoved() {
        return removeServerFans ? serverFanPowerFraction : 0.0;
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LiquidLoopParams} field by field. */
    public static final class Builder {
        private Double captureFraction;
        private FacilityWaterClass facilityWaterClass;
        private Double facilitySupplyTempC;
        private Double facilityDeltaTK;
        private Double facilityPumpHeadPa;
        private Double loopDeltaTK;
        private Coolant coolant;
        private OptionalDouble fixedLoopHeadPa;
        private Optional<HydraulicsParams> hydraulics;
        private Optional<ChipParams> chip;
        private Optional<HeatReuseParams> heatReuse = Optional.empty();
        private Double cduApproachK;
        private Double cduCapacityW;
        private Redundancy cduRedundancy;
        private Double fluidVolumeM3PerRack;
        private Boolean removeServerFans;
        private Double serverFanPowerFraction;
        private Boolean cdusPerGroup;
        private Double facilityPipingLengthM;

        private Builder() {
        }

        public Builder captureFraction(double value) { captureFraction = value; return this; }
        public Builder facilityWaterClass(FacilityWaterClass value) { facilityWaterClass = value; return this; }
        public Builder facilitySupplyTempC(double value) { facilitySupplyTempC = value; return this; }
        public Builder facilityDeltaTK(double value) { facilityDeltaTK = value; return this; }
        public Builder facilityPumpHeadPa(double value) { facilityPumpHeadPa = value; return this; }
        public Builder loopDeltaTK(double value) { loopDeltaTK = value; return this; }
        public Builder coolant(Coolant value) { coolant = value; return this; }
        public Builder fixedLoopHeadPa(OptionalDouble value) { fixedLoopHeadPa = value; return this; }
        public Builder hydraulics(Optional<HydraulicsParams> value) { hydraulics = value; return this; }
        public Builder chip(Optional<ChipParams> value) { chip = value; return this; }
        public Builder heatReuse(Optional<HeatReuseParams> value) { heatReuse = value; return this; }
        public Builder cduApproachK(double value) { cduApproachK = value; return this; }
        public Builder cduCapacityW(double value) { cduCapacityW = value; return this; }
        public Builder cduRedundancy(Redundancy value) { cduRedundancy = value; return this; }
        public Builder fluidVolumeM3PerRack(double value) { fluidVolumeM3PerRack = value; return this; }
        public Builder removeServerFans(boolean value) { removeServerFans = value; return this; }
        public Builder serverFanPowerFraction(double value) { serverFanPowerFraction = value; return this; }
        public Builder cdusPerGroup(boolean value) { cdusPerGroup = value; return this; }
        public Builder facilityPipingLengthM(double value) { facilityPipingLengthM = value; return this; }

        public LiquidLoopParams build() {
            Named.require("captureFraction", captureFraction != null);
            Named.require("facilityWaterClass", facilityWaterClass != null);
            Named.require("facilitySupplyTempC", facilitySupplyTempC != null);
            Named.require("facilityDeltaTK", facilityDeltaTK != null);
            Named.require("facilityPumpHeadPa", facilityPumpHeadPa != null);
            Named.require("loopDeltaTK", loopDeltaTK != null);
            Named.require("coolant", coolant != null);
            Named.require("fixedLoopHeadPa", fixedLoopHeadPa != null);
            Named.require("hydraulics", hydraulics != null);
            Named.require("chip", chip != null);
            Named.require("cduApproachK", cduApproachK != null);
            Named.require("cduCapacityW", cduCapacityW != null);
            Named.require("cduRedundancy", cduRedundancy != null);
            Named.require("fluidVolumeM3PerRack", fluidVolumeM3PerRack != null);
            Named.require("removeServerFans", removeServerFans != null);
            Named.require("cdusPerGroup", cdusPerGroup != null);
            Named.require("facilityPipingLengthM", facilityPipingLengthM != null);
            Named.require("serverFanPowerFraction", serverFanPowerFraction != null);
            return new LiquidLoopParams(captureFraction, facilityWaterClass, facilitySupplyTempC, facilityDeltaTK,
                    facilityPumpHeadPa, loopDeltaTK, coolant, fixedLoopHeadPa, hydraulics, chip, heatReuse, cduApproachK, cduCapacityW, cduRedundancy,
                    fluidVolumeM3PerRack, removeServerFans, serverFanPowerFraction,
                    cdusPerGroup, facilityPipingLengthM);
        }
    }
}
