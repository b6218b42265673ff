package org.aidcsim.cooling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidcsim.catalog.Coolant;

/**
 * Sizes a hall's cooling plant from its design heat by walking its graph in the direction heat
 * flows, each component sized on the heat that reaches it at design: CRAH fans from the air heat,
 * then the chilled-water pump and the air side's heat rejection; the technology loop's pumps from
 * the liquid heat, the CDUs (count for the heat, redundancy on top), the facility-water pump, the
 * heat user if any, and the liquid side's heat rejection (dry coolers with air-cooled chillers, or
 * towers with water-cooled chillers). Components a scenario adds are sized where they stand, and
 * everything downstream of them on the heat they pass on. Fans and pumps are sized from their duty
 * (flow × pressure rise / efficiency).
 */
public final class PlantSizer {
    /**
     * COP assumed when sizing towers: a chiller carrying the whole load at design rejects its heat
     * plus its work, Q·(1 + 1/COP); 6 is the order of AHRI 550/590 water-cooled ratings.
     */
    private static final double TOWER_SIZING_COP = 6.0;
    /** Condenser water between the 29.4 °C and 35 °C of AHRI 550/590 rating conditions. */
    private static final double TOWER_WATER_MEAN_C = 32.0;
    /** ASHRAE TC 9.9 recommended dew-point band for outdoor air (°C). */
    private static final double ECONOMIZER_MIN_DEW_POINT_C = -9.0;
    private static final double ECONOMIZER_MAX_DEW_POINT_C = 15.0;

    /** The names of the default topology's components, as scenarios and summary.json call them. */
    public static final String CRAH_FANS = "crah_fans";
    public static final String AIRSIDE_ECONOMIZER = "airside_economizer";
    public static final String CHILLED_WATER_PUMP = "chilled_water_pump";
    public static final String CHILLED_WATER = "chilled_water";
    public static final String CDU_PUMPS = "cdu_pumps";
    /** Rear-door heat exchangers, first on the air side when the design has them. */
    public static final String REAR_DOORS = "rear_doors";
    /** The evaporative air handler, in the airside economizer's place when the design has one. */
    public static final String EVAPORATIVE_AIR = "evaporative_air";
    /**
     * Velocity the facility-water mains are sized for (m/s): ASHRAE Handbook Fundamentals ch. 22 keeps
     * water in closed loops within about 1.2-3 m/s.
     */
    static final double FACILITY_PIPE_VELOCITY_M_PER_S = 2.0;
    public static final String FACILITY_WATER_PUMP = "facility_water_pump";
    public static final String HEAT_REUSE = "heat_reuse";
    public static final String FACILITY_WATER = "facility_water";

    private PlantSizer() {
    }

    /**
     * The names of the default components of a plant, in flow order.
     *
     * @param liquid whether the technology has a liquid loop
     * @param heatReuse whether a heat user sits on the facility-water return
     */
    public static List<String> defaultComponents(boolean liquid, boolean heatReuse) {
        List<String> names = new ArrayList<>(List.of(CRAH_FANS, AIRSIDE_ECONOMIZER, CHILLED_WATER_PUMP, CHILLED_WATER));
        if (liquid) {
            names.addAll(List.of(CDU_PUMPS, FACILITY_WATER_PUMP));
            if (heatReuse) {
                names.add(HEAT_REUSE);
            }
            names.add(FACILITY_WATER);
        }
        return names;
    }

    /** The pumps of the default topology a scenario may set a control law for. */
    public static List<String> defaultPumps(boolean liquid) {
        return liquid ? List.of(CHILLED_WATER_PUMP, CDU_PUMPS, FACILITY_WATER_PUMP) : List.of(CHILLED_WATER_PUMP);
    }

    /** The fans of the default topology a scenario may set a minimum speed for: air handlers, then each loop's heat rejection. */
    public static List<String> defaultFans(boolean liquid) {
        return liquid ? List.of(CRAH_FANS, CHILLED_WATER, FACILITY_WATER) : List.of(CRAH_FANS, CHILLED_WATER);
    }

    /**
     * @param c the cooling as designed
     * @param groups each rack group's share of the design IT load, its share to liquid and its coolant rise
     * @param designOtherAirHeatW design power-chain losses, standby losses and misc loads released into cooled air (W)
     * @param designOtherLiquidHeatW design power-chain losses released into the liquid loop (W)
     */
    public static CoolingPlant size(CoolingParams c, List<GroupLiquid> groups, double designOtherAirHeatW,
            double designOtherLiquidHeatW) {
        return size(c, groups, designOtherAirHeatW, designOtherLiquidHeatW, STANDARD_PRESSURE_PA);
    }

