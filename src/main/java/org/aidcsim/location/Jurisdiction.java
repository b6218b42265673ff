package org.aidcsim.location;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Arrays;
import org.aidcsim.weather.Station;

/**
 * The country (ISO 3166-1 alpha-3) and region a site lies in, and how that was found.
 *
 * @param country alpha-3 code ("USA", "CHN", "DEU"); empty when neither the scenario nor the
 *        weather file tells
 * @param region state or province as given ("IL", "Guangdong"); empty when not told
 * @param basis how the country was found, for reports
 */
public record Jurisdiction(Optional<String> country, Optional<String> region, String basis) {
    /**
     * Member states of the European Union (27 since 1 February 2020), in which Directive (EU)
     * 2023/1791 applies.
     */
    public static final Set<String> EU_MEMBERS = Set.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA",
            "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
            "SWE");
    /** The EFTA states of the European Economic Area: EU acts marked EEA-relevant reach them once the Agreement takes them in. */
    public static final Set<String> EEA_EFTA = Set.of("ISL", "LIE", "NOR");

    /** Every ISO 3166-1 country the JDK knows, alpha-3 by alpha-2. */
    private static final Map<String, String> ALPHA3 = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(Function.identity(), a2 -> new Locale("", a2).getISO3Country()));
    private static final Set<String> ALPHA3_CODES = Set.copyOf(ALPHA3.values());

    /** No country known: a constant climate without {@code site.country}. */
    public static final Jurisdiction UNKNOWN = new Jurisdiction(Optional.empty(), Optional.empty(),
            "unknown: the weather names no country and site.country is not given");

    /**
     * The scenario's country when given, else the weather file's; the region likewise, the file's
     * region kept when its country is the site's.
     */
    public static Jurisdiction of(Optional<String> country, Optional<String> region, Station station) {
        Optional<String> fromFile = station.country().flatMap(Jurisdiction::alpha3);
        if (country.isPresent()) {
            Optional<String> site = alpha3(country.get());
            return new Jurisdiction(site, region.or(() -> site.equals(fromFile) ? station.region() : Optional.empty()),
                    "site.country");
        }
        if (fromFile.isPresent()) {
            return new Jurisdiction(fromFile, region.or(station::region), "the weather file's header (country "
                    + station.country().orElseThrow() + ")");
        }
        String why = station.country().map(c -> "unknown: the weather file's country \"" + c + "\" is not an ISO 3166 code; "
                + "give site.country").orElse(UNKNOWN.basis());
        return new Jurisdiction(Optional.empty(), region, why);
    }

    /** Codes that weather data sets write for a country instead of its ISO code. */
    private static final Map<String, String> ALIASES = Map.of("UK", "GBR");

    /** The alpha-3 code of an alpha-2 or alpha-3 code (or a data set's alias, UK), any case; empty for neither. */
    public static Optional<String> alpha3(String code) {
        String c = ALIASES.getOrDefault(code.trim().toUpperCase(Locale.ROOT), code.trim().toUpperCase(Locale.ROOT));
        if (c.length() == 3 && ALPHA3_CODES.contains(c)) {
            return Optional.of(c);
        }
        return c.length() == 2 ? Optional.ofNullable(ALPHA3.get(c)) : Optional.empty();
    }

    /** True when the site lies in {@code alpha3}. */
    public boolean in(String alpha3) {
        return country.filter(alpha3::equals).isPresent();
    }

    public boolean inEu() {
        return country.filter(EU_MEMBERS::contains).isPresent();
    }

    public boolean inEeaEfta() {
        return country.filter(EEA_EFTA::contains).isPresent();
    }

    /** "USA (IL)", "CHN (Guangdong)", "unknown". */
    public String label() {
        return country.orElse("unknown") + region.map(r -> " (" + r + ")").orElse("");
    }

    /** The country's English name, or its code when the JDK has none. */
    public String countryName() {
        return country.map(a3 -> ALPHA3.entrySet().stream().filter(e -> e.getValue().equals(a3)).findFirst()
                .map(e -> new Locale("", e.getKey()).getDisplayCountry(Locale.ENGLISH)).orElse(a3)).orElse("unknown");
    }
}
