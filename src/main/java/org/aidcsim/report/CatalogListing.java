package org.aidcsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.catalog.LossModel;
import org.aidcsim.catalog.PriceItem;
import org.aidcsim.power.Architecture;
import org.aidcsim.power.StageRecipe;
import org.aidcsim.power.StageTemplate;

/**
 * What the equipment catalogues hold, each entry with its source: the preset power architectures
 * stage by stage (efficiency of one unit at part load), the coolants, the IT systems, the default prices. For
 * people (text) and scripts (JSON).
 */
public final class CatalogListing {
    /** Temperatures the JSON listing tabulates coolant properties at (°C). */
    private static final double[] PROPERTY_TEMPS_C = {0, 20, 40, 60, 80};

    /** Load fractions at which a stage's efficiency is listed. */
    private static final double[] LOADS = {0.1, 0.25, 0.5, 0.75, 1.0};
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private CatalogListing() {
    }

    public static String json() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode architectures = root.putArray("architectures");
        for (Architecture a : Architecture.values()) {
            ObjectNode n = architectures.addObject();
            n.put("key", a.key());
            n.put("summary", a.summary());
            ArrayNode stages = n.putArray("stages_from_grid");
            for (StageTemplate t : a.stagesFromGrid(Architecture.Options.defaults())) {
                ObjectNode s = stages.addObject();
                s.put("name", t.name());
                s.put("kind", t.kind().key());
                s.put("in_rack", t.inRack());
                s.put("heat_to", t.heatSink().key());
                LossModel curve = curve(t.recipe());
                if (curve != null) {
                    ObjectNode eff = s.putObject("efficiency_at_load");
                    for (double x : LOADS) {
                        eff.put(String.format(Locale.ROOT, "%.2f", x), Numbers.full(curve.efficiency(x)));
                    }
                    s.put("source", curve.source());
                    s.put("basis", curve.basis().key());
                } else if (t.recipe() instanceof StageRecipe.Conductor c) {
                    s.put("conductor", c.material().key() + " " + c.system().key() + " " + Math.round(c.voltageV()) + " V");
                }
            }
        }
        ArrayNode coolants = root.putArray("coolants");
        for (Coolant c : Coolant.all()) {
            ObjectNode n = coolants.addObject();
            n.put("key", c.key());
            n.put("name", c.name());
            n.put("min_temp_c", Numbers.full(c.properties().minTempC()));
            n.put("max_temp_c", Numbers.full(c.properties().maxTempC()));
            n.put("latent_heat_j_per_kg", Numbers.full(c.latentHeatJPerKg()));
            if (c.twoPhase()) {
                n.put("boiling_point_c", Numbers.full(c.boilingPointC()));
            }
            ArrayNode at = n.putArray("properties");
            for (double t : PROPERTY_TEMPS_C) {
                if (c.properties().covers(t)) {
                    ObjectNode p = at.addObject();
                    p.put("temp_c", Numbers.full(t));
                    p.put("density_kg_per_m3", Numbers.full(c.densityKgPerM3(t)));
                    p.put("specific_heat_j_per_kg_k", Numbers.full(c.specificHeatJPerKgK(t)));
                    p.put("viscosity_mpa_s", Numbers.full(c.properties().viscosityPaS(t) * 1000));
                    p.put("conductivity_w_per_m_k", Numbers.full(c.properties().conductivityWPerMK(t)));
                }
            }
            n.put("source", c.source());
        }
        ItSystemListing.appendJson(root);
        ArrayNode prices = root.putArray("prices");
        for (PriceItem p : PriceItem.values()) {
            ObjectNode n = prices.addObject();
            n.put("key", p.key());
            n.put("per", p.basis().label());
            n.put("default", Numbers.full(p.defaultPrice()));
            n.put("description", p.description());
            n.put("source", p.source());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text() {
        StringBuilder sb = new StringBuilder("Power architectures (efficiency of one unit at 10 / 25 / 50 / 75 / 100 % load)\n");
        for (Architecture a : Architecture.values()) {
            sb.append(String.format(Locale.ROOT, "%n  %s: %s%n", a.key(), a.summary()));
            for (StageTemplate t : a.stagesFromGrid(Architecture.Options.defaults())) {
                LossModel curve = curve(t.recipe());
                sb.append(String.format(Locale.ROOT, "    %-34s", t.name()));
                if (curve != null) {
                    for (double x : LOADS) {
                        sb.append(String.format(Locale.ROOT, " %6.2f %%", 100 * curve.efficiency(x)));
                    }
                    sb.append("   [").append(curve.basis().label()).append("] ").append(curve.source());
                } else if (t.recipe() instanceof StageRecipe.Conductor c) {
                    sb.append(String.format(Locale.ROOT, " %s %s %.0f V, sized by voltage drop", c.material().key(), c.system().key(),
                            c.voltageV()));
                }
                sb.append('\n');
            }
        }
        sb.append("\nCoolants (at 40 °C, or the nearest temperature they stay liquid at)\n");
        for (Coolant c : Coolant.all()) {
            double t = Math.min(Math.max(40.0, c.properties().minTempC()), c.properties().maxTempC());
            sb.append(String.format(Locale.ROOT, "  %-12s %-26s ρ %7.1f kg/m³  cp %6.0f J/(kg·K)  μ %6.3f mPa·s  k %.3f W/(m·K)  "
                    + "%.0f to %.0f °C%s%n      %s%n", c.key(), c.name(), c.densityKgPerM3(t), c.specificHeatJPerKgK(t),
                    c.properties().viscosityPaS(t) * 1000, c.properties().conductivityWPerMK(t), c.properties().minTempC(),
                    c.properties().maxTempC(), c.twoPhase() ? String.format(Locale.ROOT, "  boils at %.0f °C, h_fg %.0f kJ/kg",
                            c.boilingPointC(), c.latentHeatJPerKg() / 1000) : "", c.source()));
        }
        ItSystemListing.appendText(sb);
        sb.append("\nDefault unit costs, USD (economics.unit_costs)\n");
        for (PriceItem p : PriceItem.values()) {
            sb.append(String.format(Locale.ROOT, "  %-24s %12s USD %-22s %s%n", p.key(), Numbers.round(p.defaultPrice(), 2).toPlainString(),
                    p.basis().label(), p.source()));
        }
        sb.append("\nGrid carbon, electricity and water prices by site: site-defaults.csv, listed in "
                + "docs/sweeps-and-economics.md (\"Prices and carbon by site\")\n");
        return sb.toString();
    }

    /** The loss curve of one unit of a stage, or null for a conductor (sized, not catalogued). */
    private static LossModel curve(StageRecipe recipe) {
        if (recipe instanceof StageRecipe.Converter c) {
            return c.perUnit();
        }
        if (recipe instanceof StageRecipe.RackSupplyRecipe r) {
            return r.shelves().perUnit();
        }
        if (recipe instanceof StageRecipe.BoardRegulators b) {
            return b.fromShelves().perUnit();
        }
        return null;
    }
}
