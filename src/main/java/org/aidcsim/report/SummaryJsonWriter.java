package org.aidcsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidcsim.backup.BackupParams;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.cooling.RearDoorDesign;
import org.aidcsim.cooling.PlantGraph;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.scenario.ScenarioSpec;
import org.aidcsim.economics.Economics;
import org.aidcsim.economics.SiteFigure;
import org.aidcsim.economics.YearCost;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.metrics.HeatBalance;
import org.aidcsim.metrics.Sizing;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.cooling.ColdPlateCurve;
import org.aidcsim.cooling.CoolantInventory;
import org.aidcsim.cooling.GroupLiquid;
import org.aidcsim.site.CapacityItem;
import org.aidcsim.site.CapacityTable;
import org.aidcsim.standards.Applicability;
import org.aidcsim.standards.EuIndicator;
import org.aidcsim.standards.StandardsAssessment;
import org.aidcsim.standards.Verdict;
import org.aidcsim.units.Units;

/** summary.json: metrics, energy by end use, the power chain and cooling sizing, in report units. */
public final class SummaryJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private SummaryJsonWriter() {
    }

    public static String toJson(RunReport r) {
        try {
            return MAPPER.writeValueAsString(tree(r)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(RunReport r) {
        SiteModel model = r.evaluation().scenario().model();
        AnnualMetrics m = r.evaluation().metrics();
        Sizing z = r.evaluation().sizing();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("aidcsim_version", r.toolVersion());
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", model.name());
        scenario.put("file", r.scenarioFile());
        scenario.put("description", r.description());
        ObjectNode site = root.putObject("site");
        site.put("weather", model.weather().sourceName());
        site.put("location", model.weather().locationName());
        site.put("elevation_m", Numbers.full(model.weather().elevationM()));
        ObjectNode sim = root.putObject("simulation");
        sim.put("start_day", model.window().startDay());
        sim.put("days", model.window().days());
        sim.put("step_s", model.window().stepS());
        sim.put("steps", model.window().steps());

        ArrayNode groups = root.putObject("it").putArray("groups");
        List<ScenarioSpec.RackGroupSpec> specs = r.evaluation().scenario().scenario().spec().it().groups();
        for (int k = 0; k < specs.size(); k++) {
            ScenarioSpec.RackGroupSpec g = specs.get(k);
            ObjectNode n = groups.addObject();
            n.put("name", g.name());
            g.catalogRack().ifPresent(rack -> {
                n.put("system", rack.systemKey());
                n.put("role", rack.role());
            });
            n.put("racks", g.racks());
            n.put("rack_power_kw", Numbers.full(Units.wToKw(g.rackPowerW())));
            n.put("utilization", Numbers.full(g.utilization()));
            n.put("peak_kw", Numbers.full(Units.wToKw(g.racks() * g.rackPowerW() * g.utilization())));
            n.put("rack_power_supply", g.supply().resolve(g.rackPowerW()).key());
            int at = k;
            model.cooling().liquid().ifPresent(l -> n.set("liquid", groupLiquid(model.cooling().groups().get(at), l)));
        }

        MetricValues values = r.evaluation().values();
        ObjectNode metrics = root.putObject("metrics");
        put(metrics, values, Metric.Section.METRICS);

        ObjectNode endUse = root.putObject("energy_by_end_use_mwh");
        endUse.put("it", mwh(m.itEnergyJ()));
        endUse.put("power_chain_losses", mwh(m.powerLossEnergyJ()));
        endUse.put("cooling_fans", mwh(m.fanEnergyJ()));
        endUse.put("cooling_pumps", mwh(m.pumpEnergyJ()));
        endUse.put("chillers", mwh(m.chillerEnergyJ()));
        endUse.put("misc", mwh(m.miscEnergyJ()));

        root.set("power_chain", powerChain(r));
        root.set("capacity", capacity(r.evaluation().scenario().capacity()));

        ObjectNode cooling = root.putObject("cooling");
        cooling.put("technology", model.cooling().technology().key());
        cooling.put("capture_fraction", Numbers.full(model.cooling().captureFraction()));
        if (model.cooling().serverFanFractionRemoved() > 0) {
            ObjectNode fans = cooling.putObject("server_fans_removed");
            fans.put("power_fraction", Numbers.full(model.cooling().serverFanFractionRemoved()));
            fans.put("energy_mwh", mwh(z.serverFanEnergyRemovedJ()));
            fans.put("note", "servers run without fans in " + model.cooling().technology().key()
                    + ": rack_power_kw minus the fans' share is the IT load");
        }
        model.cooling().liquid().ifPresent(l -> cooling.set("liquid_loop", liquidLoop(l)));
        cooling.set("plant", plant(model.cooling().graph(), r.evaluation().componentEnergyJ()));
        cooling.put("air_handler", model.cooling().air().handler().key());
        model.cooling().air().rearDoors().ifPresent(d -> cooling.set("rear_doors", rearDoors(d)));
        put(cooling.putObject("sizing"), values, Metric.Section.SIZING);
        HeatBalance balance = HeatBalance.of(m);
        ObjectNode heat = cooling.putObject("heat_balance_mwh");
        heat.put("into_air_path", mwh(balance.intoAirJ()));
        heat.put("into_liquid_loop", mwh(balance.intoLiquidJ()));
        heat.put("fan_work", mwh(balance.fansJ()));
        heat.put("pump_work", mwh(balance.pumpsJ()));
        heat.put("chiller_work", mwh(balance.chillersJ()));
        heat.put("total_in", mwh(balance.inJ()));
        heat.put("rejected_outdoors", mwh(balance.rejectedJ()));
        heat.put("reused", mwh(balance.reusedJ()));
        heat.put("total_out", mwh(balance.outJ()));

        r.resolution().ifPresent(res -> {
            ObjectNode n = root.putObject("step_resolution");
            n.put("step_s", Numbers.full(res.stepS()));
            n.put("peak_facility_power_kw", Numbers.full(Units.wToKw(res.peakFacilityW())));
            n.put("peak_of_hourly_means_kw", Numbers.full(Units.wToKw(res.peakOfHourlyMeansW())));
            n.put("peak_hidden_by_hourly_means_kw", Numbers.full(Units.wToKw(res.hiddenPeakW())));
            n.put("pue", Numbers.full(res.pue()));
            n.put("hourly_steps_peak_facility_power_kw", Numbers.full(Units.wToKw(res.hourlyPeakFacilityW())));
            n.put("hourly_steps_pue", Numbers.full(res.hourlyPue()));
        });
        root.set("standards", standards(r.standards()));
        root.set("backup", backup(r));
        root.set("economics", economics(r.evaluation().economics(), r.evaluation().scenario().economics().siteFigures()));

        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    /**
     * Every catalogue metric of {@code section} that the run estimated, under its key, at full
     * precision; a figure the run did not estimate (availability) is left out.
     */
    static void put(ObjectNode node, MetricValues values, Metric.Section section) {
        for (Metric m : Metric.values()) {
            if (m.section() == section && !Double.isNaN(values.value(m))) {
                node.put(m.key(), Numbers.full(values.value(m)));
            }
        }
    }

    /** The backup layers the run priced and counted, and whether the file gave them or they were assumed. */
    static ObjectNode backup(RunReport r) {
        CompiledScenario c = r.evaluation().scenario();
        BackupParams b = c.backup();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("origin", c.backupOrigin().name().toLowerCase(Locale.ROOT));
        n.put("note", BackupSummary.sentence(c));
        b.battery().ifPresent(bat -> {
            ObjectNode o = n.putObject("battery");
            o.put("chemistry", bat.chemistry().key());
            o.put("energy_kwh", Numbers.full(Units.joulesToKwh(bat.energyJ())));
            o.put("autonomy_at_design_s", Numbers.full(b.batteryBank().orElseThrow().runtimeS(c.model().designItPowerW())));
        });
        b.generators().ifPresent(g -> {
            ObjectNode o = n.putObject("generators");
            o.put("units", g.units());
            o.put("unit_rating_kw", Numbers.full(Units.wToKw(g.unitRatingW())));
        });
        b.supercap().ifPresent(sc -> n.putObject("supercap").put("window_energy_kwh",
                Numbers.full(Units.joulesToKwh(b.supercapBank().orElseThrow().windowEnergyJ()))));
        return n;
    }

    /** CAPEX by component, OPEX per year by item, TCO, at full precision. */
    static ObjectNode economics(Economics e, List<SiteFigure> siteFigures) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("currency", e.currency());
        // the site's grid and water figures as used, each with its source (the file, the shipped table, an assumption)
        ObjectNode figures = n.putObject("site_figures");
        for (SiteFigure f : siteFigures) {
            ObjectNode o = figures.putObject(f.key());
            o.put("value", Numbers.full(f.value()));
            o.put("source", f.source());
        }
        ObjectNode capex = n.putObject("capex");
        e.capex().forEach((k, v) -> capex.put(k, Numbers.full(v)));
        capex.put("total", Numbers.full(e.capexTotal()));
        ObjectNode opex = n.putObject("opex_per_year");
        e.opexPerYear().forEach((k, v) -> opex.put(k, Numbers.full(v)));
        opex.put("total", Numbers.full(e.opexTotalPerYear()));
        if (e.rampsUp()) {
            // the load grows into the hall: each year at its own share (opex_per_year above is a year at design load)
            ArrayNode years = n.putArray("years");
            for (YearCost y : e.years()) {
                ObjectNode row = years.addObject();
                row.put("year", y.year());
                row.put("load_fraction", Numbers.full(y.loadFraction()));
                row.put("it_energy_mwh", Numbers.full(Units.joulesToMwh(y.itEnergyJ())));
                row.put("facility_energy_mwh", Numbers.full(Units.joulesToMwh(y.facilityEnergyJ())));
                row.put("pue", Numbers.full(y.pue()));
                row.put("opex", Numbers.full(y.opex()));
                row.put("carbon_t", Numbers.full(y.carbonTonnes()));
            }
        }
        return n;
    }

    /** Stages from the grid to the chips: design figures and the run's energy loss of each. */
    static ObjectNode powerChain(RunReport r) {
        AnnualMetrics m = r.evaluation().metrics();
        ChainPoint design = r.evaluation().design();
        List<Double> lossJ = new ArrayList<>();
        List<Double> facility = m.stageLossEnergyJ();
        for (int i = facility.size() - 1; i >= 0; i--) {
            lossJ.add(facility.get(i));
        }
        lossJ.addAll(m.rackStageLossEnergyJ());
        ObjectNode chain = MAPPER.createObjectNode();
        chain.put("design_it_power_kw", kw(design.itPowerW()));
        chain.put("design_grid_power_kw", kw(design.gridPowerW()));
        chain.put("design_chip_power_kw", kw(design.chipPowerW()));
        chain.put("design_facility_efficiency", Numbers.full(design.facilityEfficiency()));
        chain.put("design_end_to_end_efficiency", Numbers.full(design.endToEndEfficiency()));
        chain.put("conductor_mass_kg", Numbers.full(design.conductorMassKg()));
        ArrayNode stages = chain.putArray("stages");
        for (int i = 0; i < design.stagesFromGrid().size(); i++) {
            ChainPoint.StagePoint p = design.stagesFromGrid().get(i);
            ObjectNode s = stages.addObject();
            s.put("name", p.name());
            s.put("kind", p.kind().key());
            s.put("in_rack", p.inRack());
            s.put("heat_to", p.heatSink());
            if (p.unitsInstalled() > 0) {
                s.put("units", p.unitsInstalled());
                s.put("redundancy", p.redundancy());
                s.put("unit_rating_kw", kw(p.unitRatingW()));
                s.put("installed_capacity_kw", kw(p.installedCapacityW()));
                s.put("design_load_fraction", Numbers.full(p.loadFraction()));
            } else {
                s.put("conductor_sets", p.conductorSets());
                s.put("conductor_size_mm2", Numbers.full(p.conductorSizeMm2()));
                s.put("conductor_mass_kg", Numbers.full(p.conductorMassKg()));
            }
            s.put("design_loss_kw", kw(p.lossW()));
            s.put("design_efficiency", Numbers.full(p.efficiency()));
            s.put("loss_mwh", mwh(lossJ.get(i)));
            s.put("source", p.source());
            s.put("basis", p.basis());
            if (p.inRack() && !p.perRack().isEmpty()) {
                s.put("per_rack", p.perRack());
            }
        }
        return chain;
    }

    /** A rack group on the liquid loop at the design basis: its share to liquid, its rise and its flow, per rack. */
    private static ObjectNode groupLiquid(GroupLiquid g, LiquidPath l) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("liquid_fraction", Numbers.full(g.captureFraction()));
        n.put("on_liquid_loop", g.onLiquid());
        if (g.onLiquid()) {
            n.put("coolant_delta_t_k", Numbers.full(g.coolantDeltaTK()));
            n.put("design_heat_to_liquid_kw_per_rack", kw(g.designHeatToLiquidW() / g.racks()));
            n.put("design_coolant_flow_l_per_min_per_rack", Numbers.full(Units.m3PerSToLitrePerMin(
                    g.designFlowPerRackM3PerS(l.coolant(), l.coolantSupplyTempC()))));
        }
        return n;
    }

    /** Every plant item against the design basis: installed, firm with its redundant units failed, required, margin. */
    static ObjectNode capacity(CapacityTable t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("basis", t.declared() ? "declared" : "nameplate");
        n.put("design_it_power_kw", kw(t.designItPowerW()));
        n.put("nameplate_it_power_kw", kw(t.nameplateItPowerW()));
        ArrayNode items = n.putArray("items");
        for (CapacityItem i : t.items()) {
            ObjectNode o = items.addObject();
            o.put("key", i.key());
            o.put("item", i.item());
            o.put("per_rack", i.perRack());
            o.put("rating_of", i.unitOf());
            o.put("units", i.units());
            o.put("redundancy", i.redundancy());
            o.put("spare_units", i.spareUnits());
            o.put("unit_rating_kw", kw(i.unitRatingW()));
            o.put("installed_kw", kw(i.installedW()));
            o.put("firm_kw", kw(i.firmW()));
            o.put("required_kw", kw(i.requiredW()));
            o.put("margin", Numbers.full(i.margin()));
            if (t.declared()) {
                o.put("required_at_nameplate_kw", kw(i.requiredAtNameplateW()));
                o.put("margin_at_nameplate", Numbers.full(i.marginAtNameplate()));
            }
        }
        return n;
    }

    private static void putOptional(ObjectNode o, String key, Optional<String> value) {
        if (value.isPresent()) {
            o.put(key, value.get());
        } else {
            o.putNull(key);
        }
    }

    /** Each limit with its document, the design's figure, pass or fail and the margin; the EU reporting set. */
    private static ObjectNode standards(StandardsAssessment a) {
        ObjectNode n = MAPPER.createObjectNode();
        ObjectNode site = n.putObject("jurisdiction");
        putOptional(site, "country", a.jurisdiction().country());
        putOptional(site, "region", a.jurisdiction().region());
        site.put("basis", a.jurisdiction().basis());
        ArrayNode frameworks = n.putArray("frameworks");
        for (Applicability f : a.frameworks()) {
            ObjectNode o = frameworks.addObject();
            o.put("key", f.framework().key());
            o.put("title", f.framework().title());
            o.put("status", f.status());
            o.put("applies", f.applies());
            o.put("assessed", f.assessed());
            o.put("why", f.why());
        }
        ObjectNode china = n.putObject("china");
        china.put("gb40879_grade", a.gb40879Grade());
        china.put("scale", a.scale().key());
        ArrayNode limits = n.putArray("limits");
        for (Verdict v : a.verdicts()) {
            ObjectNode l = limits.addObject();
            l.put("framework", v.framework().key());
            l.put("document", v.standard());
            l.put("applies_to", v.scope());
            l.put("figure", v.figure());
            l.put("value", Numbers.full(v.value()));
            l.put("limit", Numbers.full(v.limit()));
            l.put("bound", v.minimum() ? "minimum" : "maximum");
            l.put("applies", v.applies());
            v.outcome().ifPresent(o -> l.put("verdict", o));
            l.put("margin", Numbers.full(v.margin()));
        }
        ObjectNode ashrae = n.putObject("ashrae_90_4");
        ashrae.put("climate_zone", a.climateZone().label());
        ashrae.put("climate_zone_basis", a.climateZone().moistureBasis());
        ashrae.put("cdd10", Numbers.full(a.climateZone().cdd10()));
        ashrae.put("hdd18", Numbers.full(a.climateZone().hdd18()));
        ashrae.put("annualized_mlc", Numbers.full(a.ashrae().annualizedMlc()));
        ashrae.put("design_mlc", Numbers.full(a.ashrae().designMlc()));
        ashrae.put("elc_full_load", Numbers.full(a.ashrae().elcFullLoad()));
        ashrae.put("elc_half_load", Numbers.full(a.ashrae().elcHalfLoad()));
        ObjectNode eu = n.putObject("eu_2024_1364");
        eu.put("reporting_applies", a.euReportingApplies());
        eu.put("waste_heat_use_required", a.euWasteHeatUseRequired());
        ArrayNode indicators = eu.putArray("indicators");
        for (EuIndicator i : a.euIndicators()) {
            ObjectNode o = indicators.addObject();
            o.put("name", i.name());
            o.put("unit", i.unit());
            if (i.value().isPresent()) {
                o.put("value", Numbers.full(i.value().getAsDouble()));
            } else {
                o.putNull("value");
            }
            o.put("source", i.note());
        }
        return n;
    }

    /** Every component of the plant in the order heat reaches it: where it stands, what it was sized on, what it drew. */
    private static ArrayNode plant(PlantGraph graph, Optional<List<Double>> energyJ) {
        ArrayNode out = MAPPER.createArrayNode();
        for (int i = 0; i < graph.nodes().size(); i++) {
            PlantGraph.Node node = graph.nodes().get(i);
            ObjectNode c = out.addObject();
            c.put("name", node.component().name());
            c.put("type", node.component().type());
            c.put("inlet", node.side().key());
            node.component().control().ifPresent(law -> c.put("control", law));
            if (node.to().isPresent()) {
                c.put("to", node.to().get());
            } else {
                c.putNull("to");
            }
            node.divertTo().ifPresent(t -> c.put("diverts_to", t));
            c.put("design_heat_kw", kw(node.designHeatInW()));
            c.put("design_power_kw", kw(node.component().designPowerW()));
            int at = i;
            energyJ.ifPresent(e -> c.put("energy_mwh", mwh(e.get(at))));
        }
        return out;
    }

    /** The doors at design, in all and per group and rack: heat to air, to water, and left in the room. */
    private static ObjectNode rearDoors(RearDoorDesign d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", d.type());
        n.put("water", d.water());
        n.put("water_in_c", Numbers.full(d.waterInC()));
        n.put("exhaust_c", Numbers.full(d.exhaustC()));
        n.put("doors", d.doors());
        n.put("design_to_water_kw", kw(d.toWaterW()));
        n.put("design_left_in_room_kw", kw(d.residualW()));
        ArrayNode groups = n.putArray("groups");
        for (RearDoorDesign.Group g : d.groups()) {
            ObjectNode o = groups.addObject();
            o.put("name", g.name());
            o.put("doors", g.doors());
            o.put("rack_to_air_kw", kw(g.rackAirW()));
            o.put("door_fans_kw", kw(g.fanW()));
            o.put("door_to_water_kw", kw(g.toWaterW()));
            o.put("rack_left_in_room_kw", kw(g.residualW()));
        }
        return n;
    }

    /** The liquid loop's fluid, pressure drops, pumps and heat user: what sizing's figures rest on. */
    private static ObjectNode liquidLoop(LiquidPath l) {
        ObjectNode loop = MAPPER.createObjectNode();
        ObjectNode coolant = loop.putObject("coolant");
        coolant.put("key", l.coolant().key());
        coolant.put("name", l.coolant().name());
        coolant.put("source", l.coolant().source());
        l.hydraulics().ifPresent(h -> {
            ObjectNode drops = loop.putObject("pressure_drops_kpa");
            drops.put("branch", Numbers.full(Units.paToKpa(h.branchPa())));
            drops.put("manifolds", Numbers.full(Units.paToKpa(h.manifoldPa())));
            drops.put("piping", Numbers.full(Units.paToKpa(h.pipingPa())));
            drops.put("cdu_exchanger", Numbers.full(Units.paToKpa(h.exchangerPa())));
            drops.put("total", Numbers.full(Units.paToKpa(h.headPa())));
            loop.put("branch_flow_l_per_min", Numbers.full(Units.m3PerSToLitrePerMin(h.branchFlowM3PerS())));
            loop.put("pipe_dn_mm", h.pipe().nominalSizeMm());
            ObjectNode pumps = loop.putObject("pumps");
            pumps.put("running", h.pumps().running());
            pumps.put("flow_l_per_min", Numbers.full(Units.m3PerSToLitrePerMin(h.pumps().flowM3PerS())));
            pumps.put("head_kpa", Numbers.full(Units.paToKpa(h.pumps().headPa())));
            pumps.put("input_kw", Numbers.full(Units.wToKw(h.pumps().inputW())));
            pumps.put("motor_kw", Numbers.full(Units.wToKw(h.pumps().motorW())));
        });
        l.heatReuse().ifPresent(r -> {
            ObjectNode reuse = loop.putObject("heat_reuse");
            reuse.put("mode", r.direct() ? "direct" : "heat_pump");
            reuse.put("source_temp_c", Numbers.full(r.sourceTempC()));
            reuse.put("supply_temp_c", Numbers.full(r.params().supplyTempC()));
            reuse.put("demand_kw", Numbers.full(Units.wToKw(r.params().demandW())));
            if (!r.direct()) {
                reuse.put("heating_cop", Numbers.full(r.heatingCop()));
            }
        });
        ObjectNode facility = loop.putObject("facility_water");
        double facilityHeatW = l.facilityWater().pump().designHeatW();
        double supplyC = l.design().facilitySupplyTempC();
        double riseK = l.design().facilityDeltaTK();
        facility.put("supply_temp_c", Numbers.full(supplyC));
        facility.put("return_temp_c", Numbers.full(l.design().facilityReturnTempC()));
        facility.put("delta_t_k", Numbers.full(riseK));
        facility.put("design_heat_kw", kw(facilityHeatW));
        facility.put("design_flow_l_per_min", Numbers.full(Units.m3PerSToLitrePerMin(Coolant.WATER.flowM3PerS(facilityHeatW, riseK,
                supplyC + riseK / 2))));
        facility.put("cdu_derating", Numbers.full(l.cduDerating()));
        CoolantInventory inv = l.inventory();
        ObjectNode inventory = loop.putObject("inventory_m3");
        inventory.put("racks", Numbers.full(inv.racksM3()));
        inventory.put("cdus_it_side", Numbers.full(inv.cduSecondaryM3()));
        inventory.put("secondary_piping", Numbers.full(inv.secondaryPipingM3()));
        inventory.put("technology_loop", Numbers.full(inv.technologyLoopM3()));
        inventory.put("cdus_facility_side", Numbers.full(inv.cduPrimaryM3()));
        inventory.put("facility_mains", Numbers.full(inv.facilityPipingM3()));
        inventory.put("facility_loop", Numbers.full(inv.facilityLoopM3()));
        l.chip().ifPresent(c -> {
            ObjectNode chip = loop.putObject("chip");
            chip.put("cold_plate", c.coldPlate().map(ColdPlateCurve::key).orElse(null));
            chip.put("plate_flow_l_per_min", Numbers.full(Units.m3PerSToLitrePerMin(c.plateFlowM3PerS())));
            chip.put("resistance_k_per_w", Numbers.full(c.resistanceKPerW()));
            chip.put("plate_loop_pressure_drop_kpa", Numbers.full(Units.paToKpa(c.plateLoopPressureDropPa())));
            chip.put("source", c.coldPlate().map(ColdPlateCurve::source).orElse("cooling.liquid.chip.resistance_k_per_w, its "
                    + "convective part scaled with flow^-0.8"));
        });
        return loop;
    }

    private static BigDecimal mwh(double joules) {
        return Numbers.full(Units.joulesToMwh(joules));
    }

    private static BigDecimal kw(double watts) {
        return Numbers.full(Units.wToKw(watts));
    }
}