    /** Sea-level standard atmosphere (Pa), for a plant sized without a site. */
    private static final double STANDARD_PRESSURE_PA = 101_325.0;

    /**
     * @param c the cooling as designed
     * @param groups each rack group's share of the design IT load, its share to liquid and its coolant rise
     * @param designOtherAirHeatW design power-chain losses, standby losses and misc loads released into cooled air (W)
     * @param designOtherLiquidHeatW design power-chain losses released into the liquid loop (W)
     * @param stationPressurePa the site's air pressure (Pa): an evaporative handler's psychrometrics read it
     */
    public static CoolingPlant size(CoolingParams c, List<GroupLiquid> groups, double designOtherAirHeatW,
            double designOtherLiquidHeatW, double stationPressurePa) {
        HeatRejectionParams hr = c.heatRejection();
        AirPathParams air = c.air();
        PlantParams plant = c.plant();
        double itToAirW = 0;
        double itToLiquidW = 0;
        for (GroupLiquid g : groups) {
            itToLiquidW += g.designHeatToLiquidW();
            itToAirW += g.designItW() - g.designHeatToLiquidW();
        }
        List<PlantGraph.Node> nodes = new ArrayList<>();
        Map<String, Double> diverted = new HashMap<>();
        Walk walk = new Walk(PlantSide.AIR, itToAirW + designOtherAirHeatW, plant, hr, nodes, diverted);
        walk.at(Coolant.AIR, air.supplyAirTempC(), air.crahAirDeltaTK());
        Optional<RearDoorDesign> doors = air.rearDoors().flatMap(d -> rearDoors(c, d, groups, walk));
        AffinityMover crah = AffinityMover.forDuty(walk.heatW, Coolant.AIR.flowM3PerS(walk.heatW, air.crahAirDeltaTK(),
                air.supplyAirTempC()), air.crahPressurePa(), air.crahFanEfficiency(), fanMinSpeed(plant, CRAH_FANS, hr));
        walk.add(new Fan(CRAH_FANS, crah));
        AirsideEconomizer economizer = new AirsideEconomizer(AIRSIDE_ECONOMIZER, air.airsideEconomizer(), air.supplyAirTempC(),
                air.supplyAirTempC() + air.crahAirDeltaTK(), ECONOMIZER_MIN_DEW_POINT_C, ECONOMIZER_MAX_DEW_POINT_C);
        walk.add(air.handler().evaporative() ? evaporative(air, walk.heatW, stationPressurePa, hr) : economizer);
        walk.at(Coolant.WATER, air.chilledWaterSupplyTempC(), air.chilledWaterDeltaTK());
        HeatRejectionLoop chilledWater = waterLoop(walk, CHILLED_WATER_PUMP, CHILLED_WATER, air.chilledWaterPumpHeadPa(),
                Optional.empty());
        AirPath airPath = new AirPath(crah, chilledWater, economizer, air.handler(), doors);
        double liquidHeatW = itToLiquidW + designOtherLiquidHeatW;
        Optional<LiquidPath> liquid = c.liquid().map(l -> liquidPath(l, hr, plant, liquidHeatW, designOtherLiquidHeatW, groups,
                nodes, diverted));
        return new CoolingPlant(c.technology(), airPath, liquid, c.fanFractionRemoved(), new PlantGraph(nodes), groups);
    }

    /**
     * The coolant flow the loop needs at design (m³/s): each group's heat at its own rise, the chain's
     * liquid losses at the loop's; one expression when every group has the loop's rise.
     */
    private static double designFlowM3PerS(LiquidLoopParams l, double liquidHeatW, double otherLiquidHeatW, List<GroupLiquid> groups) {
        Coolant coolant = l.coolant();
        boolean loopRise = groups.stream().filter(GroupLiquid::onLiquid).allMatch(g -> g.coolantDeltaTK() == l.loopDeltaTK());
        if (loopRise) {
            return coolant.flowM3PerS(liquidHeatW, l.loopDeltaTK(), l.coolantMeanTempC());
        }
        double flow = coolant.flowM3PerS(otherLiquidHeatW, l.loopDeltaTK(), l.coolantMeanTempC());
        for (GroupLiquid g : groups) {
            flow += g.designFlowM3PerS(coolant, l.coolantSupplyTempC());
        }
        return flow;
    }

