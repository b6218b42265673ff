package org.aidcsim.catalog;

import static org.aidcsim.schema.Schema.integer;
import static org.aidcsim.schema.Schema.listOf;
import static org.aidcsim.schema.Schema.number;
import static org.aidcsim.schema.Schema.object;
import static org.aidcsim.schema.Schema.oneOf;
import static org.aidcsim.schema.Schema.optional;
import static org.aidcsim.schema.Schema.prose;
import static org.aidcsim.schema.Schema.required;
import static org.aidcsim.schema.Schema.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.nio.charset.StandardCharsets;
import org.aidcsim.schema.Field;
import org.aidcsim.schema.Issue;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.NodeReader;
import org.aidcsim.schema.SchemaType.ObjectType;
import org.aidcsim.schema.Validator;
import org.aidcsim.units.Units;

/**
 * The IT systems catalogue, read once from {@code it-systems.yaml} beside this class: data kept
 * apart from code, every figure with its source. The file is read through the schema engine, like
 * a scenario: an unknown field, a value of the wrong type or out of bounds, a figure without a
 * source and a supply that cannot carry its rack are faults of the shipped data, all reported
 * together with their line and column, and stop the program at once.
 */
public final class ItSystemCatalog {
    private static final String RESOURCE = "it-systems.yaml";
    /** Largest catalogue file read (bytes): the shipped one is a few tens of kilobytes. */
    private static final int MAX_BYTES = 4 << 20;

    /** Fields of a rack type that measure something, each needing its source. */
    private static final List<String> SOURCED = List.of("racks_per_system", "nameplate_kw", "typical_kw", "idle_fraction",
            "liquid_fraction", "coolant_supply_max_c", "coolant_delta_t_k", "supply", "servers", "server_kw", "supply_units",
            "supply_unit_kw", "supply_spares", "feeds", "bbu_kwh", "bbu_kw", "capacitor_j", "width_mm", "depth_mm");

    private static final ObjectType SOURCES = object("Where each figure comes from, keyed by the figure's field.",
            SOURCED.stream().map(f -> optional(f, prose("Where " + f + " comes from"))).toArray(Field[]::new));

    private static final ObjectType RACK = object("A rack type of a system.",
            required("role", text("What the rack does in the system")),
            required("racks_per_system", integer("Racks of this role in one system", 1, 10_000)),
            required("nameplate_kw", number("Maximum input power", "kW").above(0).max(2000)),
            required("typical_kw", number("Sustained draw at full work", "kW").above(0).max(2000)),
            required("idle_fraction", number("Draw when idle, fraction of nameplate", "").min(0).max(1)),
            optional("liquid_fraction", number("Share of the heat taken by liquid", "").min(0).max(1)),
            optional("coolant_supply_max_c", number("Highest coolant supply at the rack inlet", "°C").min(0).max(80)),
            optional("coolant_delta_t_k", number("Coolant rise across the rack at nameplate", "K").above(0).max(50)),
            required("supply", oneOf("How the rack turns its feed into low voltage",
                    List.of(RackSupply.SERVER_PSUS.key(), RackSupply.POWER_SHELVES.key()))),
            optional("servers", integer("Servers per rack", 1, 1000)),
            optional("server_kw", number("Each server's maximum draw", "kW").above(0).max(1000)),
            optional("supply_units", integer("Supplies per server or shelves per rack", 1, 1000)),
            optional("supply_unit_kw", number("Each supply's rating", "kW").above(0).max(1000)),
            optional("supply_spares", integer("Supplies that may fail with the load carried", 0, 1000)),
            optional("feeds", integer("Independent feeds (A and B) the supplies are split over, half on each; with 2, "
                    + "either feed alone must carry the rack", 1, 2)),
            optional("bbu_kwh", number("In-rack battery energy", "kWh").min(0).max(1000)),
            optional("bbu_kw", number("In-rack battery power", "kW").min(0).max(2000)),
            optional("capacitor_j", number("In-rack capacitor energy", "J").min(0).max(1e9)),
            optional("width_mm", number("Rack width", "mm").above(0).max(3000)),
            optional("depth_mm", number("Rack depth", "mm").above(0).max(3000)),
            required("sources", SOURCES));

    private static final ObjectType SYSTEM = object("A system of the catalogue.",
            required("key", text("The name scenarios use", "[a-z0-9][a-z0-9._-]*")),
            required("name", text("Its name for people")),
            required("status", oneOf("shipping, or announced (figures from the announcement)", List.of("shipping", "announced"))),
            required("racks", listOf("Its rack types", RACK, 1)));

    private static final ObjectType DOCUMENT = object("The IT systems catalogue.",
            required("systems", listOf("Every system", SYSTEM, 1)));

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

