package org.aidcsim.standards;

import org.aidcsim.catalog.Keyed;
import org.aidcsim.location.Jurisdiction;

/**
 * A body of rules a design is judged by, and where its text makes it apply. A rule is assessed
 * where it applies, or anywhere on request ({@code standards.assess_also}); the scenario can say a
 * rule applies or not where the default is wrong ({@code standards.applies}).
 */
public enum Framework implements Keyed {
    /** GB 40879-2021 and China's PUE ceilings for new data centers. */
    GB_40879("gb_40879", "GB 40879-2021 and China's PUE ceilings"),
    /** Directive (EU) 2023/1791, Articles 12 and 26, and Delegated Regulation (EU) 2024/1364. */
    EU_REPORTING("eu_reporting", "Directive (EU) 2023/1791 (Energy Efficiency Directive) and Delegated Regulation (EU) 2024/1364"),
    /** Germany's Energy Efficiency Act (EnEfG, 2023), section 11. */
    DE_ENEFG("de_enefg", "Energieeffizienzgesetz (EnEfG, Germany, 2023), section 11"),
    /** ANSI/ASHRAE Standard 90.4, Energy Standard for Data Centers. */
    ASHRAE_90_4("ashrae_90_4", "ANSI/ASHRAE Standard 90.4, Energy Standard for Data Centers");

    private final String key;
    private final String title;

    Framework(String key, String title) {
        this.key = key;
        this.title = title;
    }

    @Override
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** Whether the text makes this framework apply in {@code j}, and why, before the scenario says otherwise. */
    public Applicability byJurisdiction(Jurisdiction j) {
        if (j.country().isEmpty()) {
            return new Applicability(this, false, false, "the country is unknown (a constant climate): give site.country");
        }
        String where = j.countryName() + " (" + j.country().orElseThrow() + ")";
        return switch (this) {
            case GB_40879 -> j.in("CHN") ? new Applicability(this, true, true, "a mandatory national standard of China; the site "
                    + "is in " + where) : notHere(where, "China's rules apply in China");
            case EU_REPORTING -> j.inEu() ? new Applicability(this, true, true, "an EU directive; " + where + " is an EU member state")
                    : j.inEeaEfta() ? notHere(where, "the directive is marked EEA-relevant, but its incorporation into the EEA "
                            + "Agreement is not confirmed here: set standards.applies.eu_reporting: true if it applies")
                    : notHere(where, "EU law applies in the member states");
            case DE_ENEFG -> j.in("DEU") ? new Applicability(this, true, true, "a German federal act; the site is in " + where)
                    : notHere(where, "a German act");
            case ASHRAE_90_4 -> j.in("USA") ? new Applicability(this, true, true, "US energy codes (ASHRAE 90.1-2016 and later, "
                    + "IECC 2018 and later) admit 90.4 for data centers, adopted state by state; the site is in " + where
                    + ": set standards.applies.ashrae_90_4: false where the state's code does not") : notHere(where,
                            "a US standard, applied where a code adopts it: set standards.applies.ashrae_90_4: true if yours does");
        };
    }

    private Applicability notHere(String where, String why) {
        return new Applicability(this, false, false, "not applicable in " + where + ": " + why);
    }
}
