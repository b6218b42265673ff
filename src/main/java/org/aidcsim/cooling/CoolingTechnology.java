package org.aidcsim.cooling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.catalog.Keyed;
import org.aidcsim.catalog.PriceItem;
import org.aidcsim.units.Units;

/**
 * How IT heat leaves the racks, with every trait the rest of the model asks of it: its liquid
 * loop's coolant and defaults (none for air), whether its servers run without fans, and what its
 * housing costs per rack. The scenario format, plant sizing and pricing read these traits; nothing
 * outside this package tells technologies apart by name. docs/architecture.md shows how to add one.
 *
 * @param key the name used in scenario files
 * @param description one line for the scenario reference
 * @param liquid the liquid loop's defaults; empty for air cooling
 * @param housingPerRack what each rack position's housing (a tank) is priced by; empty when the racks need none
 */
public record CoolingTechnology(String key, String description, Optional<LiquidDefaults> liquid, Optional<PriceItem> housingPerRack)
        implements Keyed {

    /** All IT heat to room air, removed by CRAHs on a chilled-water plant. */
    public static final CoolingTechnology AIR = new CoolingTechnology("air", "All IT heat to room air.", Optional.empty(),
            Optional.empty());

    /** Cold plates on CPU/GPU/switches carry most heat to a liquid loop via CDUs; the rest goes to air. */
    public static final CoolingTechnology COLD_PLATE = new CoolingTechnology("cold_plate",
            "Cold plates on the hot components; the rest to air.", Optional.of(LiquidDefaults.builder()
                    .coolants(List.of(Coolant.WATER, Coolant.PG25, Coolant.PG40, Coolant.EG25, Coolant.EG40, Coolant.DIELECTRIC_PAO))
                    .branchesPerRack(18).branchCurve(curve(4, 10, 8, 32, 12, 66))
                    .branchSource("assumption: a compute tray's cold plates and its quick-disconnect pair, about 35-45 kPa at the "
                            + "8-10 L/min a 120 kW rack of 18 trays needs; replace with the tray vendor's curve")
                    .captureFraction(0.8).captureSource("GB200-class hybrid racks put CPU, GPU and switches on liquid, the rest "
                            + "on air; 80 % is a common planning figure")
                    .waterClass(FacilityWaterClass.W32).supplyTempC(32.0).supplySource("the W32 class maximum")
                    .loopDeltaTK(10.0).loopDeltaSource("OCP: 1.5 L/min per kW at ΔT ≤ 10 K")
                    .fluidVolumeM3PerRack(0.020).fluidSource("assumption: manifolds, hoses and cold plates of one rack")
                    .removeServerFans(false)
                    .racksDecideCapture(true)
                    .build()), Optional.empty());

    /** Single-phase immersion: servers sit in a circulated dielectric fluid. */
    public static final CoolingTechnology IMMERSION = new CoolingTechnology("immersion",
            "Single-phase immersion in a dielectric fluid.", Optional.of(LiquidDefaults.builder()
                    .coolants(List.of(Coolant.DIELECTRIC_PAO))
                    .branchesPerRack(1).branchCurve(curve(200, 8, 400, 28, 600, 60))
                    .branchSource("assumption: a tank's inlet distributor, outlet weir and hoses, about 30 kPa at 400 L/min")
                    .captureFraction(0.97).captureSource("assumption: tanks lose about 3 % of the heat to room air through walls "
                            + "and lids")
                    .waterClass(FacilityWaterClass.W40).supplyTempC(35.0)
                    .supplySource("immersion fluids tolerate W40 facility water; 35 °C leaves margin")
                    .loopDeltaTK(8.0).loopDeltaSource("assumption: 8 K fluid rise in the tank")
                    .fluidVolumeM3PerRack(1.2).fluidSource("assumption: a 42-48U tank of about 1.2 m³ of fluid per rack position")
                    .removeServerFans(true)
                    .build()), Optional.of(PriceItem.IMMERSION_TANK_PER_RACK));

    /** Two-phase immersion: the fluid boils on the chips and condenses on a water-cooled coil; no fluid pumps. */
    public static final CoolingTechnology IMMERSION_TWO_PHASE = new CoolingTechnology("immersion_two_phase",
            "Two-phase immersion: boiling dielectric, condenser coil on facility water.", Optional.of(LiquidDefaults.builder()
                    .coolants(List.of(Coolant.TWO_PHASE_FLUOROKETONE))
                    .branchesPerRack(1).branchCurve(List.of()).branchSource("no fluid pumps")
                    .captureFraction(0.99).captureSource("assumption: sealed tanks with lids lose about 1 % of the heat to room air")
                    .waterClass(FacilityWaterClass.W45).supplyTempC(40.0)
                    .supplySource("the condenser coil needs water some 9 K below the fluid's 49 °C boiling point")
                    .loopDeltaTK(10.0).loopDeltaSource("unused: the fluid carries heat by boiling (flow = Q / (ρ·h_fg))")
                    .fluidVolumeM3PerRack(0.8).fluidSource("assumption: a 42-48U two-phase tank holds about 0.8 m³ of fluid")
                    .removeServerFans(true)
                    .build()), Optional.of(PriceItem.IMMERSION_TANK_PER_RACK));

    /** Dielectric fluid sprayed onto hot components inside sealed servers. */
    public static final CoolingTechnology SPRAY = new CoolingTechnology("spray",
            "Dielectric fluid sprayed onto the hot components.", Optional.of(LiquidDefaults.builder()
                    .coolants(List.of(Coolant.DIELECTRIC_PAO))
                    .branchesPerRack(16).branchCurve(curve(10, 12, 20, 45, 30, 100))
                    .branchSource("assumption: a low-pressure spray chassis's nozzles (orifices, ΔP ∝ Q²) at about 0.5 bar at the 20-25 L/min a "
                            + "100 kW rack of 16 chassis needs; the whole loop then needs about 1.4 bar")
                    .captureFraction(0.95).captureSource("assumption: sealed spray chassis lose about 5 % of the heat to room air")
                    .waterClass(FacilityWaterClass.W32).supplyTempC(32.0).supplySource("the W32 class maximum")
                    .loopDeltaTK(10.0).loopDeltaSource("assumption: 10 K fluid rise")
                    .fluidVolumeM3PerRack(0.060).fluidSource("assumption: chassis sumps and return lines of one rack")
                    .removeServerFans(true)
                    .build()), Optional.empty());

    /** A data-sheet curve from (L/min, kPa) pairs measured with water. */
    private static List<FlowCurve.Point> curve(double... litresPerMinuteAndKpa) {
        List<FlowCurve.Point> points = new ArrayList<>();
        for (int i = 0; i < litresPerMinuteAndKpa.length; i += 2) {
            points.add(new FlowCurve.Point(Units.litresPerMinuteToM3PerS(litresPerMinuteAndKpa[i]),
                    Units.kpaToPa(litresPerMinuteAndKpa[i + 1])));
        }
        return List.copyOf(points);
    }

    /** The technologies scenario files can name, in the order the reference lists them. */
    public static final List<CoolingTechnology> BUILT_IN = List.of(AIR, COLD_PLATE, IMMERSION, IMMERSION_TWO_PHASE, SPRAY);

    /** True when part of the IT heat goes to a liquid loop. */
    public boolean hasLiquidLoop() {
        return liquid.isPresent();
    }

    /** The built-in technology named {@code key}. */
    public static Optional<CoolingTechnology> ofKey(String key) {
        return BUILT_IN.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    @Override
    public String toString() {
        return key;
    }
}
