package org.aidcsim.cooling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidcsim.schema.FieldIssue;
import org.aidcsim.units.Named;
import org.aidcsim.units.Units;

/**
 * The air path as designed, in SI: CRAH fans on a chilled-water loop, optionally an airside
 * economizer. Sized into an {@link AirPath} by {@link PlantSizer}.
 *
 * @param supplyAirTempC air supplied to the IT inlets (°C)
 * @param airClass ASHRAE class of the air-cooled equipment
 * @param maxRackAirW heat per rack that air can remove (W)
 * @param airsideEconomizer whether outdoor air may cool the hall directly
 * @param chilledWaterSupplyTempC chilled-water supply (°C)
 * @param chilledWaterDeltaTK chilled-water rise (K)
 * @param crahAirDeltaTK air rise across the racks (K)
 * @param crahPressurePa CRAH fan total pressure rise at design (Pa)
 * @param crahFanEfficiency CRAH fan wire-to-air efficiency, in (0, 1]
 * @param chilledWaterPumpHeadPa chilled-water pump head at design (Pa)
 * @param handler what cools the air before the chilled-water coils
 * @param evaporative the evaporative handler's settings (read when {@code handler} evaporates)
 * @param rearDoors rear-door heat exchangers on the racks; empty for none
 */
public record AirPathParams(double supplyAirTempC, AirClass airClass, double maxRackAirW, boolean airsideEconomizer,
        double chilledWaterSupplyTempC, double chilledWaterDeltaTK, double crahAirDeltaTK, double crahPressurePa,
        double crahFanEfficiency, double chilledWaterPumpHeadPa, AirHandler handler, EvaporativeParams evaporative,
        Optional<RearDoorParams> rearDoors) {

    /** The relations among these fields: the ASHRAE class's ranges and a coil colder than the air it makes; paths relative to the air section. */
    public List<FieldIssue> issues() {
        List<FieldIssue> out = new ArrayList<>();
        if (!airClass.allows(supplyAirTempC)) {
            out.add(FieldIssue.error("supply_air_temp_c", String.format(Locale.ROOT,
                    "outside the ASHRAE %s allowable range (expected %.0f to %.0f °C, found %s °C)", airClass.key(),
                    airClass.allowableMinC(), airClass.allowableMaxC(), supplyAirTempC)));
        } else if (!AirClass.recommends(supplyAirTempC)) {
            out.add(FieldIssue.warning("supply_air_temp_c", String.format(Locale.ROOT, "cooling.air.supply_air_temp_c %.1f °C is "
                    + "outside the ASHRAE recommended %.0f-%.0f °C (allowed for %s, at some cost in IT reliability and fan power)",
                    supplyAirTempC, AirClass.RECOMMENDED_MIN_C, AirClass.RECOMMENDED_MAX_C, airClass.key())));
        }
        if (chilledWaterSupplyTempC >= supplyAirTempC) {
            out.add(FieldIssue.error("chilled_water_supply_temp_c", String.format(Locale.ROOT,
                    "a coil cannot cool air with warmer water (expected below the supply air %.1f °C, found %.1f °C)",
                    supplyAirTempC, chilledWaterSupplyTempC)));
        }
        if (handler.evaporative() && airsideEconomizer) {
            out.add(FieldIssue.error("airside_economizer", "an evaporative air handler already cools with outdoor air (expected "
                    + "false with handler " + handler.key() + ", found true)"));
        }
        rearDoors.ifPresent(d -> doorIssues(d, out));
        return out;
    }

    private void doorIssues(RearDoorParams d, List<FieldIssue> out) {
        if (!(d.ratedAirOutC() < d.ratedAirInC())) {
            out.add(FieldIssue.error("rear_doors.rated_air_out_c", String.format(Locale.ROOT, "the coil cools the air (expected "
                    + "below rated_air_in_c %s °C, found %s °C)", d.ratedAirInC(), d.ratedAirOutC())));
            return;
        }
        if (!(d.ratedWaterInC() < d.ratedAirOutC())) {
            out.add(FieldIssue.error("rear_doors.rated_entering_water_c", String.format(Locale.ROOT, "water cools air only "
                    + "below it (expected below rated_air_out_c %s °C, found %s °C)", d.ratedAirOutC(), d.ratedWaterInC())));
            return;
        }
        try {
            d.coil();
        } catch (IllegalArgumentException e) {
            double cMin = Math.min(d.ratedW() / (d.ratedAirInC() - d.ratedAirOutC()), d.ratedW() / d.ratedWaterRiseK());
            out.add(FieldIssue.error("rear_doors.rated_capacity_kw", String.format(Locale.ROOT, "no coil removes %.1f kW from "
                    + "air at %s → %s °C on water at %s °C rising %s K: that asks an effectiveness of %.2f of a cross-flow coil whose "
                    + "most is %.2f (expected a lower rating, or more water: a smaller rated_water_rise_k)", Units.wToKw(d.ratedW()), d.ratedAirInC(), d.ratedAirOutC(), d.ratedWaterInC(),
                    d.ratedWaterRiseK(), d.ratedW() / (cMin * (d.ratedAirInC() - d.ratedWaterInC())),
                    DoorCoil.effectiveness(1e3, d.ratedW() / (d.ratedAirInC() - d.ratedAirOutC()), d.ratedW() / d.ratedWaterRiseK()))));
        }
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AirPathParams} field by field. */
    public static final class Builder {
        private Double supplyAirTempC;
        private AirClass airClass;
        private Double maxRackAirW;
        private Boolean airsideEconomizer;
        private Double chilledWaterSupplyTempC;
        private Double chilledWaterDeltaTK;
        private Double crahAirDeltaTK;
        private Double crahPressurePa;
        private Double crahFanEfficiency;
        private Double chilledWaterPumpHeadPa;
        private AirHandler handler = AirHandler.CRAH;
        private EvaporativeParams evaporative = new EvaporativeParams(Double.NaN, 3.0, 0.0);
        private Optional<RearDoorParams> rearDoors = Optional.empty();

        private Builder() {
        }

        public Builder supplyAirTempC(double value) { supplyAirTempC = value; return this; }
        public Builder airClass(AirClass value) { airClass = value; return this; }
        public Builder maxRackAirW(double value) { maxRackAirW = value; return this; }
        public Builder airsideEconomizer(boolean value) { airsideEconomizer = value; return this; }
        public Builder chilledWaterSupplyTempC(double value) { chilledWaterSupplyTempC = value; return this; }
        public Builder chilledWaterDeltaTK(double value) { chilledWaterDeltaTK = value; return this; }
        public Builder crahAirDeltaTK(double value) { crahAirDeltaTK = value; return this; }
        public Builder crahPressurePa(double value) { crahPressurePa = value; return this; }
        public Builder crahFanEfficiency(double value) { crahFanEfficiency = value; return this; }
        public Builder chilledWaterPumpHeadPa(double value) { chilledWaterPumpHeadPa = value; return this; }
        public Builder handler(AirHandler value) { handler = value; return this; }
        public Builder evaporative(EvaporativeParams value) { evaporative = value; return this; }
        public Builder rearDoors(Optional<RearDoorParams> value) { rearDoors = value; return this; }

        public AirPathParams build() {
            Named.require("supplyAirTempC", supplyAirTempC != null);
            Named.require("airClass", airClass != null);
            Named.require("maxRackAirW", maxRackAirW != null);
            Named.require("airsideEconomizer", airsideEconomizer != null);
            Named.require("chilledWaterSupplyTempC", chilledWaterSupplyTempC != null);
            Named.require("chilledWaterDeltaTK", chilledWaterDeltaTK != null);
            Named.require("crahAirDeltaTK", crahAirDeltaTK != null);
            Named.require("crahPressurePa", crahPressurePa != null);
            Named.require("crahFanEfficiency", crahFanEfficiency != null);
            Named.require("chilledWaterPumpHeadPa", chilledWaterPumpHeadPa != null);
            return new AirPathParams(supplyAirTempC, airClass, maxRackAirW, airsideEconomizer, chilledWaterSupplyTempC,
                    chilledWaterDeltaTK, crahAirDeltaTK, crahPressurePa, crahFanEfficiency, chilledWaterPumpHeadPa, handler, evaporative,
                    rearDoors);
        }
    }
}
