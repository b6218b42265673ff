package org.aidcsim.cooling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidcsim.schema.FieldIssue;
import org.aidcsim.units.Units;

/**
 * A hall's cooling as designed, in SI: the technology, its liquid loop (for liquid technologies),
 * the air path every hall has, and the heat rejection they share.
 *
 * @param technology how IT heat leaves the racks
 * @param liquid the liquid loop; present exactly when the technology has one
 * @param air the air path
 * @param heatRejection heat rejection and chillers
 * @param plant pump controls, fan minimum speeds and components added to the technology's default topology
 */
public record CoolingParams(CoolingTechnology technology, Optional<LiquidLoopParams> liquid, AirPathParams air,
        HeatRejectionParams heatRejection, PlantParams plant) {
    public CoolingParams {
        if (technology.hasLiquidLoop() != liquid.isPresent()) {
            throw new IllegalArgumentException(technology + " needs " + (liquid.isPresent() ? "no" : "a") + " liquid loop");
        }
    }

    /** Share of IT heat captured by liquid, in [0, 1]. */
    public double captureFraction() {
        return liquid.map(LiquidLoopParams::captureFraction).orElse(0.0);
    }

    /** Share of rack power the servers' fans drew and that the technology removes from the IT load. */
    public double fanFractionRemoved() {
        return liquid.map(LiquidLoopParams::fanFractionRemoved).orElse(0.0);
    }

    /** IT power of a rack sold at {@code rackPowerW} once fans the technology removes are left out (W). */
    public double rackItPowerW(double rackPowerW) {
        return rackPowerW * (1 - fanFractionRemoved());
    }

    /** Heat a rack of {@code rackPowerW} whose liquid takes {@code capture} of it leaves to room air (W). */
    public double rackAirHeatW(double rackPowerW, double capture) {
        return rackItPowerW(rackPowerW) * (1 - capture);
    }

    /** Every relation among the cooling fields, paths relative to the cooling section. */
    public List<FieldIssue> issues() {
        List<FieldIssue> out = new ArrayList<>();
        air.issues().forEach(i -> out.add(new FieldIssue("air." + i.path(), i.message(), i.warning())));
        liquid.ifPresent(l -> l.issues().forEach(i -> out.add(new FieldIssue("liquid." + i.path(), i.message(), i.warning()))));
        out.addAll(plantIssues());
        air.rearDoors().ifPresent(d -> {
            if (d.onFacilityWater() && liquid.isEmpty()) {
                out.add(FieldIssue.error("air.rear_doors.water", "an air-cooled hall has no facility-water loop (expected "
                        + "chilled_water, found facility_water)"));
            } else if (!(doorWaterInC(d) < air.supplyAirTempC() + air.crahAirDeltaTK())) {
                out.add(FieldIssue.error("air.rear_doors.water", String.format(Locale.ROOT, "water at %.1f °C cools nothing in "
                        + "exhaust air at %.1f °C (supply air + crah_air_delta_t_k)", doorWaterInC(d),
                        air.supplyAirTempC() + air.crahAirDeltaTK())));
            }
        });
        return out;
    }

    /** Water entering the rear doors (°C): the supply of the loop they sit on. */
    public double doorWaterInC(RearDoorParams d) {
        return d.onFacilityWater() ? liquid.map(LiquidLoopParams::facilitySupplyTempC).orElse(Double.NaN)
                : air.chilledWaterSupplyTempC();
    }

    /** Each added component has a name of its own and follows a component that passes heat on, named before it. */
    private List<FieldIssue> plantIssues() {
        List<FieldIssue> out = new ArrayList<>();
        List<String> known = new ArrayList<>(PlantSizer.defaultComponents(liquid.isPresent(),
                liquid.flatMap(LiquidLoopParams::heatReuse).isPresent()));
        List<String> ends = List.of(PlantSizer.CHILLED_WATER, PlantSizer.FACILITY_WATER);
        for (int i = 0; i < plant.added().size(); i++) {
            PlantParams.AddedComponent a = plant.added().get(i);
            String at = "plant.add[" + i + "].";
            if (known.contains(a.name())) {
                out.add(FieldIssue.error(at + "name", "another component of the plant has this name (expected a name other than "
                        + String.join(", ", known) + "; found " + a.name() + ")"));
            }
            List<String> before = known.stream().filter(n -> !ends.contains(n)
                    && !(a.type().onWater() && (n.equals(PlantSizer.CRAH_FANS) || n.equals(PlantSizer.AIRSIDE_ECONOMIZER)))).toList();
            if (!before.contains(a.after())) {
                String why = ends.contains(a.after()) ? "a heat rejection sends nothing on"
                        : known.contains(a.after()) ? "a " + a.type().key() + " sits on a water loop, not in the air before the coils"
                        : "no component of that name comes before it";
                out.add(FieldIssue.error(at + "after", why + " (expected one of " + String.join(", ", before)
                        + ", found " + a.after() + ")"));
            }
            known.add(a.name());
        }
        return out;
    }

    /**
     * Why a rack sold at {@code rackPowerW}, {@code capture} of its heat to liquid, in group {@code group}, cannot be
     * cooled by this design: more heat left to air than air removes per rack, or, behind a rear door,
     * more than the door takes or than is left in the room; empty when it can.
     */
    public Optional<String> rackAirProblem(String group, double rackPowerW, double capture) {
        double airW = rackAirHeatW(rackPowerW, capture);
        Optional<RearDoorParams> door = air.rearDoors().filter(d -> d.covers(group));
        if (door.isPresent()) {
            RearDoorParams d = door.get();
            // the door's fans and coil are rated for an airflow: a rack's heat over the servers' rise may not blow more
            double airflowLimitW = d.ratedW() / (d.ratedAirInC() - d.ratedAirOutC()) * air.crahAirDeltaTK();
            if (airW > Math.min(d.maxRackW(), airflowLimitW)) {
                return Optional.of(String.format(Locale.ROOT, "%s cooling leaves %.1f kW per rack to air, more than a rear door "
                        + "takes (expected ≤ %.0f kW: cooling.air.rear_doors.max_rack_kw %.0f kW, and the rated airflow, which "
                        + "carries %.0f kW at crah_air_delta_t_k %.0f K)", technology.key(), Units.wToKw(airW),
                        Units.wToKw(Math.min(d.maxRackW(), airflowLimitW)), Units.wToKw(d.maxRackW()), Units.wToKw(airflowLimitW),
                        air.crahAirDeltaTK()));
            }
            double exhaustC = air.supplyAirTempC() + air.crahAirDeltaTK();
            double residualW = airW - Math.min(airW, d.coil().heatW(exhaustC, doorWaterInC(d), airW / air.crahAirDeltaTK()));
            if (residualW <= air.maxRackAirW()) {
                return Optional.empty();
            }
            return Optional.of(String.format(Locale.ROOT, "a rear door on water at %.1f °C leaves %.1f kW of this rack's %.1f kW in "
                    + "the room, more than air can remove (expected ≤ %.0f kW, cooling.air.max_rack_air_kw); colder door water or a "
                    + "larger door", doorWaterInC(d), Units.wToKw(residualW), Units.wToKw(airW), Units.wToKw(air.maxRackAirW())));
        }
        if (airW <= air.maxRackAirW()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s cooling leaves %.1f kW per rack to air, more than air can remove "
                + "(expected ≤ %.0f kW, cooling.air.max_rack_air_kw); choose a liquid technology, raise the capture fraction, "
                + "add rear doors (cooling.air.rear_doors) or spread the load over more racks", technology.key(), Units.wToKw(airW),
                Units.wToKw(air.maxRackAirW())));
    }
}
