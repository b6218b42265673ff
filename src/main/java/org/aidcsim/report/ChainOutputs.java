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
import org.aidcsim.engine.ChainPoint;
import org.aidcsim.units.Units;

/**
 * The power chain at one load as data: chain.json (the totals and each stage) and chain.csv (one
 * row per stage, RFC 4180 through Apache Commons CSV), both at full precision, for scripts that
 * would otherwise parse the console table.
 */
public final class ChainOutputs {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    /** chain.csv's columns, units in the names. */
    static final List<String> COLUMNS = List.of("stage", "kind", "in_rack", "heat_to", "units", "redundancy", "unit_rating_kw",
            "installed_capacity_kw", "load_fraction", "input_kw", "output_kw", "loss_kw", "efficiency", "conductor_sets",
            "conductor_size_mm2", "conductor_mass_kg", "source", "basis", "per_rack");

    private ChainOutputs() {
    }

    /**
     * @param scenario the scenario's name
     * @param loadFraction IT load as a fraction of design
     */
    public static String json(String scenario, double loadFraction, ChainPoint p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", scenario);
        root.put("load_fraction", Numbers.full(loadFraction));
        root.put("it_power_kw", kw(p.itPowerW()));
        root.put("grid_power_kw", kw(p.gridPowerW()));
        root.put("chip_power_kw", kw(p.chipPowerW()));
        root.put("facility_efficiency", Numbers.full(p.facilityEfficiency()));
        root.put("end_to_end_efficiency", Numbers.full(p.endToEndEfficiency()));
        root.put("conductor_mass_kg", Numbers.full(p.conductorMassKg()));
        ArrayNode stages = root.putArray("stages");
        for (ChainPoint.StagePoint s : p.stagesFromGrid()) {
            ObjectNode n = stages.addObject();
            List<Object> row = row(s);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Object v = row.get(c);
                if (v == null) {
                    continue; // a converter has no conductor size, a conductor no units: absent, not null
                }
                String key = c == 0 ? "name" : COLUMNS.get(c);
                if (v instanceof BigDecimal d) {
                    n.put(key, d);
                } else if (v instanceof Integer i) {
                    n.put(key, i);
                } else if (v instanceof Boolean b) {
                    n.put(key, b);
                } else {
                    n.put(key, v.toString());
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One row per stage from the grid to the chips; empty cells where a figure does not apply. */
    public static String csv(ChainPoint p) {
        CsvTable csv = new CsvTable(COLUMNS);
        for (ChainPoint.StagePoint s : p.stagesFromGrid()) {
            csv.row(row(s));
        }
        return csv.toString();
    }

    /** A stage's values in column order; null where the figure does not apply. */
    private static List<Object> row(ChainPoint.StagePoint s) {
        boolean units = s.unitsInstalled() > 0;
        List<Object> row = new ArrayList<>();
        row.add(s.name());
        row.add(s.kind().key());
        row.add(s.inRack());
        row.add(s.heatSink());
        row.add(units ? s.unitsInstalled() : null);
        row.add(units ? s.redundancy() : null);
        row.add(units && Double.isFinite(s.unitRatingW()) ? kw(s.unitRatingW()) : null);
        row.add(units ? kw(s.installedCapacityW()) : null);
        row.add(units && Double.isFinite(s.loadFraction()) ? Numbers.full(s.loadFraction()) : null);
        row.add(kw(s.inputW()));
        row.add(kw(s.outputW()));
        row.add(kw(s.lossW()));
        row.add(Numbers.full(s.efficiency()));
        row.add(units ? null : s.conductorSets());
        row.add(units || !Double.isFinite(s.conductorSizeMm2()) ? null : Numbers.full(s.conductorSizeMm2()));
        row.add(units ? null : Numbers.full(s.conductorMassKg()));
        row.add(s.source());
        row.add(s.basis());
        row.add(s.perRack().isEmpty() ? null : s.perRack());
        return row;
    }

    private static BigDecimal kw(double watts) {
        return Numbers.full(Units.wToKw(watts));
    }
}
