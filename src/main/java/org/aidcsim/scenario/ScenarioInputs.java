package org.aidcsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.aidcsim.catalog.CurveBasis;
import org.aidcsim.catalog.LossModel;
import org.aidcsim.catalog.LossTerms;
import org.aidcsim.catalog.TabulatedEfficiency;
import org.aidcsim.economics.EconomicInputs;
import org.aidcsim.economics.SiteDefaults;
import org.aidcsim.economics.SiteFigure;
import org.aidcsim.it.CampaignProfile;
import org.aidcsim.it.CheckpointProfile;
import org.aidcsim.it.ConstantProfile;
import org.aidcsim.it.DiurnalProfile;
import org.aidcsim.it.ItLoad;
import org.aidcsim.location.Jurisdiction;
import org.aidcsim.it.LoadProfile;
import org.aidcsim.it.RackGroup;
import org.aidcsim.power.Architecture;
import org.aidcsim.power.HeatSink;
import org.aidcsim.power.StageRecipe;
import org.aidcsim.power.StageOverride;
import org.aidcsim.power.StageKind;
import org.aidcsim.power.StageTemplate;
import org.aidcsim.scenario.ScenarioSpec.CheckpointProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.ConstantWeather;
import org.aidcsim.scenario.ScenarioSpec.DiurnalProfileSpec;
import org.aidcsim.scenario.ScenarioSpec.EpwWeather;
import org.aidcsim.scenario.ScenarioSpec.RackGroupSpec;
import org.aidcsim.scenario.ScenarioSpec.StageSpec;
import org.aidcsim.scenario.ScenarioSpec.TraceProfileSpec;
import org.aidcsim.schema.Issue;
import org.aidcsim.standards.StandardsParams;
import org.aidcsim.units.Units;
import org.aidcsim.weather.EpwFormatException;
import org.aidcsim.weather.EpwReader;
import org.aidcsim.weather.WeatherSeries;

/**
 * A loaded scenario's inputs in SI, every file it names read: the weather, the rack groups with
 * their load profiles (traces included), the power stages from the grid to the chips, prices with
 * hourly carbon, and the standards' inputs with hourly generation. Where the format ends: what
 * these inputs make, sized, is the site package's work.
 *
 * @param scenario the loaded scenario
 * @param weather outdoor conditions
 * @param itLoad rack groups, without the fans the cooling technology removes
 * @param stageTemplates stages from the grid to the chips, the preset's or the file's own
 * @param economics prices, finance and carbon, hourly intensities read
 * @param standards the standards' inputs, hourly series read
 * @param jurisdiction the site's country and region: the file's, else the weather header's
 * @param warnings what the user should know that does not stop the run (repaired weather data)
 */
