package org.aidcsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.catalog.ItSystem;
import org.aidcsim.catalog.ItSystemCatalog;
import org.aidcsim.catalog.RackType;
import org.aidcsim.units.Units;

/** The IT systems catalogue for {@code aidcsim catalog}: figures per rack type, derived figures, sources. */
final class ItSystemListing {
    private ItSystemListing() {
    }

    /** Water flow one rack needs at nameplate, at its coolant limit (or 30 °C where none is published) (L/min). */
    private static OptionalDouble waterFlowLPerMin(RackType r) {
        OptionalDouble flow = r.coolantFlowM3PerS(Coolant.WATER, r.coolantSupplyMaxC().orElse(30));
        return flow.isPresent() ? OptionalDouble.of(Units.m3PerSToLitrePerMin(flow.getAsDouble())) : OptionalDouble.empty();
    }

    static void appendJson(ObjectNode root) {
        ArrayNode systems = root.putArray("it_systems");
        for (ItSystem s : ItSystemCatalog.all()) {
            ObjectNode n = systems.addObject();
            n.put("key", s.key());
            n.put("name", s.name());
            n.put("status", s.announced() ? "announced" : "shipping");
            n.put("nameplate_kw", Numbers.full(Units.wToKw(s.nameplateW())));
            ArrayNode racks = n.putArray("racks");
            for (RackType r : s.racks()) {
                ObjectNode j = racks.addObject();
                j.put("role", r.role());
                j.put("racks_per_system", r.racksPerSystem());
                j.put("nameplate_kw", Numbers.full(Units.wToKw(r.nameplateW())));
                j.put("typical_kw", Numbers.full(Units.wToKw(r.typicalW())));
                j.put("idle_fraction", Numbers.full(r.idleFraction()));
                r.liquidFraction().ifPresent(v -> j.put("liquid_fraction", Numbers.full(v)));
                r.coolantSupplyMaxC().ifPresent(v -> j.put("coolant_supply_max_c", Numbers.full(v)));
                r.coolantDeltaTK().ifPresent(v -> j.put("coolant_delta_t_k", Numbers.full(v)));
                waterFlowLPerMin(r).ifPresent(v -> j.put("water_flow_l_per_min", Numbers.full(v)));
                j.put("supply", r.supply().key());
                r.servers().ifPresent(v -> j.put("servers", v));
                if (!Double.isNaN(r.serverW())) {
                    j.put("server_kw", Numbers.full(Units.wToKw(r.serverW())));
                }
                r.supplyUnits().ifPresent(v -> j.put("supply_units", v));
                if (!Double.isNaN(r.supplyUnitW())) {
                    j.put("supply_unit_kw", Numbers.full(Units.wToKw(r.supplyUnitW())));
                    j.put("supply_spares", r.supplySpares());
                }
                r.supplyCapacityWithSparesFailedW().ifPresent(v -> j.put("supply_kw_with_spares_failed", Numbers.full(Units.wToKw(v))));
                if (r.bbuEnergyJ() > 0) {
                    j.put("bbu_kwh", Numbers.full(Units.joulesToKwh(r.bbuEnergyJ())));
                    j.put("bbu_kw", Numbers.full(Units.wToKw(r.bbuPowerW())));
                }
                if (r.capacitorEnergyJ() > 0) {
                    j.put("capacitor_j", Numbers.full(r.capacitorEnergyJ()));
                }
                if (!Double.isNaN(r.footprintM2())) {
                    j.put("width_mm", Numbers.full(Units.mToMm(r.widthM())));
                    j.put("depth_mm", Numbers.full(Units.mToMm(r.depthM())));
                }
                ObjectNode sources = j.putObject("sources");
                r.sources().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sources.put(e.getKey(), e.getValue()));
            }
        }
    }

    static void appendText(StringBuilder sb) {
        sb.append("\nIT systems (it.groups[].system; per rack, each figure's source below it; \"estimate\" marks figures no vendor "
                + "publishes: override them)\n");
        for (ItSystem s : ItSystemCatalog.all()) {
            sb.append(String.format(Locale.ROOT, "%n  %s: %s%s, %,.0f kW in %d rack%s%n", s.key(), s.name(),
                    s.announced() ? " [announced, not shipping]" : "", Units.wToKw(s.nameplateW()), s.racksPerSystem(),
                    s.racksPerSystem() == 1 ? "" : "s"));
            for (RackType r : s.racks()) {
                sb.append(String.format(Locale.ROOT, "    %s x %d: nameplate %.1f kW, typical %.1f kW (%.0f %%), idle %.0f %%", r.role(),
                        r.racksPerSystem(), Units.wToKw(r.nameplateW()), Units.wToKw(r.typicalW()), 100 * r.typicalFraction(),
                        100 * r.idleFraction()));
                r.liquidFraction().ifPresent(v -> sb.append(String.format(Locale.ROOT, ", liquid %.0f %%", 100 * v)));
                r.coolantSupplyMaxC().ifPresent(v -> sb.append(String.format(Locale.ROOT, ", coolant at most %.0f °C", v)));
                waterFlowLPerMin(r).ifPresent(v -> sb.append(String.format(Locale.ROOT, ", %.0f L/min of water at ΔT %.0f K", v,
                        r.coolantDeltaTK().getAsDouble())));
                sb.append('\n').append("      ").append(supplyText(r));
                if (r.capacitorEnergyJ() > 0) {
                    sb.append(String.format(Locale.ROOT, "; capacitors %,.0f J", r.capacitorEnergyJ()));
                }
                if (r.bbuEnergyJ() > 0) {
                    sb.append(String.format(Locale.ROOT, "; battery backup %.1f kWh / %.0f kW", Units.joulesToKwh(r.bbuEnergyJ()),
                            Units.wToKw(r.bbuPowerW())));
                }
                if (!Double.isNaN(r.footprintM2())) {
                    sb.append(String.format(Locale.ROOT, "; footprint %.0f x %.0f mm", Units.mToMm(r.widthM()), Units.mToMm(r.depthM())));
                }
                sb.append('\n');
                r.sources().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                        sb.append(String.format(Locale.ROOT, "        %-22s %s%n", e.getKey(), e.getValue())));
            }
        }
    }

    private static String supplyText(RackType r) {
        if (r.servers().isPresent()) {
            String units = r.supplyUnits().isPresent() && !Double.isNaN(r.supplyUnitW())
                    ? String.format(Locale.ROOT, ", each on %d x %.1f kW supplies of which %d may fail", r.supplyUnits().getAsInt(),
                            Units.wToKw(r.supplyUnitW()), r.supplySpares())
                    : "";
            return String.format(Locale.ROOT, "server supplies: %d servers of %.1f kW%s", r.servers().getAsInt(),
                    Units.wToKw(r.serverW()), units);
        }
        if (r.supplyUnits().isPresent() && !Double.isNaN(r.supplyUnitW())) {
            return String.format(Locale.ROOT, "power shelves: %d x %.0f kW, %d may fail (%.0f kW left for %.0f kW)",
                    r.supplyUnits().getAsInt(), Units.wToKw(r.supplyUnitW()), r.supplySpares(),
                    Units.wToKw(r.supplyCapacityWithSparesFailedW().getAsDouble()), Units.wToKw(r.nameplateW()));
        }
        return "power shelves (count and rating not published)";
    }
}
