package org.aidcsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.Sizing;
import org.aidcsim.units.Units;

/** summary.json: metrics, energy by end use, the power chain and cooling sizing, in report units. */
public final class SummaryJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private SummaryJsonWriter() {
    }

    public static String toJson(RunReport r) {
        try {
            return MAPPER.writeValueAsString(tree(r)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
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
        site.put("elevation_m", Numbers.round(model.weather().elevationM(), 1));
        ObjectNode sim = root.putObject("simulation");
        sim.put("start_day", model.window().startDay());
        sim.put("days", model.window().days());
        sim.put("step_s", model.window().stepS());
        sim.put("steps", model.window().steps());

        ObjectNode metrics = root.putObject("metrics");
        metrics.put("pue_annual", Numbers.round(m.pue(), 4));
        metrics.put("it_energy_mwh", mwh(m.itEnergyJ()));
        metrics.put("facility_energy_mwh", mwh(m.facilityEnergyJ()));
        metrics.put("power_loss_mwh", mwh(m.powerLossEnergyJ()));
        metrics.put("cooling_energy_mwh", mwh(m.coolingEnergyJ()));
        metrics.put("misc_energy_mwh", mwh(m.miscEnergyJ()));
        metrics.put("pue_max_hourly", Numbers.round(m.pueMaxStep(), 4));
        metrics.put("pue_min_hourly", Numbers.round(m.pueMinStep(), 4));
        metrics.put("peak_facility_power_kw", kw(m.peakFacilityPowerW()));
        metrics.put("peak_it_power_kw", kw(m.peakItPowerW()));
        metrics.put("power_chain_efficiency", Numbers.round(m.powerChainEfficiency(), 5));
        metrics.put("end_to_end_efficiency", Numbers.round(m.endToEndEfficiency(), 5));
        metrics.put("chip_energy_mwh", mwh(m.chipEnergyJ()));
        metrics.put("in_rack_loss_mwh", mwh(m.inRackLossEnergyJ()));
        metrics.put("ppue_cooling", Numbers.round(m.ppueCooling(), 4));
        metrics.put("wue_l_per_kwh", Numbers.round(m.wueLPerKwh(), 4));
        metrics.put("water_use_m3", Numbers.round(m.waterKg() / 1000.0, 1));
        metrics.put("chiller_hours", Numbers.round(m.chillerOnS() / Units.SECONDS_PER_HOUR, 2));
        metrics.put("full_free_cooling_hours", Numbers.round(m.fullFreeCoolingS() / Units.SECONDS_PER_HOUR, 2));

        ObjectNode endUse = root.putObject("energy_by_end_use_mwh");
        endUse.put("it", mwh(m.itEnergyJ()));
        endUse.put("power_chain_losses", mwh(m.powerLossEnergyJ()));
        endUse.put("cooling_fans", mwh(m.fanEnergyJ()));
        endUse.put("cooling_pumps", mwh(m.pumpEnergyJ()));
        endUse.put("chillers", mwh(m.chillerEnergyJ()));
        endUse.put("misc", mwh(m.miscEnergyJ()));

        root.set("power_chain", powerChain(r));

        ObjectNode cooling = root.putObject("cooling");
        cooling.put("technology", model.cooling().technology().key());
        cooling.put("capture_fraction", Numbers.round(model.cooling().captureFraction(), 4));
        if (model.cooling().serverFanFractionRemoved() > 0) {
            ObjectNode fans = cooling.putObject("server_fans_removed");
            fans.put("power_fraction", Numbers.round(model.cooling().serverFanFractionRemoved(), 4));
            fans.put("energy_mwh", mwh(z.serverFanEnergyRemovedJ()));
            fans.put("note", "servers run without fans in " + model.cooling().technology().key()
                    + ": rack_power_kw minus the fans' share is the IT load");
        }
        ObjectNode sizing = cooling.putObject("sizing");
        sizing.put("design_it_power_kw", kw(z.designItPowerW()));
        sizing.put("racks", z.racks());
        sizing.put("peak_heat_to_liquid_kw", kw(z.peakHeatToLiquidW()));
        sizing.put("peak_heat_to_air_kw", kw(z.peakHeatToAirW()));
        sizing.put("heat_rejection_capacity_kw", kw(z.peakHeatRejectedW()));
        sizing.put("coolant_flow_l_per_min", Numbers.round(Units.m3PerSToLitrePerMin(z.coolantFlowM3PerS()), 1));
        sizing.put("coolant_flow_per_rack_l_per_min", Numbers.round(Units.m3PerSToLitrePerMin(z.coolantFlowPerRackM3PerS()), 2));
        if (Double.isFinite(z.coolantSupplyTempC())) {
            sizing.put("coolant_supply_temp_c", Numbers.round(z.coolantSupplyTempC(), 1));
        }
        sizing.put("chiller_capacity_kw", kw(z.peakChillerLoadW()));
        sizing.put("cdu_count", z.cduUnits());
        sizing.put("cdu_capacity_kw", kw(z.cduCapacityW()));
        sizing.put("fluid_volume_m3", Numbers.round(z.fluidVolumeM3(), 2));
        sizing.put("pump_power_design_kw", kw(z.pumpDesignW()));
        sizing.put("chiller_hours", Numbers.round(m.chillerOnS() / Units.SECONDS_PER_HOUR, 2));
        sizing.put("water_use_m3", Numbers.round(m.waterKg() / 1000.0, 1));
        sizing.put("crah_fan_design_kw", kw(z.crahFanDesignW()));
        sizing.put("liquid_loop_pump_design_kw", kw(z.liquidLoopPumpDesignW()));
        sizing.put("chilled_water_pump_design_kw", kw(z.chilledWaterPumpDesignW()));
        sizing.put("facility_water_pump_design_kw", kw(z.facilityWaterPumpDesignW()));

        root.set("economics", economics(r.evaluation().economics()));
        metrics.put("carbon_t_per_year", Numbers.round(r.evaluation().economics().carbonTonnesPerYear(), 2));

        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    /** CAPEX by component, OPEX per year by item, TCO; amounts rounded to whole currency units. */
    static ObjectNode economics(org.aidcsim.economics.Economics e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("currency", e.currency());
        ObjectNode capex = n.putObject("capex");
        e.capex().forEach((k, v) -> capex.put(k, Numbers.round(v, 0)));
        capex.put("total", Numbers.round(e.capexTotal(), 0));
        ObjectNode opex = n.putObject("opex_per_year");
        e.opexPerYear().forEach((k, v) -> opex.put(k, Numbers.round(v, 0)));
        opex.put("total", Numbers.round(e.opexTotalPerYear(), 0));
        n.put("tco", Numbers.round(e.tco(), 0));
        n.put("carbon_t_per_year", Numbers.round(e.carbonTonnesPerYear(), 2));
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
        chain.put("design_facility_efficiency", Numbers.round(design.facilityEfficiency(), 5));
        chain.put("design_end_to_end_efficiency", Numbers.round(design.endToEndEfficiency(), 5));
        chain.put("conductor_mass_kg", Numbers.round(design.conductorMassKg(), 1));
        ArrayNode stages = chain.putArray("stages");
        for (int i = 0; i < design.stagesFromGrid().size(); i++) {
            ChainPoint.StagePoint p = design.stagesFromGrid().get(i);
            ObjectNode s = stages.addObject();
            s.put("name", p.name());
            s.put("kind", p.kind());
            s.put("in_rack", p.inRack());
            s.put("heat_to", p.heatSink());
            if (p.unitsInstalled() > 0) {
                s.put("units", p.unitsInstalled());
                s.put("redundancy", p.redundancy());
                s.put("unit_rating_kw", kw(p.unitRatingW()));
                s.put("design_load_fraction", Numbers.round(p.loadFraction(), 4));
            } else {
                s.put("conductor_mass_kg", Numbers.round(p.conductorMassKg(), 1));
            }
            s.put("design_loss_kw", kw(p.lossW()));
            s.put("design_efficiency", Numbers.round(p.efficiency(), 5));
            s.put("loss_mwh", mwh(lossJ.get(i)));
            s.put("source", p.source());
        }
        return chain;
    }

    private static java.math.BigDecimal mwh(double joules) {
        return Numbers.round(Units.joulesToMwh(joules), 3);
    }

    private static java.math.BigDecimal kw(double watts) {
        return Numbers.round(Units.wToKw(watts), 2);
    }
}