    private static LiquidPath liquidPath(LiquidLoopParams l, HeatRejectionParams hr, PlantParams plant, double liquidHeatW,
            double otherLiquidHeatW, List<GroupLiquid> groups, List<PlantGraph.Node> nodes, Map<String, Double> diverted) {
        Coolant coolant = l.coolant();
        int racks = groups.stream().filter(GroupLiquid::onLiquid).mapToInt(GroupLiquid::racks).sum();
        double derating = cduDerating(l);
        double unitW = l.cduCapacityW() * derating;
        int cdusNeeded;
        int cdus;
        if (l.cdusPerGroup()) {
            // Each group's own CDUs on its IT heat and its share of the chain's losses to liquid, redundancy group by group.
            double itLiquidW = liquidHeatW - otherLiquidHeatW;
            cdusNeeded = 0;
            cdus = 0;
            for (GroupLiquid g : groups) {
                if (g.onLiquid()) {
                    double heatW = g.designHeatToLiquidW() * (itLiquidW > 0 ? liquidHeatW / itLiquidW : 1.0);
                    int n = cdusFor(heatW, unitW);
                    cdusNeeded += n;
                    cdus += l.cduRedundancy().installed(n);
                }
            }
            cdusNeeded = Math.max(1, cdusNeeded);
            cdus = Math.max(cdus, l.cduRedundancy().installed(1));
        } else {
            cdusNeeded = cdusFor(liquidHeatW, unitW);
            cdus = l.cduRedundancy().installed(cdusNeeded);
        }
        double meanC = l.coolantMeanTempC();
        double flow = designFlowM3PerS(l, liquidHeatW, otherLiquidHeatW, groups);
        // The rise the whole loop sees: the mix of every group's return.
        double atLoopRise = coolant.flowM3PerS(liquidHeatW, l.loopDeltaTK(), meanC);
        double deltaTK = flow == atLoopRise || !(flow > 0) ? l.loopDeltaTK() : l.loopDeltaTK() * atLoopRise / flow;
        Optional<LoopHydraulics> hydraulics = Optional.empty();
        double minFlow = pumpMinFlow(plant, CDU_PUMPS, hr);
        LoopPump loopPumps;
        if (l.fixedLoopHeadPa().isPresent() || l.hydraulics().isEmpty()) {
            // A head given by the file is taken as a turbulent system: all of it inertial.
            loopPumps = new LoopPump(liquidHeatW, flow, 0, l.fixedLoopHeadPa().orElse(0), hr.pumpEfficiency(), minFlow);
        } else {
            LoopHydraulics h = LoopHydraulics.design(l.hydraulics().get(), coolant, meanC, liquidHeatW, deltaTK, racks,
                    cdusNeeded, hr.pumpEfficiency());
            hydraulics = Optional.of(h);
            loopPumps = new LoopPump(liquidHeatW, flow, h.viscousPa(), h.headPa() - h.viscousPa(), hr.pumpEfficiency(), minFlow);
        }
        Walk walk = new Walk(PlantSide.LIQUID, liquidHeatW, plant, hr, nodes, diverted);
        walk.at(coolant, l.coolantSupplyTempC(), deltaTK);
        walk.add(Pump.of(CDU_PUMPS, loopPumps, pumpControl(plant, CDU_PUMPS)));
        walk.at(Coolant.WATER, l.facilitySupplyTempC(), l.facilityDeltaTK());
        Optional<HeatReuse> reuse = l.heatReuse().map(r -> new HeatReuse(r, l.facilityReturnTempC()));
        HeatRejectionLoop facility = waterLoop(walk, FACILITY_WATER_PUMP, FACILITY_WATER, l.facilityPumpHeadPa(), reuse);
        Optional<ChipCheck> chip = l.chip().map(c -> ChipCheck.of(c, l));
        return new LiquidPath(l, loopPumps, hydraulics, chip, reuse, facility, cdus,
                inventory(l, racks, cdus, cdusNeeded, hydraulics, liquidHeatW + loopPumps.designPowerW()), deltaTK, racks,
                groups.stream().filter(GroupLiquid::onLiquid).toList(), derating, cdusNeeded);
    }

