package org.aidcsim.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.units.Units;

/**
 * A design judged by the standards: China's grade and ceilings, the EU reporting set, and whether
 * EU reporting applies. ISO/IEC 30134 KPIs are catalogue metrics (see {@link Metric}); this adds
 * what needs limits or the site's classes.
 *
 * @param gb40879Grade GB 40879-2021 grade of the annual PUE (1-3; 4 above the maximum allowable value)
 * @param verdicts the annual PUE against GB 40879's maximum allowable value and each policy ceiling
 * @param scale the site's size class in China's policy documents
 * @param euReportingApplies whether the installed IT power reaches the 500 kW of Article 12 of
 *        Directive (EU) 2023/1791
 * @param euIndicators the reporting set, filled where the model can
 * @param climateZone the site's ASHRAE 169 climate zone, from its weather
 * @param ashrae the ASHRAE 90.4 components
 */
public record StandardsAssessment(int gb40879Grade, List<Verdict> verdicts, ChinaGb40879.Scale scale, boolean euReportingApplies,
        List<EuIndicator> euIndicators, ClimateZone climateZone, Ashrae904 ashrae) {

    /** Installed IT power from which EU data centers report (W): Directive (EU) 2023/1791, Article 12. */
    public static final double EU_REPORTING_FROM_W = 500e3;

    /**
     * @param model the site
     * @param m its annual results
     * @param v its catalogue metrics
     * @param p the file's standards inputs
     */
    public static StandardsAssessment of(SiteModel model, AnnualMetrics m, MetricValues v, StandardsParams p) {
        double pue = m.pue();
        double nameplateW = Units.kwToW(v.value(Metric.NAMEPLATE_IT_POWER_KW));
        ChinaGb40879.Scale scale = p.scale(nameplateW);
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(new Verdict(ChinaGb40879.STANDARD + " (maximum allowable value, grade 3)", "annual PUE", pue,
                ChinaGb40879.maximumAllowablePue(), true, "every data center"));
        for (ChinaGb40879.Ceiling c : ChinaGb40879.ceilings(scale, p.hubNode())) {
            verdicts.add(new Verdict(c.document(), "annual PUE", pue, c.maxPue(), c.applies(), c.scope()));
        }
        ClimateZone zone = ClimateZone.of(model.weather(), p.annualPrecipitationMm(), p.climateMoisture());
        Ashrae904 ashrae = Ashrae904.of(model, m);
        String where = Ashrae904.STANDARD + " (maximum from the file, climate zone " + zone.label() + ")";
        p.ashraeLimits().maxAnnualizedMlc().ifPresent(max -> verdicts.add(new Verdict(where, "annualized MLC", ashrae.annualizedMlc(),
                max, true, "every data center")));
        p.ashraeLimits().maxDesignMlc().ifPresent(max -> verdicts.add(new Verdict(where, "design MLC", ashrae.designMlc(), max, true,
                "every data center")));
        p.ashraeLimits().maxElc().ifPresent(max -> {
            verdicts.add(new Verdict(where, "ELC at 100 % IT load", ashrae.elcFullLoad(), max, true, "every data center"));
            verdicts.add(new Verdict(where, "ELC at 50 % IT load", ashrae.elcHalfLoad(), max, true, "every data center"));
        });
        return new StandardsAssessment(ChinaGb40879.grade(pue), List.copyOf(verdicts), scale, nameplateW >= EU_REPORTING_FROM_W,
                euIndicators(model, m, v, p), zone, ashrae);
    }

    private static List<EuIndicator> euIndicators(SiteModel model, AnnualMetrics m, MetricValues v, StandardsParams p) {
        List<EuIndicator> out = new ArrayList<>();
        out.add(modelled("installed IT power", "kW", v.value(Metric.NAMEPLATE_IT_POWER_KW), "IT nameplate of the racks"));
        out.add(modelled("total energy consumption", "MWh", v.value(Metric.FACILITY_ENERGY_MWH), "facility energy over the run"));
        out.add(modelled("energy consumption of the ICT equipment", "MWh", v.value(Metric.IT_ENERGY_MWH), "IT energy at the rack inputs"));
        out.add(modelled("total water input", "m³", v.value(Metric.WATER_USE_M3), "cooling-tower make-up water"));
        out.add(notModelled("potable water input", "m³", "the model does not know the water's source"));
        double reused = v.value(Metric.HEAT_REUSED_MWH);
        out.add(Double.isNaN(reused) ? modelled("waste heat reused", "MWh", 0.0, "no heat user in the file")
                : modelled("waste heat reused", "MWh", reused, "heat handed to cooling.liquid.heat_reuse"));
        OptionalDouble heatTemp = model.cooling().liquid().flatMap(l -> l.heatReuse()).map(r -> OptionalDouble.of(r.sourceTempC()))
                .orElse(OptionalDouble.empty());
        out.add(heatTemp.isPresent() ? new EuIndicator("average waste heat temperature", "°C", heatTemp,
                "facility-water return handed to the heat user") : notModelled("average waste heat temperature", "°C",
                "no heat user in the file"));
        out.add(modelled("average inlet temperature set point of the IT", "°C", model.cooling().air().supplyAirTempC(),
                "cooling.air.supply_air_temp_c"));
        out.add(modelled("renewable energy consumption", "MWh", v.value(Metric.FACILITY_ENERGY_MWH) * v.value(Metric.REF),
                "facility energy × REF: on-site generation used, and the certified share of grid energy"));
        out.add(modelled("power usage effectiveness (PUE)", "", v.value(Metric.PUE), "ISO/IEC 30134-2, IT energy at the rack inputs"));
        out.add(modelled("water usage effectiveness (WUE)", "L/kWh", v.value(Metric.WUE_L_PER_KWH), "ISO/IEC 30134-9"));
        out.add(modelled("energy reuse factor (ERF)", "", Double.isNaN(v.value(Metric.ERF)) ? 0.0 : v.value(Metric.ERF),
                "ISO/IEC 30134-6"));
        out.add(modelled("renewable energy factor (REF)", "", v.value(Metric.REF), "ISO/IEC 30134-3"));
        out.add(notModelled("refrigerants used", "", "the model does not name the chillers' refrigerant"));
        out.add(notModelled("data traffic and storage capacity", "", "outside a power and cooling model"));
        return List.copyOf(out);
    }

    private static EuIndicator modelled(String name, String unit, double value, String note) {
        return new EuIndicator(name, unit, OptionalDouble.of(value), note);
    }

    private static EuIndicator notModelled(String name, String unit, String why) {
        return new EuIndicator(name, unit, OptionalDouble.empty(), "not modelled: " + why);
    }
}
