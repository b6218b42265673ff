package org.aidcsim.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.location.Jurisdiction;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.units.Units;

/**
 * A design judged by the rules of where it stands: which frameworks apply there and why, and each
 * limit of those that apply or are assessed on request; China's grade, the EU reporting set and
 * the ASHRAE 90.4 components as figures. ISO/IEC 30134 KPIs are catalogue metrics (see
 * {@link Metric}); this adds what needs limits or the site's classes.
 *
 * @param jurisdiction the site's country and region
 * @param frameworks every framework with whether it applies here, whether it was assessed, and why
 * @param gb40879Grade GB 40879-2021 grade of the annual PUE (1-3; 4 above the maximum allowable value)
 * @param verdicts each limit of the assessed frameworks against the design's figure
 * @param scale the site's size class in China's policy documents
 * @param euReportingApplies whether Article 12 of Directive (EU) 2023/1791 makes the site report:
 *        the directive applies here (or is assessed on request) and the installed IT power reaches 500 kW
 * @param euWasteHeatUseRequired whether Article 26(6) asks the site to use its waste heat (or show it
 *        cannot): the directive applies here and the total rated energy input exceeds 1 MW
 * @param euIndicators the reporting set, filled where the model can
 * @param climateZone the site's ASHRAE 169 climate zone
 * @param ashrae the ASHRAE 90.4 components
 */
public record StandardsAssessment(Jurisdiction jurisdiction, List<Applicability> frameworks, int gb40879Grade,
        List<Verdict> verdicts, ChinaGb40879.Scale scale, boolean euReportingApplies, boolean euWasteHeatUseRequired,
        List<EuIndicator> euIndicators, ClimateZone climateZone, Ashrae904 ashrae) {

    /** Installed IT power from which EU data centers report (W): Directive (EU) 2023/1791, Article 12(1). */
    public static final double EU_REPORTING_FROM_W = 500e3;
    /** Total rated energy input above which EU data centers use their waste heat (W): Directive (EU) 2023/1791, Article 26(6). */
    public static final double EU_WASTE_HEAT_ABOVE_W = 1e6;

    public StandardsAssessment {
        frameworks = List.copyOf(frameworks);
        verdicts = List.copyOf(verdicts);
        euIndicators = List.copyOf(euIndicators);
    }

    /** The applicability of {@code f}. */
    public Applicability framework(Framework f) {
        return frameworks.stream().filter(a -> a.framework() == f).findFirst().orElseThrow();
    }

    /**
     * @param model the site
     * @param m its annual results
     * @param v its catalogue metrics
     * @param p the file's standards inputs
     * @param jurisdiction where the site stands
     * @param designFacilityW the site's facility power at design load (W): its rated energy input and,
     *        for the EnEfG, its connected load
     */
    public static StandardsAssessment of(SiteModel model, AnnualMetrics m, MetricValues v, StandardsParams p,
            Jurisdiction jurisdiction, double designFacilityW) {
        double pue = m.pue();
        double nameplateW = Units.kwToW(v.value(Metric.NAMEPLATE_IT_POWER_KW));
        List<Applicability> frameworks = new ArrayList<>();
        for (Framework f : Framework.values()) {
            Applicability a = p.applies().containsKey(f) ? f.byJurisdiction(jurisdiction).asDeclared(p.applies().get(f))
                    : f.byJurisdiction(jurisdiction);
            frameworks.add(p.assessAlso().contains(f) ? a.onRequest() : a);
        }
        ChinaGb40879.Scale scale = p.scale(nameplateW);
        List<Verdict> verdicts = new ArrayList<>();
        if (frameworks.get(Framework.GB_40879.ordinal()).assessed()) {
            verdicts.add(Verdict.ceiling(Framework.GB_40879, ChinaGb40879.STANDARD + " (maximum allowable value, grade 3)",
                    "annual PUE", pue, ChinaGb40879.maximumAllowablePue(), true, "new and expanded data centers"));
            for (ChinaGb40879.Ceiling c : ChinaGb40879.ceilings(scale, p.hubNode())) {
                verdicts.add(Verdict.ceiling(Framework.GB_40879, c.document(), "annual PUE", pue, c.maxPue(), c.applies(),
                        c.scope()));
            }
        }
        if (frameworks.get(Framework.DE_ENEFG.ordinal()).assessed()) {
            double erf = Double.isNaN(v.value(Metric.ERF)) ? 0.0 : v.value(Metric.ERF);
            verdicts.addAll(GermanyEnefg.verdicts(pue, erf, designFacilityW >= GermanyEnefg.FROM_CONNECTED_W));
        }
        ClimateZone zone = ClimateZone.of(model.weather(), p.annualPrecipitationMm(), p.climateMoisture());
        Ashrae904 ashrae = Ashrae904.of(model, m);
        if (frameworks.get(Framework.ASHRAE_90_4.ordinal()).assessed()) {
            String where = Ashrae904.STANDARD + " (maximum from the file, climate zone " + zone.label() + ")";
            String scope = "data centers under an energy code that adopts 90.4";
            p.ashraeLimits().maxAnnualizedMlc().ifPresent(max -> verdicts.add(Verdict.ceiling(Framework.ASHRAE_90_4, where,
                    "annualized MLC", ashrae.annualizedMlc(), max, true, scope)));
            p.ashraeLimits().maxDesignMlc().ifPresent(max -> verdicts.add(Verdict.ceiling(Framework.ASHRAE_90_4, where,
                    "design MLC", ashrae.designMlc(), max, true, scope)));
            p.ashraeLimits().maxElc().ifPresent(max -> {
                verdicts.add(Verdict.ceiling(Framework.ASHRAE_90_4, where, "ELC at 100 % IT load", ashrae.elcFullLoad(), max,
                        true, scope));
                verdicts.add(Verdict.ceiling(Framework.ASHRAE_90_4, where, "ELC at 50 % IT load", ashrae.elcHalfLoad(), max,
                        true, scope));
            });
        }
        // assessed on request, the EU duties are shown as they would fall on the site
        boolean eu = frameworks.get(Framework.EU_REPORTING.ordinal()).assessed();
        return new StandardsAssessment(jurisdiction, frameworks, ChinaGb40879.grade(pue), verdicts, scale,
                eu && nameplateW >= EU_REPORTING_FROM_W, eu && designFacilityW > EU_WASTE_HEAT_ABOVE_W,
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