    /**
     * The rear doors of the groups that have them, first on the air side: their share of the air
     * heat is those racks' design heat to air over all of it; their water goes to the pump of the
     * loop they sit on, which is sized with it.
     */
    private static Optional<RearDoorDesign> rearDoors(CoolingParams c, RearDoorParams d, List<GroupLiquid> groups, Walk walk) {
        AirPathParams air = c.air();
        List<GroupLiquid> withDoors = groups.stream().filter(g -> d.covers(g.name()) && g.racks() > 0
                && g.designItW() - g.designHeatToLiquidW() > 0).toList();
        if (withDoors.isEmpty() || !(walk.heatW > 0)) {
            return Optional.empty();
        }
        int[] doors = withDoors.stream().mapToInt(GroupLiquid::racks).toArray();
        double[] share = withDoors.stream().mapToDouble(g -> (g.designItW() - g.designHeatToLiquidW()) / walk.heatW).toArray();
        // one door's fans: their rated power at the rated airflow, which a rack gives when its heat over the servers' rise equals it
        double ratedAirflowHeatW = d.ratedW() / (d.ratedAirInC() - d.ratedAirOutC()) * air.crahAirDeltaTK();
        AffinityMover fans = d.active() ? new AffinityMover(ratedAirflowHeatW, d.fanPowerFraction() * d.ratedW(),
                fanMinSpeed(walk.plant, REAR_DOORS, walk.hr)) : null;
        RearDoor door = new RearDoor(REAR_DOORS, doors, share, air.supplyAirTempC(), air.crahAirDeltaTK(), c.doorWaterInC(d),
                d.coil(), fans, walk.heatW);
        walk.addDiverting(door, d.onFacilityWater() ? FACILITY_WATER_PUMP : CHILLED_WATER_PUMP, door.designToWaterW(walk.heatW));
        List<RearDoorDesign.Group> sized = new ArrayList<>();
        for (GroupLiquid g : withDoors) {
            double rackAirW = (g.designItW() - g.designHeatToLiquidW()) / g.racks();
            double fanW = door.fanW(rackAirW);
            sized.add(new RearDoorDesign.Group(g.name(), g.racks(), rackAirW, fanW, door.doorHeatW(rackAirW, fanW)));
        }
        return Optional.of(new RearDoorDesign(door.type(), d.onFacilityWater() ? FACILITY_WATER : CHILLED_WATER, c.doorWaterInC(d),
                air.supplyAirTempC() + air.crahAirDeltaTK(), sized));
    }

    /** The evaporative air handler, its secondary fans (indirect kinds) sized on the hall's design airflow. */
    private static EvaporativeAirHandler evaporative(AirPathParams air, double designHeatW, double pressurePa, HeatRejectionParams hr) {
        EvaporativeParams e = air.evaporative();
        double effectiveness = Double.isNaN(e.effectiveness()) ? air.handler().defaultEffectiveness() : e.effectiveness();
        AffinityMover secondary = air.handler() == AirHandler.DIRECT_EVAPORATIVE ? null : new AffinityMover(designHeatW,
                e.secondaryFanWPerM3PerS() * Coolant.AIR.flowM3PerS(designHeatW, air.crahAirDeltaTK(), air.supplyAirTempC()),
                hr.minSpeedFraction());
        return new EvaporativeAirHandler(EVAPORATIVE_AIR, air.handler(), effectiveness, air.supplyAirTempC(),
                air.supplyAirTempC() + air.crahAirDeltaTK(), air.airClass(), e.cyclesOfConcentration(), pressurePa, secondary);
    }

    /** CDUs that carry {@code heatW} at {@code unitW} each, at least one. */
    private static int cdusFor(double heatW, double unitW) {
        // The last 1e-9 keeps a load of exactly n CDUs at n, not n + 1, through rounding.
        return (int) Math.max(1, Math.ceil(heatW / unitW - 1e-9));
    }

