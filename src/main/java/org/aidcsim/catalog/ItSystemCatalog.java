package org.aidcsim.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.aidcsim.units.Units;

/**
 * The IT systems catalogue, read once from {@code it-systems.yaml} beside this class: data kept
 * apart from code, every figure with its source. A figure without a source, an unknown field or a
 * supply that cannot carry its rack is a fault of the shipped data and stops the program at once.
 */
public final class ItSystemCatalog {
    private static final String RESOURCE = "it-systems.yaml";

    private static final Set<String> RACK_FIELDS = Set.of("role", "racks_per_system", "nameplate_kw", "typical_kw", "idle_fraction",
            "liquid_fraction", "coolant_supply_max_c", "coolant_delta_t_k", "supply", "servers", "server_kw", "supply_units",
            "supply_unit_kw", "supply_spares", "bbu_kwh", "bbu_kw", "capacitor_j", "width_mm", "depth_mm", "sources");

    /** Fields that describe rather than measure, and need no source. */
    private static final Set<String> UNSOURCED = Set.of("role", "sources");

    private static final List<ItSystem> SYSTEMS = read();

    private ItSystemCatalog() {
    }

    /** Every system, in the data file's order. */
    public static List<ItSystem> all() {
        return SYSTEMS;
    }

    /** The system whose key is {@code key}. */
    public static Optional<ItSystem> of(String key) {
        return SYSTEMS.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Every key, for the scenario format and "did you mean". */
    public static List<String> keys() {
        return SYSTEMS.stream().map(ItSystem::key).toList();
    }

    private static List<ItSystem> read() {
        try (InputStream in = ItSystemCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the IT systems catalogue " + RESOURCE + " is missing from the program");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the IT systems catalogue", e);
        }
    }

    /** The systems of a catalogue document; an {@link IllegalStateException} names the first fault of the data. */
    static List<ItSystem> parse(InputStream in) throws IOException {
        Map<?, ?> doc = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
        List<ItSystem> systems = new ArrayList<>();
        for (Object o : (List<?>) doc.get("systems")) {
            systems.add(system((Map<?, ?>) o));
        }
        return List.copyOf(systems);
    }

    private static ItSystem system(Map<?, ?> m) {
        String key = (String) m.get("key");
        List<RackType> racks = new ArrayList<>();
        for (Object r : (List<?>) m.get("racks")) {
            racks.add(rack(key, (Map<?, ?>) r));
        }
        String status = (String) m.get("status");
        if (!"shipping".equals(status) && !"announced".equals(status)) {
            throw new IllegalStateException(key + ": status must be shipping or announced, found " + status);
        }
        return new ItSystem(key, (String) m.get("name"), "announced".equals(status), racks);
    }

    private static RackType rack(String system, Map<?, ?> m) {
        String where = system + " " + m.get("role");
        Map<?, ?> sources = (Map<?, ?>) m.get("sources");
        for (Object field : m.keySet()) {
            if (!RACK_FIELDS.contains(field)) {
                throw new IllegalStateException(where + ": unknown field " + field);
            }
            boolean trivialCount = field.equals("racks_per_system") && Integer.valueOf(1).equals(m.get(field));
            if (!UNSOURCED.contains(field) && !trivialCount && (sources == null || !(sources.get(field) instanceof String s) || s.isBlank())) {
                throw new IllegalStateException(where + ": " + field + " has no source");
            }
        }
        Map<String, String> sourceMap = new LinkedHashMap<>();
        if (sources != null) {
            sources.forEach((k, v) -> sourceMap.put((String) k, (String) v));
        }
        RackSupply supply = RackSupply.ofKey((String) m.get("supply"))
                .orElseThrow(() -> new IllegalStateException(where + ": unknown supply " + m.get("supply")));
        RackType rack = new RackType(system, (String) m.get("role"), ((Number) m.get("racks_per_system")).intValue(),
                Units.kwToW(num(m, "nameplate_kw")), Units.kwToW(num(m, "typical_kw")), num(m, "idle_fraction"),
                opt(m, "liquid_fraction"), opt(m, "coolant_supply_max_c"), opt(m, "coolant_delta_t_k"), supply,
                optInt(m, "servers"), Units.kwToW(opt(m, "server_kw").orElse(Double.NaN)), optInt(m, "supply_units"),
                Units.kwToW(opt(m, "supply_unit_kw").orElse(Double.NaN)), optInt(m, "supply_spares").orElse(0),
                Units.kwhToJoules(opt(m, "bbu_kwh").orElse(0)), Units.kwToW(opt(m, "bbu_kw").orElse(0)),
                opt(m, "capacitor_j").orElse(0), Units.mmToM(opt(m, "width_mm").orElse(Double.NaN)),
                Units.mmToM(opt(m, "depth_mm").orElse(Double.NaN)), sourceMap);
        if (!(rack.typicalW() <= rack.nameplateW()) || !(rack.idleFraction() >= 0 && rack.idleFraction() <= 1)) {
            throw new IllegalStateException(where + ": typical above nameplate or idle fraction outside [0, 1]");
        }
        if (!rack.suppliesCoverNameplate()) {
            throw new IllegalStateException(where + ": supplies cannot carry the nameplate with the stated spares failed");
        }
        return rack;
    }

    private static double num(Map<?, ?> m, String field) {
        return opt(m, field).orElseThrow(() -> new IllegalStateException(m.get("role") + ": " + field + " is required"));
    }

    private static OptionalDouble opt(Map<?, ?> m, String field) {
        return m.get(field) instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    private static OptionalInt optInt(Map<?, ?> m, String field) {
        return m.get(field) instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
    }
}