public record ScenarioInputs(LoadedScenario scenario, WeatherSeries weather, ItLoad itLoad, List<StageTemplate> stageTemplates,
        EconomicInputs economics, StandardsParams standards, Jurisdiction jurisdiction, List<String> warnings) {
    private static final int HOURS_PER_YEAR = 8760;

    public ScenarioInputs {
        stageTemplates = List.copyOf(stageTemplates);
        warnings = List.copyOf(warnings);
    }

    /** Reads every file {@code s} names; problems go to {@code issues}, located, all at once. */
    public static ScenarioInputs read(LoadedScenario s, List<Issue> issues) {
        List<String> warnings = new ArrayList<>();
        ScenarioSpec spec = s.spec();
        WeatherSeries weather = weather(s, issues, warnings);
        ItLoad it = itLoad(s, issues);
        campaignIssues(s, issues);
        Jurisdiction jurisdiction = jurisdiction(s, weather, issues, warnings);
        EconomicInputs economics = siteFigures(s, jurisdiction, issues, warnings);
        if (spec.economics().gridCarbonFile().isPresent()) {
            try {
                economics = economics.withHourlyCarbon(SeriesFiles.hourlyCarbon(s, spec.economics().gridCarbonFile().get(),
                        "economics.grid_carbon_file"));
            } catch (ScenarioException e) {
                issues.addAll(e.issues());
            }
        }
        return new ScenarioInputs(s, weather, it, stageTemplates(spec), economics, standards(s, issues), jurisdiction, warnings);
    }

    private static Jurisdiction jurisdiction(LoadedScenario s, WeatherSeries weather, List<Issue> issues, List<String> warnings) {
        ScenarioSpec.SiteSpec site = s.spec().site();
        if (site.country().isPresent() && Jurisdiction.alpha3(site.country().get()).isEmpty()) {
            issues.add(s.issueAt("site.country", "expected an ISO 3166-1 country code (alpha-3 like DEU, or alpha-2 like DE), "
                    + "found \"" + site.country().get() + "\""));
        }
        Jurisdiction j = Jurisdiction.of(site.country(), site.region(), weather.station());
        if (j.country().isEmpty() && weather.station().country().isPresent()) {
            warnings.add("the weather file's country \"" + weather.station().country().get() + "\" is not an ISO 3166 code: no "
                    + "rules are assessed and prices are the world assumptions; give site.country");
        } else if (j.country().isEmpty() && site.region().isPresent()) {
            warnings.add("site.region \"" + site.region().get() + "\" without a country is not used: give site.country");
        }
        if (j.country().isPresent() && site.region().isPresent()
                && !SiteDefaults.knowsRegion(j.country().get(), site.region().get())) {
            warnings.add("site.region \"" + site.region().get() + "\" has no row in the shipped table of grid and prices (US "
                    + "state codes like IL, Chinese provinces like Guangdong): the country's figures are used");
        }
        return j;
    }

    /**
     * The grid carbon, electricity and water figures: the file's, else the site's row of the shipped
     * table. The table's prices are in USD: a scenario priced in another currency gives its own.
     */
    private static EconomicInputs siteFigures(LoadedScenario s, Jurisdiction site, List<Issue> issues, List<String> warnings) {
        ScenarioSpec.EconomicsSpec e = s.spec().economics();
        List<SiteFigure> figures = new ArrayList<>();
        for (String key : SiteDefaults.FIGURES) {
            Double given = e.given().get(key);
            if (given != null) {
                figures.add(new SiteFigure(key, given, "the scenario file (economics." + key + ")"));
                continue;
            }
            boolean price = !key.equals(SiteDefaults.CARBON);
            if (price && !e.inputs().currency().equalsIgnoreCase(SiteDefaults.CURRENCY)) {
                issues.add(s.issueAt("economics." + key, "expected a price in " + e.inputs().currency() + " (the site's default "
                        + "prices are in " + SiteDefaults.CURRENCY + "), found none"));
                continue;
            }
            SiteFigure f = SiteDefaults.of(key, site);
            if (SiteDefaults.isWorldAssumption(f) && site.country().isPresent()
                    && !(key.equals(SiteDefaults.CARBON) && e.gridCarbonFile().isPresent())) {
                warnings.add(String.format(Locale.ROOT, "economics.%s: the shipped table has no figure for %s; the world "
                        + "assumption %s %s is used: give the site's own", key, site.label(), f.value(),
                        SiteDefaults.unit(key, SiteDefaults.CURRENCY)));
            }
            figures.add(f);
        }
        if (site.country().isEmpty() && figures.stream().anyMatch(SiteDefaults::isWorldAssumption)) {
            warnings.add("the site's country is unknown (a constant climate without site.country): grid carbon and prices are "
                    + "world assumptions (450 g CO₂/kWh, 0.08 USD/kWh, 3.0 USD/m³) and no rules are assessed");
        }
        // the defaults left in place are dollar figures: say which, so that a relabelled price is not taken for the user's
        List<String> dollarDefaults = Stream.of("economics.unit_costs", "economics.fuel_price_per_l")
                .filter(f -> !s.locations().containsKey(f)).toList();
        if (!e.inputs().currency().equalsIgnoreCase(SiteDefaults.CURRENCY) && !dollarDefaults.isEmpty()) {
            warnings.add("economics.currency is " + e.inputs().currency() + ", but " + String.join(" and ", dollarDefaults)
                    + " keep their US dollar defaults: give them in " + e.inputs().currency());
        }
        return e.inputs().withSiteFigures(figures);
    }

    private static StandardsParams standards(LoadedScenario s, List<Issue> issues) {
        StandardsParams standards = s.spec().standards();
        if (standards.onsiteGenerationFile().isPresent()) {
            try {
                standards = standards.withOnsiteGeneration(SeriesFiles.hourlyGenerationW(s, standards.onsiteGenerationFile().get(),
                        "standards.onsite_generation_file"));
            } catch (ScenarioException e) {
                issues.addAll(e.issues());
            }
        }
        if (standards.renewableFractionFile().isPresent()) {
            try {
                standards = standards.withRenewableFractions(SeriesFiles.hourlyFractions(s, standards.renewableFractionFile().get(),
                        "standards.renewable_fraction_file"));
            } catch (ScenarioException e) {
                issues.addAll(e.issues());
            }
        }
        return standards;
    }

    /** A checkpoint profile's relations: the dip inside the interval, a campaign's job and idle time given together. */
    private static void campaignIssues(LoadedScenario s, List<Issue> issues) {
        ScenarioSpec spec = s.spec();
        for (int g = 0; g < spec.it().groups().size(); g++) {
            RackGroupSpec group = spec.it().groups().get(g);
            String at = "it.groups[" + g + "].profile.";
            if (group.profile() instanceof CheckpointProfileSpec c) {
                if (!(c.dipS() < c.intervalS())) {
                    issues.add(s.issueAt(at + "dip_s", String.format(Locale.ROOT, "a checkpoint must end "
                            + "before the next one starts (expected less than interval_s %s s, found %s s)", c.intervalS(), c.dipS())));
                }
                if (c.jobS().isPresent() != c.gapS().isPresent()) {
                    issues.add(s.issueAt(at + (c.jobS().isPresent() ? "job_h" : "idle_between_jobs_h"), "a campaign needs both "
                            + "(expected job_h and idle_between_jobs_h together, found one)"));
                } else if (c.jobS().isEmpty() && c.idleFraction().isPresent()) {
                    issues.add(s.issueAt(at + "idle_fraction", "applies between jobs (expected job_h and idle_between_jobs_h "
                            + "beside it, found neither)"));
                } else if (c.jobS().isPresent() && c.idleFraction().isEmpty() && group.catalogRack().isEmpty()) {
                    issues.add(s.issueAt(at + "job_h", "no draw between jobs (expected idle_fraction, or a group that names a "
                            + "catalogue system, found neither)"));
                }
            }
        }
    }

    private static WeatherSeries weather(LoadedScenario s, List<Issue> issues, List<String> warnings) {
        ScenarioSpec.WeatherSpec w = s.spec().site().weather();
        if (w instanceof ConstantWeather c) {
            return WeatherSeries.constant(c.dryBulbC(), c.relativeHumidity(), Units.kpaToPa(c.pressureKpa()), HOURS_PER_YEAR);
        }
        Path file = s.file().toAbsolutePath().getParent().resolve(((EpwWeather) w).file()).normalize();
        try {
            EpwReader.Result r = WeatherCache.read(file);
            r.warnings().forEach(msg -> warnings.add(file.getFileName() + ": " + msg));
            return r.series().warmed(((EpwWeather) w).warmingK());
        } catch (EpwFormatException e) {
            issues.add(s.issueAt("site.weather.file", e.getMessage()));
            return WeatherSeries.constant(20, 0.5, Units.STANDARD_PRESSURE_PA, HOURS_PER_YEAR);
        }
    }

    /** Training with checkpoints, and, with jobs, idle gaps between them at the file's or the catalogue rack's idle draw. */
    private static LoadProfile checkpointOrCampaign(CheckpointProfileSpec c, RackGroupSpec g) {
        CheckpointProfile training = new CheckpointProfile(c.intervalS(), c.dipS(), c.dipFraction());
        Optional<Double> idle = c.idleFraction().or(() -> g.catalogRack().map(r -> r.idleFraction()));
        if (c.jobS().isEmpty() || c.gapS().isEmpty() || idle.isEmpty()) {
            return training; // a half-given campaign is refused with the file's other problems
        }
        return new CampaignProfile(training, c.jobS().get(), c.gapS().get(), idle.get());
    }

    /** Rack groups in SI, without the fans the cooling technology removes (rack_power_kw describes racks as sold). */
    private static ItLoad itLoad(LoadedScenario s, List<Issue> issues) {
        ScenarioSpec spec = s.spec();
        List<RackGroup> groups = new ArrayList<>();
        for (int i = 0; i < spec.it().groups().size(); i++) {
            RackGroupSpec g = spec.it().groups().get(i);
            double rackItW = spec.cooling().rackItPowerW(g.rackPowerW());
            LoadProfile profile = g.profile() instanceof DiurnalProfileSpec d ? new DiurnalProfile(d.minFraction(), d.peakHour())
                    // a dip as long as its interval is refused below, with the other problems of the file
                    : g.profile() instanceof CheckpointProfileSpec c && c.dipS() < c.intervalS()
                            ? checkpointOrCampaign(c, g)
                    : g.profile() instanceof TraceProfileSpec t
                            ? SeriesFiles.annualTrace(s, t.file(), "it.groups[" + i + "].profile.file", t.unit(),
                                    g.racks() * rackItW * g.utilization(), issues).map(LoadProfile.class::cast)
                                    .orElse(new ConstantProfile())
                    : new ConstantProfile();
            groups.add(new RackGroup(g.name(), g.racks(), rackItW, g.utilization(), profile));
        }
        return new ItLoad(groups);
    }

    /** Stage templates from the grid to the chips: the preset's, or the file's own. */
    private static List<StageTemplate> stageTemplates(ScenarioSpec spec) {
        var power = spec.power();
        if (power.architecture().isPresent()) {
            Map<StageKind, StageOverride> overrides = new EnumMap<>(StageKind.class);
            power.overrides().forEach((kind, o) -> overrides.put(kind, new StageOverride(
                    o.efficiencyCurve().isEmpty() && o.lossTerms().isEmpty() ? Optional.empty()
                            : Optional.of(lossModel(o.efficiencyCurve(), o.lossTerms(), o.curveSource(), o.curveBasis())),
                    o.unitRatingW().map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                    o.units().map(OptionalInt::of).orElse(OptionalInt.empty()))));
            return power.architecture().get().stagesFromGrid(new Architecture.Options(power.redundancy(),
                    power.feeder().orElse(Architecture.Feeder.DEFAULT), overrides));
        }
        List<StageTemplate> out = new ArrayList<>();
        for (StageSpec st : power.stages()) {
            boolean inRack = st.inRack().orElse(st.kind().inRackByDefault());
            HeatSink sink = st.heatTo().orElse(inRack ? HeatSink.RACK : st.kind().defaultFacilitySink());
            out.add(new StageTemplate(st.name(), st.kind(), recipe(st), sink, inRack));
        }
        return out;
    }

    /** A curve of points or three loss terms, as the file gives it (the format makes sure one of them is there). */
    private static LossModel lossModel(List<ScenarioSpec.CurvePointSpec> curve, Optional<ScenarioSpec.LossTermsSpec> terms,
            String source, CurveBasis basis) {
        if (terms.isPresent()) {
            var t = terms.get();
            return new LossTerms(t.noLoadFraction(), t.proportionalFraction(), t.quadraticFraction(), source, basis);
        }
        double[] x = curve.stream().mapToDouble(ScenarioSpec.CurvePointSpec::loadFraction).toArray();
        double[] eta = curve.stream().mapToDouble(ScenarioSpec.CurvePointSpec::efficiency).toArray();
        return new TabulatedEfficiency(x, eta, source, basis);
    }

    private static StageRecipe recipe(StageSpec st) {
        if (st.conductor().isPresent()) {
            return st.conductor().get();
        }
        LossModel perUnit = lossModel(st.efficiencyCurve(), st.lossTerms(), "scenario file", CurveBasis.SCENARIO);
        return new StageRecipe.Converter(perUnit, st.unitRatingW().map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                st.redundancy(), st.units().map(OptionalInt::of).orElse(OptionalInt.empty()));
    }
}
