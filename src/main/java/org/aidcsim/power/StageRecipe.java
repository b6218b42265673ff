package org.aidcsim.power;

import org.aidcsim.catalog.RackSupply;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.aidcsim.catalog.CableAmpacity;
import org.aidcsim.catalog.LossModel;
import org.aidcsim.catalog.PowerCatalog;
import org.aidcsim.units.Units;
import org.aidcsim.units.Named;

/** How to build a stage's loss model once its design load is known. */
public sealed interface StageRecipe
        permits StageRecipe.Converter, StageRecipe.Conductor, StageRecipe.RackSupplyRecipe, StageRecipe.BoardRegulators {
    /**
     * @param designOutputW power the stage delivers at design IT load (W)
     * @param designLoadFraction share of its N capacity a stage may carry at design, in (0, 1]
     */
    StageLoss size(double designOutputW, double designLoadFraction) throws SizingException;

    /**
     * Identical units sharing the load. The number of units needed is the design output over
     * (unit rating × design load fraction), rounded up; redundancy adds units on top. Without a
     * unit rating the stage is one unit sized to design output / design load fraction.
     *
     * @param perUnit part-load loss of one unit
     * @param unitRatingW output rating of one unit (W), or empty to size one unit to the load
     * @param redundancy N, N+1, 2N, 2(N+1)
     * @param unitsInstalled a fixed installed count, or empty to derive it
     */
    record Converter(LossModel perUnit, OptionalDouble unitRatingW, Redundancy redundancy, OptionalInt unitsInstalled)
            implements StageRecipe {
        @Override
        public StageLoss size(double designOutputW, double designLoadFraction) throws SizingException {
            double load = Math.max(designOutputW, 1.0);
            if (unitsInstalled.isPresent()) {
                int installed = unitsInstalled.getAsInt();
                int needed = redundancy.needed(installed);
                if (needed < 1) {
                    throw new SizingException("units", String.format(Locale.ROOT,
                            "%d unit(s) do not fit %s redundancy (expected a count of the form %s)", installed,
                            redundancy.key(), switch (redundancy) {
                                case N -> "n ≥ 1";
                                case N_PLUS_1 -> "n + 1 ≥ 2";
                                case TWO_N -> "2n ≥ 2";
                                case TWO_N_PLUS_1 -> "2(n + 1) ≥ 4";
                            }));
                }
                double unit = unitRatingW.orElse(load / designLoadFraction / needed);
                if (needed * unit < load) {
                    throw new SizingException(unitRatingW.isPresent() ? "unit_rating_kw" : "units", String.format(Locale.ROOT,
                            "is rated below its design load (expected N capacity ≥ %.1f kW, found %d × %.1f kW)",
                            Units.wToKw(load), needed, Units.wToKw(unit)));
                }
                return new ModularConverter(perUnit, unit, needed, redundancy);
            }
            if (unitRatingW.isPresent()) {
                double unit = unitRatingW.getAsDouble();
                int needed = (int) Math.max(1, Math.ceil(load / (unit * designLoadFraction) - 1e-9));
                return new ModularConverter(perUnit, unit, needed, redundancy);
            }
            return new ModularConverter(perUnit, load / designLoadFraction, 1, redundancy);
        }
    }

    /**
     * A preset's in-rack supply: power shelves for rack-scale systems, or each server's own 1+1
     * supplies for conventional racks ({@link RackSupply}). Server supplies are rated from the
     * server's draw: the smallest common rating that carries the server alone at most
     * {@link PowerCatalog#SERVER_PSU_MAX_LOAD_FRACTION} of its rating when its partner fails, so in
     * normal service each of the pair runs at under half load.
     *
     * @param shelves the power shelves, as the preset sizes them
     * @param serverPsuCurve part-load efficiency of one server supply
     */
    record RackSupplyRecipe(Converter shelves, LossModel serverPsuCurve) implements StageRecipe {
        /** Name of the stage when it is built as server supplies. */
        public static final String SERVER_PSU_NAME = "server PSUs, 1+1";

        @Override
        public StageLoss size(double designOutputW, double designLoadFraction) throws SizingException {
            return shelves.size(designOutputW, designLoadFraction);
        }

        /** The servers' supplies of one rack of {@code g}: 2 per server, sharing the load. */
        public ModularConverter serverSupplies(ChainSizer.RackGroupLoad g) throws SizingException {
            int servers = (int) Math.max(1, Math.round(g.rackPowerW() / g.serverPowerW()));
            double serverW = g.rackPowerW() / servers;
            double rating = Double.NaN;
            for (double r : PowerCatalog.SERVER_PSU_RATINGS_W) {
                if (serverW <= PowerCatalog.SERVER_PSU_MAX_LOAD_FRACTION * r) {
                    rating = r;
                    break;
                }
            }
            if (Double.isNaN(rating)) {
                double largest = PowerCatalog.SERVER_PSU_RATINGS_W[PowerCatalog.SERVER_PSU_RATINGS_W.length - 1];
                throw new SizingException("server_power_kw", String.format(Locale.ROOT, "a server of %.2f kW needs more than "
                        + "one supply of the largest common rating (expected ≤ %.2f kW per server, found %.2f kW); "
                        + "use power_shelves", Units.wToKw(serverW),
                        Units.wToKw(PowerCatalog.SERVER_PSU_MAX_LOAD_FRACTION * largest), Units.wToKw(serverW)));
            }
            return new ModularConverter(serverPsuCurve, rating, servers, Redundancy.TWO_N, "1+1 per server, " + servers
                    + " servers");
        }
    }

    /**
     * Board regulators, fed at 48/54 V by power shelves or at 12 V by a server's own supplies.
     *
     * @param fromShelves the regulators behind power shelves
     * @param fromServerPsus the regulators behind server supplies
     */
    record BoardRegulators(Converter fromShelves, Converter fromServerPsus) implements StageRecipe {
        @Override
        public StageLoss size(double designOutputW, double designLoadFraction) throws SizingException {
            return fromShelves.size(designOutputW, designLoadFraction);
        }
    }

    /**
     * A conductor run, either of a given cross-section or sized to a voltage-drop fraction at the
     * design load.
     */
    /** The largest loss, as a share of the power carried at design, that a run of given section may have. */
    double MAX_GIVEN_CONDUCTOR_LOSS = 0.25;

    record Conductor(ConductorMaterial material, DistributionSystem system, double voltageV, double powerFactor,
            double lengthM, OptionalDouble crossSectionMm2, double dropFraction, int parallelRuns, double temperatureC, double airC,
            boolean busway) implements StageRecipe {
        @Override
        public StageLoss size(double designOutputW, double designLoadFraction) throws SizingException {
            if (crossSectionMm2.isPresent()) {
                ConductorRun run = new ConductorRun(material, system, voltageV, powerFactor, lengthM, crossSectionMm2.getAsDouble(),
                        parallelRuns, temperatureC);
                double lossFraction = run.lossW(designOutputW) / designOutputW;
                if (designOutputW > 0 && lossFraction > MAX_GIVEN_CONDUCTOR_LOSS) {
                    // IEC 60364-5-52 Annex G keeps a drop to a few per cent; a quarter lost is a field in other units
                    throw new SizingException("cross_section_mm2", String.format(Locale.ROOT, "loses %.0f %% of the %,.0f kW it "
                            + "carries at design (expected a run that loses a few per cent: are voltage_v in V, length_m in m and "
                            + "cross_section_mm2 in mm²?)", 100 * lossFraction, Units.wToKw(designOutputW)));
                }
                return run;
            }
            return busway ? ConductorRun.busway(material, system, voltageV, powerFactor, lengthM, parallelRuns, temperatureC,
                    designOutputW, dropFraction, airC)
                    : ConductorRun.sized(material, system, voltageV, powerFactor, lengthM, parallelRuns, temperatureC,
                            designOutputW, dropFraction, airC);
        }

        /** A builder that names every field, so that two values cannot be swapped silently. */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds a {@link Conductor} field by field. */
        public static final class Builder {
            private ConductorMaterial material;
            private DistributionSystem system;
            private Double voltageV;
            private Double powerFactor;
            private Double lengthM;
            private OptionalDouble crossSectionMm2 = OptionalDouble.empty();
            private Double dropFraction;
            private Integer parallelRuns;
            private Double temperatureC;
            private double airC = CableAmpacity.REFERENCE_AIR_C;
            private boolean busway;

            private Builder() {
            }

            public Builder material(ConductorMaterial value) { material = value; return this; }
            public Builder system(DistributionSystem value) { system = value; return this; }
            public Builder voltageV(double value) { voltageV = value; return this; }
            public Builder powerFactor(double value) { powerFactor = value; return this; }
            public Builder lengthM(double value) { lengthM = value; return this; }
            public Builder crossSectionMm2(OptionalDouble value) { crossSectionMm2 = value; return this; }
            public Builder dropFraction(double value) { dropFraction = value; return this; }
            public Builder parallelRuns(int value) { parallelRuns = value; return this; }
            public Builder temperatureC(double value) { temperatureC = value; return this; }
            public Builder airC(double value) { airC = value; return this; }
            public Builder busway(boolean value) { busway = value; return this; }

            public Conductor build() {
                Named.require("material", material != null);
                Named.require("system", system != null);
                Named.require("voltageV", voltageV != null);
                Named.require("powerFactor", powerFactor != null);
                Named.require("lengthM", lengthM != null);
                Named.require("dropFraction", dropFraction != null);
                Named.require("parallelRuns", parallelRuns != null);
                Named.require("temperatureC", temperatureC != null);
                return new Conductor(material, system, voltageV, powerFactor, lengthM, crossSectionMm2, dropFraction,
                        parallelRuns, temperatureC, airC, busway);
            }
        }
    }
}
