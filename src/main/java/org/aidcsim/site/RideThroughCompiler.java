package org.aidcsim.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.cooling.AirPathParams;
import org.aidcsim.cooling.ChipCheck;
import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.HeatRejectionUnit;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.cooling.PlantComponent;
import org.aidcsim.cooling.PlantGraph;
import org.aidcsim.cooling.PlantSizer;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioFormat;
import org.aidcsim.scenario.ScenarioSpec;
import org.aidcsim.schema.Issue;
import org.aidcsim.thermal.CoolingLoad;
import org.aidcsim.thermal.Feed;
import org.aidcsim.thermal.RideThrough;
import org.aidcsim.thermal.ThermalHall;

/**
 * The hall's thermal masses and cooling loads for a ride-through, from the sized plant and the
 * file's {@code transient.cooling}: the design heats and capacities the plant was sized on, the
 * coolant and water it holds, the room's air and the IT's mass.
 */
public final class RideThroughCompiler {
    /** Air at 25 °C and sea level: 1.18 kg/m³ × 1,006 J/(kg·K) (ASHRAE Handbook Fundamentals, ch. 1). */
    private static final double AIR_J_PER_M3K = 1.184 * 1006;
    /** Water near 15 °C: 999 kg/m³ × 4,186 J/(kg·K). */
    private static final double WATER_J_PER_M3K = 999.1 * 4186;
    /**
     * Chilled water held in an air hall's coils and piping, as minutes of its design flow: an assumption to confirm
     * (a closed loop holds one to three minutes of its flow).
     */
    private static final double CHILLED_WATER_HELD_S = 120;
    /** A hot design day for the chillers a UPS would carry: 35 °C dry bulb, 24 °C wet bulb. */
    private static final double DESIGN_DRY_BULB_C = 35;
    private static final double DESIGN_WET_BULB_C = 24;
    /** A plate's rise over its inlet at design when no chip is described: the coolant's rise, an assumption. */
    private static final double DEFAULT_PLATE_POWER_W = 1000;

    /**
     * What a ride-through runs on.
     *
     * @param hall the masses and paths
     * @param loads every cooling load with its feed
     * @param tankJPerK the buffer tank's heat capacity (J/K)
     * @param shutdownAtLimit true when the IT stops at a limit
     * @param spec the file's section, for the answers' searches
     */
    public record Setup(ThermalHall hall, List<CoolingLoad> loads, double tankJPerK, boolean shutdownAtLimit,
            ScenarioSpec.RideThroughSpec spec) {
        public Setup {
            loads = List.copyOf(loads);
        }

        /** Power of the loads the UPS carries (W). */
        public double onUpsW() {
            return loads.stream().filter(l -> l.feed() == Feed.UPS).mapToDouble(CoolingLoad::powerW).sum();
        }

        /** The heat capacity of {@code m3} of tank water (J/K). */
        public static double tankJPerK(double m3) {
            return m3 * WATER_J_PER_M3K;
        }
    }

    private RideThroughCompiler() {
    }

