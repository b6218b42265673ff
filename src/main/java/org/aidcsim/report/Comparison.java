package org.aidcsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import org.aidcsim.catalog.CurveBasis;
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.metrics.Metric;
import org.aidcsim.power.StageKind;
import org.aidcsim.standards.Applicability;
import org.aidcsim.standards.StandardsAssessment;
import org.aidcsim.site.Evaluation;
import org.aidcsim.units.Units;

/** Several designs side by side: a terminal table with differences from the first, and a CSV of every catalogue metric. */
public final class Comparison {
    /**
     * @param label variant name
     * @param evaluation its run, chain and economics
     */
    public record Variant(String label, Evaluation evaluation) {
        double value(Metric m) {
            return evaluation.values().value(m);
        }
    }

    /** The metrics the tables show; compare.csv has them all. */
    private static final List<Metric> ROWS = List.of(Metric.END_TO_END_EFFICIENCY, Metric.DESIGN_END_TO_END_EFFICIENCY,
            Metric.GRID_TO_CHIP_LOSS_MWH, Metric.LOSS_COOLING_ENERGY_MWH, Metric.PUE, Metric.POWER_CHAIN_EFFICIENCY,
            Metric.POWER_LOSS_MWH, Metric.IN_RACK_LOSS_MWH, Metric.CHIP_ENERGY_MWH,
            Metric.COOLING_ENERGY_MWH, Metric.FACILITY_ENERGY_MWH, Metric.PEAK_FACILITY_POWER_KW, Metric.CONDUCTOR_MASS_KG,
            Metric.WUE_L_PER_KWH, Metric.CAPEX, Metric.OPEX_PER_YEAR, Metric.TCO, Metric.CAPEX_PER_MW_NAMEPLATE_IT,
            Metric.LEVELIZED_COST_PER_MWH_IT, Metric.LEVELIZED_COST_PER_MWH_CHIP,
            Metric.CARBON_T_PER_YEAR, Metric.GB40879_GRADE, Metric.ANNUALIZED_MLC, Metric.ELC,
            Metric.DOWNTIME_MIN_PER_YEAR);

    private final List<Variant> variants;

    public Comparison(List<Variant> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        this.variants = List.copyOf(variants);
    }

    private String currency() {
        return variants.get(0).evaluation().economics().currency();
    }