    /** The systems of a catalogue document; an {@link IllegalStateException} lists every fault of the data, located. */
    static List<ItSystem> parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalStateException(RESOURCE + ": larger than " + MAX_BYTES + " bytes");
        }
        NodeReader.Result parsed = NodeReader.read(RESOURCE, new String(bytes, StandardCharsets.UTF_8));
        List<Issue> issues = new ArrayList<>(parsed.issues());
        if (parsed.root().isEmpty()) {
            throw fault(issues);
        }
        Validator.Result checked = Validator.validate(parsed.root().get(), DOCUMENT);
        issues.addAll(checked.issues());
        if (!issues.isEmpty()) {
            throw fault(issues);
        }
        List<ItSystem> systems = new ArrayList<>();
        List<?> list = (List<?>) ((Map<?, ?>) checked.value()).get("systems");
        for (int i = 0; i < list.size(); i++) {
            system((Map<?, ?>) list.get(i), "systems[" + i + "]", checked.locations(), issues).ifPresent(systems::add);
        }
        if (!issues.isEmpty()) {
            throw fault(issues);
        }
        return List.copyOf(systems);
    }

    private static IllegalStateException fault(List<Issue> issues) {
        StringBuilder sb = new StringBuilder("the IT systems catalogue has faults:");
        issues.forEach(i -> sb.append("\n  ").append(i));
        return new IllegalStateException(sb.toString());
    }

    /** A system, or empty when one of its rack types has faults (added to {@code issues}). */
    private static Optional<ItSystem> system(Map<?, ?> m, String at, Map<String, Location> locations, List<Issue> issues) {
        String key = (String) m.get("key");
        List<RackType> racks = new ArrayList<>();
        List<?> list = (List<?>) m.get("racks");
        for (int r = 0; r < list.size(); r++) {
            rack(key, (Map<?, ?>) list.get(r), at + ".racks[" + r + "]", locations, issues).ifPresent(racks::add);
        }
        return racks.size() == list.size() ? Optional.of(new ItSystem(key, (String) m.get("name"), "announced".equals(m.get("status")),
                racks)) : Optional.empty();
    }

    /** A rack type, or empty with its faults added: a figure without a source, figures that contradict each other. */
    private static Optional<RackType> rack(String system, Map<?, ?> m, String at, Map<String, Location> locations,
            List<Issue> issues) {
        Map<?, ?> sources = (Map<?, ?>) m.get("sources");
        int before = issues.size();
        for (String field : SOURCED) {
            boolean trivialCount = field.equals("racks_per_system") && Integer.valueOf(1).equals(m.get(field));
            if (m.containsKey(field) && !trivialCount && !(sources.get(field) instanceof String s && !s.isBlank())) {
                issues.add(issue(locations, at + "." + field, "a figure needs its source (expected sources." + field
                        + ", found none)"));
            }
        }
        Map<String, String> sourceMap = new LinkedHashMap<>();
        sources.forEach((k, v) -> sourceMap.put((String) k, (String) v));
        RackSupply supply = RackSupply.ofKey((String) m.get("supply")).orElseThrow();
        RackType rack = new RackType(system, (String) m.get("role"), ((Number) m.get("racks_per_system")).intValue(),
                Units.kwToW(num(m, "nameplate_kw")), Units.kwToW(num(m, "typical_kw")), num(m, "idle_fraction"),
                opt(m, "liquid_fraction"), opt(m, "coolant_supply_max_c"), opt(m, "coolant_delta_t_k"), supply,
                optInt(m, "servers"), Units.kwToW(opt(m, "server_kw").orElse(Double.NaN)), optInt(m, "supply_units"),
                Units.kwToW(opt(m, "supply_unit_kw").orElse(Double.NaN)), optInt(m, "supply_spares").orElse(0),
                optInt(m, "feeds").orElse(1),
                Units.kwhToJoules(opt(m, "bbu_kwh").orElse(0)), Units.kwToW(opt(m, "bbu_kw").orElse(0)),
                opt(m, "capacitor_j").orElse(0), Units.mmToM(opt(m, "width_mm").orElse(Double.NaN)),
                Units.mmToM(opt(m, "depth_mm").orElse(Double.NaN)), sourceMap);
        if (!(rack.typicalW() <= rack.nameplateW())) {
            issues.add(issue(locations, at + ".typical_kw", "the sustained draw cannot exceed the nameplate (expected ≤ "
                    + m.get("nameplate_kw") + " kW, found " + m.get("typical_kw") + " kW)"));
        }
        if (rack.feeds() == 2 && rack.supplyUnits().isPresent() && rack.supplyUnits().getAsInt() % 2 != 0) {
            issues.add(issue(locations, at + ".feeds", "supplies split over two feeds come in pairs (expected an even "
                    + "supply_units, found " + rack.supplyUnits().getAsInt() + ")"));
        } else if (rack.supplyCapacityOnOneFeedW().isPresent()
                && rack.supplyCapacityOnOneFeedW().getAsDouble() < rack.suppliedLoadW() * (1 - 1e-9)) {
            issues.add(issue(locations, at + ".feeds", String.format(Locale.ROOT, "with one of two feeds lost, the other's "
                    + "supplies deliver %.0f kW, less than the %.0f kW they must carry: give the rack's real arrangement "
                    + "(supply_units, supply_unit_kw, or the lower nameplate_kw of a rack capped to one feed)",
                    Units.wToKw(rack.supplyCapacityOnOneFeedW().getAsDouble()), Units.wToKw(rack.suppliedLoadW()))));
        }
        if (!rack.suppliesCoverNameplate()) {
            issues.add(issue(locations, at + ".supply_spares", "the supplies cannot carry the nameplate with this many failed "
                    + "(expected supply_units − supply_spares units to carry " + m.get("nameplate_kw") + " kW)"));
        }
        return issues.size() == before ? Optional.of(rack) : Optional.empty();
    }

    private static Issue issue(Map<String, Location> locations, String path, String message) {
        String p = path;
        while (!locations.containsKey(p) && p.contains(".")) {
            p = p.substring(0, p.lastIndexOf('.'));
        }
        return new Issue(locations.getOrDefault(p, new Location(RESOURCE, 0, 0)), path, message);
    }

    private static double num(Map<?, ?> m, String field) {
        return ((Number) m.get(field)).doubleValue();
    }

    private static OptionalDouble opt(Map<?, ?> m, String field) {
        return m.get(field) instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    private static OptionalInt optInt(Map<?, ?> m, String field) {
        return m.get(field) instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
    }
}