    /** The setup of a compiled scenario whose transient section has {@code cooling}; empty without one. */
    public static Optional<Setup> compile(CompiledScenario compiled) throws ScenarioException {
        LoadedScenario s = compiled.scenario();
        var section = s.spec().transientWindow().flatMap(ScenarioSpec.TransientSpec::cooling);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        ScenarioSpec.RideThroughSpec r = section.get();
        CoolingPlant plant = compiled.model().cooling();
        PlantGraph graph = plant.graph();
        List<Issue> issues = new ArrayList<>();
        for (String field : List.of("on_ups", "on_utility")) {
            List<String> names = field.equals("on_ups") ? r.onUps() : r.onUtility();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (graph.node(name).isEmpty()) {
                    issues.add(s.issueAt("transient.cooling." + field + "[" + i + "]", "the plant has no " + name + " (expected one "
                            + "of " + String.join(", ", graph.nodes().stream().map(n -> n.component().name())
                                    .filter(ScenarioFormat.RIDE_THROUGH_LOADS::contains).toList()) + ")"));
                } else if (field.equals("on_utility") && r.onUps().contains(name)) {
                    issues.add(s.issueAt("transient.cooling.on_utility[" + i + "]", name + " is on the UPS too (expected each load on "
                            + "one bus)"));
                }
            }
        }
        if (!issues.isEmpty()) {
            throw new ScenarioException(issues);
        }
        double itDesignW = compiled.model().designItPowerW();
        Optional<ThermalHall.Liquid> liquid = plant.liquid().map(l -> liquid(l, graph, r, compiled));
        ThermalHall.Air air = air(plant, graph, r, compiled);
        List<CoolingLoad> loads = new ArrayList<>();
        for (PlantGraph.Node n : graph.nodes()) {
            role(n.component().name()).ifPresent(role -> {
                String name = n.component().name();
                Feed feed = r.onUps().contains(name) ? Feed.UPS : r.onUtility().contains(name) ? Feed.UTILITY : Feed.GENERATOR;
                boolean rejection = role == CoolingLoad.Role.LIQUID_REJECTION || role == CoolingLoad.Role.AIR_REJECTION;
                loads.add(new CoolingLoad(name, role, powerW(n), feed, rejection ? r.chillerRestartS() : r.pumpRestartS(),
                        rejection ? r.chillerRampS() : r.pumpRampS()));
            });
        }
        ThermalHall hall = new ThermalHall(liquid, air, itDesignW);
        var window = s.spec().transientWindow().get();
        int rows = (int) Math.ceil(window.durationS() / window.outputStepS());
        long substeps = RideThrough.substeps(hall, Setup.tankJPerK(r.tankM3()), window.outputStepS(), rows);
        if (substeps > RideThrough.MAX_SUBSTEPS) {
            // a mass far smaller than a real hall's: most often a heat capacity in J/K where kJ/K is asked
            throw new ScenarioException(List.of(s.issueAt("transient.cooling", String.format(Locale.ROOT, "the hall's shortest "
                    + "thermal time constant is %.3g s, which takes %,d substeps over the window, more than the %,d a run may "
                    + "take (expected masses in kJ/K, as plate_kj_per_k_per_chip and it_mass_kj_per_k_per_rack say; or a shorter "
                    + "window)", RideThrough.shortestTimeConstantS(hall), substeps, RideThrough.MAX_SUBSTEPS))));
        }
        return Optional.of(new Setup(hall, loads, Setup.tankJPerK(r.tankM3()), r.shutdownAtLimit(), r));
    }

    private static Optional<CoolingLoad.Role> role(String name) {
        return Optional.ofNullable(switch (name) {
            case PlantSizer.CDU_PUMPS -> CoolingLoad.Role.COOLANT_PUMPS;
            case PlantSizer.FACILITY_WATER_PUMP -> CoolingLoad.Role.FACILITY_PUMPS;
            case PlantSizer.FACILITY_WATER -> CoolingLoad.Role.LIQUID_REJECTION;
            case PlantSizer.CRAH_FANS -> CoolingLoad.Role.ROOM_FANS;
            case PlantSizer.CHILLED_WATER_PUMP -> CoolingLoad.Role.CHILLED_WATER_PUMPS;
            case PlantSizer.CHILLED_WATER -> CoolingLoad.Role.AIR_REJECTION;
            default -> null;
        });
    }

    /** A load's draw at design; a heat rejection's with its chillers at full load on a hot design day. */
    private static double powerW(PlantGraph.Node n) {
        PlantComponent c = n.component();
        if (c instanceof HeatRejectionUnit unit) {
            var loop = unit.loop();
            return c.designPowerW() + loop.chiller().powerW(n.designHeatInW(), loop.supplyTempC(),
                    loop.rejector().chillerSinkC(DESIGN_DRY_BULB_C, DESIGN_WET_BULB_C));
        }
        return c.designPowerW();
    }

    private static ThermalHall.Liquid liquid(LiquidPath l, PlantGraph graph, ScenarioSpec.RideThroughSpec r, CompiledScenario compiled) {
        double heatW = graph.node(PlantSizer.CDU_PUMPS).map(PlantGraph.Node::designHeatInW).orElse(0.0);
        Coolant coolant = l.coolant();
        double supplyC = l.coolantSupplyTempC();
        double coolantJPerM3K = coolant.densityKgPerM3(supplyC) * coolant.specificHeatJPerKgK(supplyC);
        Optional<ChipCheck> chip = l.chip();
        double chipW = chip.map(ChipCheck::powerW).orElse(DEFAULT_PLATE_POWER_W);
        double chips = heatW / chipW;
        // plate to inlet: the convective part of the chip's resistance at design flow; without a chip, the coolant's rise
        double plateWPerK = chip.filter(c -> c.resistanceKPerW() * c.convectiveShare() > 0)
                .map(c -> chips / (c.resistanceKPerW() * c.convectiveShare())).orElse(heatW / l.loopDeltaTK());
        Optional<ThermalHall.Chip> hottest = chip.map(c -> new ThermalHall.Chip(c.powerW(), c.resistanceKPerW() * (1 - c.convectiveShare()),
                c.caseLimitC()));
        double limitC = compiled.scenario().spec().it().groups().stream().flatMap(g -> g.catalogRack().stream())
                .flatMapToDouble(rack -> rack.coolantSupplyMaxC().stream()).min().orElse(Double.POSITIVE_INFINITY);
        var inventory = l.inventory();
        double rejectionW = graph.node(PlantSizer.FACILITY_WATER).map(PlantGraph.Node::designHeatInW).orElse(heatW);
        return new ThermalHall.Liquid(heatW, chips * r.plateJPerKPerChip(), plateWPerK, hottest,
                inventory.technologyLoopM3() * coolantJPerM3K, heatW / l.design().cduApproachK(),
                inventory.facilityLoopM3() * WATER_J_PER_M3K, l.design().facilitySupplyTempC(), rejectionW, limitC);
    }

    private static ThermalHall.Air air(CoolingPlant plant, PlantGraph graph, ScenarioSpec.RideThroughSpec r, CompiledScenario compiled) {
        AirPathParams p = compiled.scenario().spec().cooling().air();
        // rear doors, when the racks have them, are coils on the same chilled water: the room's heat is all the air heat
        double heatW = graph.node(PlantSizer.REAR_DOORS).or(() -> graph.node(PlantSizer.CRAH_FANS))
                .map(PlantGraph.Node::designHeatInW).orElse(0.0);
        double roomM3 = compiled.model().whiteSpaceM2() * r.roomHeightM();
        double massJPerK = compiled.model().itLoad().rackCount() * r.itMassJPerKPerRack();
        double coilWPerK = heatW / (p.supplyAirTempC() - p.chilledWaterSupplyTempC());
        double chilledFlowM3PerS = heatW / (WATER_J_PER_M3K * p.chilledWaterDeltaTK());
        double rejectionW = graph.node(PlantSizer.CHILLED_WATER).map(PlantGraph.Node::designHeatInW).orElse(heatW);
        return new ThermalHall.Air(heatW, roomM3 * AIR_J_PER_M3K, massJPerK, massJPerK / r.itMassTimeConstantS(), coilWPerK,
                chilledFlowM3PerS * CHILLED_WATER_HELD_S * WATER_J_PER_M3K, p.chilledWaterSupplyTempC(), p.supplyAirTempC(), rejectionW,
                p.airClass().allowableMaxC());
    }
}
