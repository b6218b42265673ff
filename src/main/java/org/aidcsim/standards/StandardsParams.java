package org.aidcsim.standards;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the standards need to know that the physics does not: the site's renewable supply and its
 * place in China's policy classes.
 *
 * @param renewableFraction share of the facility energy from renewable sources (guarantees of
 *        origin, power purchase agreements, on-site generation), in [0, 1]
 * @param chinaScale the site's size class; empty to derive it from the IT nameplate
 * @param hubNode whether the site lies in a national computing hub node
 * @param annualPrecipitationMm the site's annual precipitation (mm), for the climate zone's letter
 * @param climateMoisture the climate zone's letter (A, B or C), when the file gives it
 * @param ashraeLimits the ASHRAE 90.4 maxima for the site's zone and edition, as the file gives them
 * @param onsiteGenerationFile CSV of hourly on-site renewable generation, relative to the scenario file
 * @param onsiteGenerationW the 8760 hourly powers of that file (W), once read
 * @param renewableFractionFile CSV of the hourly certified renewable share of grid energy
 * @param renewableFractionHourly the 8760 hourly shares of that file, once read
 * @param applies frameworks the file says apply (true) or not (false) here, against the jurisdiction's default
 * @param assessAlso frameworks to judge the design by although they do not apply here
 */
public record StandardsParams(double renewableFraction, Optional<ChinaGb40879.Scale> chinaScale, ChinaGb40879.HubNode hubNode,
        Optional<Double> annualPrecipitationMm, Optional<Character> climateMoisture, Ashrae904.Limits ashraeLimits,
        Optional<String> onsiteGenerationFile, Optional<double[]> onsiteGenerationW, Optional<String> renewableFractionFile,
        Optional<double[]> renewableFractionHourly, Map<Framework, Boolean> applies, Set<Framework> assessAlso) {

    public StandardsParams {
        applies = applies.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(applies));
        assessAlso = assessAlso.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(assessAlso));
    }

    /** The same, with the on-site generation read from its file. */
    public StandardsParams withOnsiteGeneration(double[] hourlyW) {
        return new StandardsParams(renewableFraction, chinaScale, hubNode, annualPrecipitationMm, climateMoisture, ashraeLimits,
                onsiteGenerationFile, Optional.of(hourlyW.clone()), renewableFractionFile, renewableFractionHourly, applies, assessAlso);
    }

    /** The same, with the hourly certified shares read from their file. */
    public StandardsParams withRenewableFractions(double[] hourly) {
        return new StandardsParams(renewableFraction, chinaScale, hubNode, annualPrecipitationMm, climateMoisture, ashraeLimits,
                onsiteGenerationFile, onsiteGenerationW, renewableFractionFile, Optional.of(hourly.clone()), applies, assessAlso);
    }

    /** The same, with the size class given. */
    public StandardsParams withChinaScale(ChinaGb40879.Scale scale) {
        return new StandardsParams(renewableFraction, Optional.of(scale), hubNode, annualPrecipitationMm, climateMoisture,
                ashraeLimits, onsiteGenerationFile, onsiteGenerationW, renewableFractionFile, renewableFractionHourly, applies, assessAlso);
    }

    /** True when REF must be matched hour by hour against the facility power. */
    public boolean hourlyRenewables() {
        return onsiteGenerationW.isPresent() || renewableFractionHourly.isPresent();
    }

    /** No renewable supply, scale from the nameplate, outside hub nodes, no ASHRAE limits, rules by the jurisdiction. */
    public static final StandardsParams DEFAULT = new StandardsParams(0.0, Optional.empty(), ChinaGb40879.HubNode.NONE,
            Optional.empty(), Optional.empty(), Ashrae904.Limits.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Map.of(), Set.of());

    /**
     * Size class: the file's, or from the IT nameplate counted in standard racks of 2.5 kW, large
     * from 3,000 (MIIT's classification of data centers by standard racks).
     */
    public ChinaGb40879.Scale scale(double nameplateItW) {
        return chinaScale.orElse(nameplateItW / STANDARD_RACK_W >= LARGE_FROM_RACKS ? ChinaGb40879.Scale.LARGE
                : ChinaGb40879.Scale.MEDIUM_OR_SMALL);
    }

    /** A standard rack in China's classification draws 2.5 kW. */
    public static final double STANDARD_RACK_W = 2500.0;
    /** Large data centers have 3,000 standard racks or more. */
    public static final double LARGE_FROM_RACKS = 3000.0;
}