    /**
     * The table for a terminal: each column as wide as its widest figure, design names wrapped at
     * their hyphens onto as many header lines as they need, so five designs fit in about 120 columns.
     */
    public String table() {
        List<List<String>> rows = rows();
        int labelWidth = rows.stream().mapToInt(r -> r.get(0).length()).max().orElse(6) + 2;
        int[] width = new int[variants.size()];
        List<List<String>> headers = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            int cells = 0;
            for (List<String> row : rows) {
                cells = Math.max(cells, row.get(i + 1).length());
            }
            width[i] = Math.max(Math.max(cells, 8), Math.min(variants.get(i).label().length(), 20)) + 2;
            headers.add(wrap(variants.get(i).label(), width[i] - 2));
        }
        int headerLines = headers.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder sb = new StringBuilder();
        for (int line = 0; line < headerLines; line++) {
            sb.append(String.format(Locale.ROOT, "%-" + labelWidth + "s", line == headerLines - 1 ? "metric" : ""));
            for (int i = 0; i < variants.size(); i++) {
                List<String> h = headers.get(i);
                int at = line - (headerLines - h.size());
                sb.append(String.format(Locale.ROOT, "%" + width[i] + "s", at >= 0 ? h.get(at) : ""));
            }
            sb.append('\n');
        }
        for (List<String> row : rows) {
            sb.append(String.format(Locale.ROOT, "%-" + labelWidth + "s", row.get(0)));
            for (int i = 0; i < variants.size(); i++) {
                sb.append(String.format(Locale.ROOT, "%" + width[i] + "s", row.get(i + 1)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** {@code label} in pieces of at most {@code width}, broken after hyphens where it can be. */
    private static List<String> wrap(String label, int width) {
        List<String> out = new ArrayList<>();
        String rest = label;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf('-', width - 1);
            cut = cut > 0 ? cut + 1 : width;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        out.add(rest);
        return out;
    }

    /** The table as rows of text, for the HTML report: metric (unit), then one column per variant. */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        for (Metric m : ROWS) {
            List<String> row = new ArrayList<>();
            row.add(m.axisLabel(currency()));
            double base = variants.get(0).value(m);
            for (int i = 0; i < variants.size(); i++) {
                double v = variants.get(i).value(m);
                String cell = m.format(v);
                if (i > 0 && Double.isFinite(v) && Double.isFinite(base)) {
                    String delta = m.format(v - base);
                    cell += " (" + (delta.startsWith("-") ? "" : "+") + delta + ")";
                }
                row.add(cell);
            }
            out.add(row);
        }
        return out;
    }

    /**
     * Which rules each site is judged by and why the others are not: one line per site (designs of
     * one site share it), e.g. "USA (IL), from the weather file's header: ashrae_90_4 applies; ...".
     */
    public List<String> rules() {
        Map<String, List<String>> bySite = new LinkedHashMap<>();
        for (Variant v : variants) {
            StandardsAssessment a = v.evaluation().standards();
            String assessed = a.frameworks().stream().filter(Applicability::assessed).map(f -> f.framework().key() + " "
                    + f.status()).collect(Collectors.joining(", "));
            String not = a.frameworks().stream().filter(f -> !f.assessed()).map(f -> f.framework().key())
                    .collect(Collectors.joining(", "));
            String line = a.jurisdiction().label() + ", country from " + a.jurisdiction().basis() + ": "
                    + (assessed.isEmpty() ? "no rules assessed" : assessed) + (not.isEmpty() ? "; not applicable here: " + not : "")
                    + " (run gives each verdict; compare --format json the reasons)";
            bySite.computeIfAbsent(line, k -> new ArrayList<>()).add(v.label());
        }
        List<String> out = new ArrayList<>();
        bySite.forEach((line, labels) -> out.add((bySite.size() > 1 ? String.join(", ", labels) + " — " : "") + "rules at " + line));
        return out;
    }


    /**
     * A sentence per like stage whose curves rest on different bases across the designs (a
     * specification target against a published figure): the ranking then rests partly on the
     * sources. Empty when every like stage shares its basis.
     */
    public List<String> basisNotes() {
        Map<String, Map<String, String>> byRole = new LinkedHashMap<>();
        for (Variant v : variants) {
            for (ChainPoint.StagePoint p : v.evaluation().design().stagesFromGrid()) {
                if (p.conductorSets() > 0) {
                    continue;
                }
                byRole.computeIfAbsent(RankingBand.role(p.kind()), k -> new LinkedHashMap<>()).merge(v.label(), CurveBasis.labelOf(p.basis()),
                        (a, b) -> a.equals(b) ? a : a + " and " + b);
            }
        }
        List<String> out = new ArrayList<>();
        byRole.forEach((role, bases) -> {
            if (bases.values().stream().distinct().count() > 1) {
                out.add("Curve bases differ for the " + role + ": " + bases.entrySet().stream().map(e -> e.getKey() + " "
                        + e.getValue()).collect(Collectors.joining(", ")) + "; the ranking rests partly on the sources "
                        + "(power.stage_overrides gives like stages one maker's curves, kind by kind).");
            }
        });
        return out;
    }

    /** For each stage kind the scenario overrides, where the override applied and where no stage of the kind exists. */
    public Map<String, Map<String, String>> overridesApplied() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Variant v : variants) {
            var overrides = v.evaluation().scenario().scenario().spec().power().overrides();
            for (StageKind kind : overrides.keySet().stream().sorted().toList()) {
                String stage = v.evaluation().design().stagesFromGrid().stream().filter(p -> p.kind() == kind)
                        .map(ChainPoint.StagePoint::name).findFirst().map(n -> "applied to \"" + n + "\"")
                        .orElse("not applied: no " + kind.key() + " stage");
                out.computeIfAbsent(kind.key(), k -> new LinkedHashMap<>()).put(v.label(), stage);
            }
        }
        return out;
    }

    /** One sentence per overridden kind: "power.stage_overrides.shelf: hvdc-240v applied to …; hvdc-750v not applied …". */
    public List<String> overrideNotes() {
        List<String> out = new ArrayList<>();
        overridesApplied().forEach((kind, by) -> out.add("power.stage_overrides." + kind + ": " + by.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")) + "."));
        return out;
    }

    /**
     * Each design's grid → chip losses against the first's, with the band its curves' tolerances
     * allow (RankingBand), and a plain sentence where the band takes in zero.
     */
    public List<String> rankingNotes() {
        List<String> out = new ArrayList<>();
        Evaluation first = variants.get(0).evaluation();
        for (int i = 1; i < variants.size(); i++) {
            Evaluation e = variants.get(i).evaluation();
            double diff = e.values().value(Metric.GRID_TO_CHIP_LOSS_MWH) - first.values().value(Metric.GRID_TO_CHIP_LOSS_MWH);
            double band = Units.joulesToMwh(RankingBand.bandJ(first, e));
            out.add(String.format(Locale.ROOT, "Grid → chip losses, %s against %s: %+,.0f MWh ± %,.0f MWh (curve tolerances by "
                    + "basis, root-sum-square; like stages on one curve share their error)%s", variants.get(i).label(),
                    variants.get(0).label(), diff, band, Math.abs(diff) <= band ? ": the band takes in zero, so these curves do "
                            + "not settle which of the two loses less" : "."));
        }
        return out;
    }

    /**
     * The figures the choice of an architecture turns on, one row each with the basis it rests on:
     * header "figure", each design's label, "basis".
     */
    public List<List<String>> decisionRows() {
        List<List<String>> out = new ArrayList<>();
        Evaluation first = variants.get(0).evaluation();
        String currency = currency();
        out.add(row(Metric.END_TO_END_EFFICIENCY, currency, "each stage's curve, its basis in the chain table (aidcsim chain)"));
        List<String> losses = new ArrayList<>(List.of(Metric.GRID_TO_CHIP_LOSS_MWH.axisLabel(currency)));
        for (Variant v : variants) {
            double value = v.evaluation().values().value(Metric.GRID_TO_CHIP_LOSS_MWH);
            losses.add(v == variants.get(0) ? Metric.GRID_TO_CHIP_LOSS_MWH.format(value) : String.format(Locale.ROOT, "%s (%+,.0f ± %,.0f)",
                    Metric.GRID_TO_CHIP_LOSS_MWH.format(value), value - first.values().value(Metric.GRID_TO_CHIP_LOSS_MWH),
                    Units.joulesToMwh(RankingBand.bandJ(first, v.evaluation()))));
        }
        losses.add("the same curves; ± the band their tolerances allow against the first (docs/power-architectures.md)");
        out.add(losses);
        out.add(row(Metric.LOSS_COOLING_ENERGY_MWH, currency, "the cooling energy's average share of the chain's heat"));
        out.add(row(Metric.CONDUCTOR_MASS_KG, currency, "feeders sized on their voltage drop and, copper cables, on IEC 60364-5-52 "
                + "ampacity; busway on its maker's ratings"));
        out.add(row(Metric.CAPEX, currency, "default unit costs (order-of-magnitude 2024 US prices, assumptions) unless the file "
                + "gives its own"));
        out.add(row(Metric.LEVELIZED_COST_PER_MWH_IT, currency, "CAPEX and the horizon's OPEX at the site's prices "
                + "(economics.site_figures), discounted, per MWh at the rack inputs: the same for designs that differ only in "
                + "the racks"));
        out.add(row(Metric.LEVELIZED_COST_PER_MWH_CHIP, currency, "the same per MWh delivered to the chips: sees the in-rack "
                + "stages"));
        out.add(row(Metric.DOWNTIME_MIN_PER_YEAR, currency, "Monte Carlo of the chain's failures (docs/availability.md), "
                + "failure data as catalogued"));
        List<String> ride = new ArrayList<>(List.of("ride-through"));
        for (Variant v : variants) {
            ride.add(BackupSummary.rideThrough(v.evaluation().scenario()));
        }
        ride.add("the backup the file gives, or the assumed one (docs/backup-transients.md)");
        out.add(ride);
        return out;
    }

    private List<String> row(Metric m, String currency, String basis) {
        List<String> r = new ArrayList<>(List.of(m.axisLabel(currency)));
        for (Variant v : variants) {
            r.add(m.format(v.evaluation().values().value(m)));
        }
        r.add(basis);
        return r;
    }

    public List<String> labels() {
        return variants.stream().map(Variant::label).toList();
    }

    /** One row per variant, one column per catalogue metric (the keys of summary.json and sweep.csv), full precision. */
    public String csv() {
        List<String> header = new ArrayList<>(List.of("variant"));
        for (Metric m : Metric.values()) {
            header.add(m.key());
        }
        CsvTable csv = new CsvTable(header);
        for (Variant v : variants) {
            List<Object> row = new ArrayList<>(List.of(v.label()));
            for (Metric m : Metric.values()) {
                row.add(v.value(m));
            }
            csv.row(row);
        }
        return csv.toString();
    }

    /**
     * The comparison for scripts: each design with every metric at full precision, in report units,
     * under the keys of compare.csv; a metric not estimated is absent.
     */
    public String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode designs = root.putArray("designs");
        Map<String, Map<String, String>> applied = overridesApplied();
        for (Variant v : variants) {
            ObjectNode d = designs.addObject();
            d.put("variant", v.label());
            if (v != variants.get(0)) {
                double diff = v.evaluation().values().value(Metric.GRID_TO_CHIP_LOSS_MWH)
                        - variants.get(0).evaluation().values().value(Metric.GRID_TO_CHIP_LOSS_MWH);
                ObjectNode against = d.putObject("grid_to_chip_loss_against_first");
                against.put("difference_mwh", Numbers.full(diff));
                against.put("band_mwh", Numbers.full(Units.joulesToMwh(RankingBand.bandJ(variants.get(0).evaluation(),
                        v.evaluation()))));
            }
            if (!applied.isEmpty()) {
                ObjectNode o = d.putObject("stage_overrides");
                applied.forEach((kind, by) -> o.put(kind, by.get(v.label())));
            }
            ArrayNode bases = d.putArray("stages");
            for (ChainPoint.StagePoint p : v.evaluation().design().stagesFromGrid()) {
                ObjectNode st = bases.addObject();
                st.put("name", p.name());
                st.put("kind", p.kind().key());
                st.put("basis", p.basis());
                st.put("source", p.source());
            }
            StandardsAssessment a = v.evaluation().standards();
            ObjectNode rules = d.putObject("rules");
            rules.put("site", a.jurisdiction().label());
            rules.put("basis", a.jurisdiction().basis());
            for (var f : a.frameworks()) {
                ObjectNode o = rules.putObject(f.framework().key());
                o.put("status", f.status());
                o.put("why", f.why());
            }
            ObjectNode metrics = d.putObject("metrics");
            for (Metric m : Metric.values()) {
                if (!Double.isNaN(v.value(m))) {
                    metrics.put(m.key(), Numbers.full(v.value(m)));
                }
            }
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