    /**
     * A CDU's capacity with a glycol over its rating with water on both sides: the same plates at
     * the rated entering temperatures and volume flow, the glycol's film conductance and heat capacity
     * rate in place of water's ({@link PlateExchanger}). 1 for water, and for dielectric and two-phase
     * fluids, whose CDUs are rated with the fluid itself.
     */
    static double cduDerating(LiquidLoopParams l) {
        Coolant coolant = l.coolant();
        // A zero approach is an ideal exchanger, whatever the fluid: nothing to derate.
        if (!coolant.glycol() || !(l.cduApproachK() > 0)) {
            return 1.0;
        }
        double supplyC = l.coolantSupplyTempC();
        double returnC = l.coolantReturnTempC();
        double waterInC = l.facilitySupplyTempC();
        PlateExchanger water = PlateExchanger.rated(Coolant.WATER, Coolant.WATER, l.cduCapacityW(), returnC, supplyC, waterInC,
                waterInC + l.facilityDeltaTK());
        PlateExchanger glycol = water.withHotFluid(coolant);
        return glycol.heatW(returnC, waterInC, glycol.hotFlowKgPerS(), glycol.coldFlowKgPerS()) / l.cduCapacityW();
    }

    /** Fluid in each loop: racks, CDUs on both sides, the secondary piping of each running CDU, the facility mains. */
    private static CoolantInventory inventory(LiquidLoopParams l, int racks, int cdus, int cdusRunning,
            Optional<LoopHydraulics> hydraulics, double facilityHeatW) {
        double cduM3 = cdus * l.cduCapacityW() * CoolantInventory.CDU_FLUID_M3_PER_W;
        double pipingM3 = hydraulics.map(h -> cdusRunning * CoolantInventory.pipeVolumeM3(h.pipe())).orElse(0.0);
        double facilityFlow = Coolant.WATER.flowM3PerS(facilityHeatW, l.facilityDeltaTK(), l.facilitySupplyTempC()
                + l.facilityDeltaTK() / 2);
        PipeRun mains = PipeRun.sized(facilityFlow, FACILITY_PIPE_VELOCITY_M_PER_S, l.facilityPipingLengthM(), 0.045e-3);
        return new CoolantInventory(racks * l.fluidVolumeM3PerRack(), cduM3 / 2, pipingM3, cduM3 / 2,
                CoolantInventory.pipeVolumeM3(mains));
    }

    /**
     * A water loop: its pump sized on the heat reaching it, the heat user if any, and its heat
     * rejection sized on what reaches the end of the loop.
     */
    private static HeatRejectionLoop waterLoop(Walk walk, String pumpName, String loopName, double pumpHeadPa,
            Optional<HeatReuse> reuse) {
        HeatRejectionParams hr = walk.hr;
        walk.receive(pumpName);
        double supplyC = walk.supplyTempC;
        double deltaTK = walk.deltaTK;
        AffinityMover pump = AffinityMover.forDuty(walk.heatW, Coolant.WATER.flowM3PerS(walk.heatW, deltaTK, supplyC + deltaTK / 2),
                pumpHeadPa, hr.pumpEfficiency(), pumpMinFlow(walk.plant, pumpName, hr));
        walk.add(Pump.of(pumpName, pump, pumpControl(walk.plant, pumpName)));
        reuse.ifPresent(r -> walk.add(new HeatReuseUnit(HEAT_REUSE, r)));
        double waterHeatW = walk.heatW;
        double fanMin = fanMinSpeed(walk.plant, loopName, hr);
        HeatRejectionLoop loop;
        if (hr.coolingTower()) {
            Chiller chiller = new Chiller(hr.waterCooledChillerCarnotFraction(), hr.chillerEvaporatorApproachK(),
                    hr.waterCooledCondenserApproachK(), Chiller.DEFAULT_MIN_LIFT_K);
            double towerHeatW = waterHeatW * (1 + 1 / TOWER_SIZING_COP);
            AffinityMover fans = new AffinityMover(towerHeatW, towerHeatW * hr.towerFanWPerW(), fanMin);
            AffinityMover condenserPump = AffinityMover.forDuty(towerHeatW, Coolant.WATER.flowM3PerS(towerHeatW, hr.towerRangeK(),
                    TOWER_WATER_MEAN_C), hr.condenserPumpHeadPa(), hr.pumpEfficiency(), hr.minSpeedFraction());
            CoolingTower tower = new CoolingTower(hr.towerApproachK(), hr.towerRangeK(), hr.hxApproachK(),
                    hr.cyclesOfConcentration(), fans, condenserPump);
            loop = new HeatRejectionLoop(supplyC, supplyC + deltaTK, hr.economizer(), tower, chiller, pump);
        } else {
            Chiller chiller = new Chiller(hr.chillerCarnotFraction(), hr.chillerEvaporatorApproachK(), hr.chillerCondenserApproachK(),
                    Chiller.DEFAULT_MIN_LIFT_K);
            AffinityMover fans = new AffinityMover(waterHeatW, waterHeatW * hr.dryCoolerFanWPerW(), fanMin);
            DryCooler coil = new DryCooler(hr.dryCoolerApproachK(), fans, deltaTK + hr.dryCoolerApproachK());
            HeatRejector dry = hr.adiabatic().<HeatRejector>map(a -> new AdiabaticDryCooler(coil, a.switchOverC(),
                    a.padEffectiveness(), a.coilAirRiseK(), hr.cyclesOfConcentration())).orElse(coil);
            loop = new HeatRejectionLoop(supplyC, supplyC + deltaTK, hr.economizer(), dry, chiller, pump);
        }
        walk.add(new HeatRejectionUnit(loopName, loop));
        return loop;
    }

