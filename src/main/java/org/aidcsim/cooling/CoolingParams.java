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
        return out;
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
     * Why a rack sold at {@code rackPowerW}, {@code capture} of its heat to liquid, cannot be cooled by
     * this design: more heat left to air than air removes per rack; empty when it can.
     */
    public Optional<String> rackAirProblem(double rackPowerW, double capture) {
        double airW = rackAirHeatW(rackPowerW, capture);
        if (airW <= air.maxRackAirW()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s cooling leaves %.1f kW per rack to air, more than air can remove "
                + "(expected ≤ %.0f kW, cooling.air.max_rack_air_kw); choose a liquid technology, raise the capture fraction or "
                + "spread the load over more racks", technology.key(), Units.wToKw(airW), Units.wToKw(air.maxRackAirW())));
    }
}
