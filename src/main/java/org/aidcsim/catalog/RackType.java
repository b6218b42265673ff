package org.aidcsim.catalog;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One kind of rack of an IT system, as its vendor describes it, in SI; every figure given has its
 * source in {@link #sources()} under the data file's field name.
 *
 * @param systemKey the key of the system it belongs to
 * @param role what the rack does in its system (rack, compute, network)
 * @param racksPerSystem how many of these racks one system has
 * @param nameplateW the rack's maximum input power, what power is sized for (W)
 * @param typicalW its sustained draw at full work, what energy is computed from (W)
 * @param idleFraction its draw when idle, fraction of nameplate
 * @param liquidFraction share of its heat taken by liquid; empty for an air-only rack
 * @param coolantSupplyMaxC highest coolant supply temperature at the rack inlet (°C), where published
 * @param coolantDeltaTK coolant temperature rise across the rack at nameplate (K), where published
 * @param supply server supplies or power shelves
 * @param servers servers per rack with their own supplies; empty for power shelves
 * @param serverW one server's maximum draw (W); NaN for power shelves
 * @param supplyUnits supplies per server (server supplies) or shelves per rack (power shelves), where published
 * @param supplyUnitW one supply's or shelf's rating (W); NaN where not published
 * @param supplySpares how many of {@code supplyUnits} may fail with the load still carried
 * @param feeds independent feeds (A/B) the rack's supplies are split over: 1, or 2 when either feed
 *        alone must carry the rack
 * @param bbuEnergyJ in-rack battery backup energy (J); 0 without
 * @param bbuPowerW in-rack battery backup power (W); 0 without
 * @param capacitorEnergyJ in-rack capacitor storage for load smoothing (J); 0 without
 * @param widthM the rack's width (m); NaN where not published
 * @param depthM the rack's depth (m); NaN where not published
 * @param sources where each figure comes from, by field name of the data file
 */
public record RackType(String systemKey, String role, int racksPerSystem, double nameplateW, double typicalW, double idleFraction,
        OptionalDouble liquidFraction, OptionalDouble coolantSupplyMaxC, OptionalDouble coolantDeltaTK, RackSupply supply,
        OptionalInt servers, double serverW, OptionalInt supplyUnits, double supplyUnitW, int supplySpares, int feeds,
        double bbuEnergyJ,
        double bbuPowerW, double capacitorEnergyJ, double widthM, double depthM, Map<String, String> sources) {

    public RackType {
        sources = Map.copyOf(sources);
        if (supply == RackSupply.AUTO) {
            throw new IllegalArgumentException(role + ": a catalogue rack names its supply");
        }
    }

    /** Typical draw over nameplate: the utilization a rack group of this type runs at by default. */
    public double typicalFraction() {
        return typicalW / nameplateW;
    }

    /**
     * Power the rack's supplies still deliver with {@link #supplySpares()} of them failed (W): per
     * server times servers for server supplies, per shelf for shelves; empty where the supplies
     * are not published.
     */
    public OptionalDouble supplyCapacityWithSparesFailedW() {
        if (supplyUnits.isEmpty() || Double.isNaN(supplyUnitW)) {
            return OptionalDouble.empty();
        }
        double working = (supplyUnits.getAsInt() - supplySpares) * supplyUnitW;
        return OptionalDouble.of(servers.isPresent() ? working * servers.getAsInt() : working);
    }

    /**
     * Power the supplies of one feed deliver (W) when the rack has two: half the supplies (per
     * server times servers for server supplies); empty for one feed or unpublished supplies.
     */
    public OptionalDouble supplyCapacityOnOneFeedW() {
        if (feeds < 2 || supplyUnits.isEmpty() || Double.isNaN(supplyUnitW)) {
            return OptionalDouble.empty();
        }
        double perFeed = supplyUnits.getAsInt() / 2 * supplyUnitW;
        return OptionalDouble.of(servers.isPresent() ? perFeed * servers.getAsInt() : perFeed);
    }

    /** The load the supplies must carry (W): every server's maximum, or the rack's nameplate. */
    public double suppliedLoadW() {
        return servers.isPresent() ? servers.getAsInt() * serverW : nameplateW;
    }

    /** True when the supplies carry nameplate with the stated spares failed (or are not published). */
    public boolean suppliesCoverNameplate() {
        OptionalDouble capacity = supplyCapacityWithSparesFailedW();
        if (capacity.isEmpty()) {
            return true;
        }
        double needW = servers.isPresent() ? servers.getAsInt() * serverW : nameplateW;
        return capacity.getAsDouble() >= needW * (1 - 1e-9);
    }

    /**
     * Coolant flow one rack needs at nameplate (m³/s): its liquid heat over ρ·cp·ΔT of
     * {@code coolant} at {@code supplyTempC}; empty for an air-only rack or without a published ΔT.
     */
    public OptionalDouble coolantFlowM3PerS(Coolant coolant, double supplyTempC) {
        if (liquidFraction.isEmpty() || coolantDeltaTK.isEmpty()) {
            return OptionalDouble.empty();
        }
        double meanC = supplyTempC + coolantDeltaTK.getAsDouble() / 2;
        FluidProperties p = coolant.properties();
        return OptionalDouble.of(liquidFraction.getAsDouble() * nameplateW
                / (p.densityKgPerM3(meanC) * p.specificHeatJPerKgK(meanC) * coolantDeltaTK.getAsDouble()));
    }

    /** Floor area the rack itself stands on (m²); NaN where not published. */
    public double footprintM2() {
        return widthM * depthM;
    }

    /** The source of {@code field}, or "" if the data file gives none. */
    public String sourceOf(String field) {
        return sources.getOrDefault(field, "");
    }

}