    private static PumpControl pumpControl(PlantParams plant, String name) {
        PlantParams.PumpSettings s = plant.pumps().get(name);
        return s == null ? PumpControl.FOLLOWS_LOAD : s.control();
    }

    private static double pumpMinFlow(PlantParams plant, String name, HeatRejectionParams hr) {
        PlantParams.PumpSettings s = plant.pumps().get(name);
        return s == null ? hr.minSpeedFraction() : s.minFlowFraction().orElse(hr.minSpeedFraction());
    }

    private static double fanMinSpeed(PlantParams plant, String name, HeatRejectionParams hr) {
        return plant.fanMinSpeedFractions().getOrDefault(name, hr.minSpeedFraction());
    }

    /**
     * The walk down one side of the plant: the heat reaching the next component at design, the
     * loop it is on, and the components placed so far, each linked to the next; components the
     * scenario adds after one are placed behind it in the file's order, each after the one before
     * (two added after X run X → A → B, B on what A passes on).
     */
    private static final class Walk {
        final PlantSide side;
        final PlantParams plant;
        final HeatRejectionParams hr;
        final List<PlantGraph.Node> nodes;
        /** Design heat diverted to a component not yet placed, by its name: added to what reaches it. */
        final Map<String, Double> diverted;
        double heatW;
        Coolant fluid;
        double supplyTempC;
        double deltaTK;
        private int last = -1;

        Walk(PlantSide side, double heatW, PlantParams plant, HeatRejectionParams hr, List<PlantGraph.Node> nodes,
                Map<String, Double> diverted) {
            this.diverted = diverted;
            this.side = side;
            this.heatW = heatW;
            this.plant = plant;
            this.hr = hr;
            this.nodes = nodes;
        }

        /** The loop the next components sit on. */
        void at(Coolant loopFluid, double loopSupplyTempC, double loopDeltaTK) {
            fluid = loopFluid;
            supplyTempC = loopSupplyTempC;
            deltaTK = loopDeltaTK;
        }

        void add(PlantComponent c) {
            place(c);
            for (PlantParams.AddedComponent a : plant.added()) {
                if (a.after().equals(c.name())) {
                    add(a.sizer().size(new PlantContext(heatW, side, fluid, supplyTempC, deltaTK, hr.pumpEfficiency(),
                            hr.minSpeedFraction())));
                }
            }
        }

        /** A component with a second outlet: {@code divertedW} of its design heat goes to {@code target}, placed later. */
        void addDiverting(PlantComponent c, String target, double divertedW) {
            int at = nodes.size();
            add(c);
            PlantGraph.Node placed = nodes.get(at);
            nodes.set(at, new PlantGraph.Node(c, placed.side(), placed.to(), Optional.of(target), placed.designHeatInW()));
            diverted.merge(target, divertedW, Double::sum);
        }

        /** Heat diverted at design to the component {@code name} joins what reaches it: called before it is sized. */
        void receive(String name) {
            Double divertedHere = diverted.remove(name);
            if (divertedHere != null) {
                heatW += divertedHere;
            }
        }

        private void place(PlantComponent c) {
            if (last >= 0) {
                PlantGraph.Node prev = nodes.get(last);
                nodes.set(last, new PlantGraph.Node(prev.component(), prev.side(), Optional.of(c.name()), prev.divertTo(),
                        prev.designHeatInW()));
            }
            nodes.add(new PlantGraph.Node(c, side, Optional.empty(), Optional.empty(), heatW));
            last = nodes.size() - 1;
            heatW = c.designHeatOutW(heatW);
        }
    }
}
