package org.aidcsim.power;

import org.aidcsim.catalog.RackSupply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sizes a power chain from its stage templates. Facility stages are sized from the racks back to
 * the grid: a stage's design output is the design input of the stage below it. In-rack stages are
 * sized per rack group on the rack's design input, a few percent above the stage's true output,
 * so conservatively.
 */
public final class ChainSizer {
    /**
     * One rack group as the in-rack stages see it.
     *
     * @param racks racks in the group
     * @param designInputW power one rack draws at design (W)
     * @param rackPowerW power one rack draws at full utilization (W): what its supplies are sized for
     * @param supply server supplies or power shelves (resolved, never {@code AUTO})
     * @param serverPowerW power one server draws at full utilization (W), for server supplies
     */
    public record RackGroupLoad(int racks, double designInputW, double rackPowerW, RackSupply supply, double serverPowerW,
            Optional<VendorSupplies> vendorSupplies) {
        public RackGroupLoad {
            if (supply == RackSupply.AUTO) {
                throw new IllegalArgumentException("resolve the rack supply first");
            }
        }

        /** A group whose rack supplies the preset sizes (no vendor configuration). */
        public RackGroupLoad(int racks, double designInputW, double rackPowerW, RackSupply supply, double serverPowerW) {
            this(racks, designInputW, rackPowerW, supply, serverPowerW, Optional.empty());
        }

        RackGroupLoad withSupply(RackSupply other) {
            // a vendor's units describe the supply it named; another supply is sized by the preset
            return new RackGroupLoad(racks, designInputW, rackPowerW, other, serverPowerW,
                    other == supply ? vendorSupplies : Optional.empty());
        }
    }

    /**
     * The rack's own supplies as its vendor builds them (an IT catalogue system): every installed
     * unit of one rack shares the load, so the loss follows installed units × rating, whatever the
     * redundancy they are bought for.
     *
     * @param unitsPerRack supplies installed in one rack (all servers' supplies, or the shelves)
     * @param unitRatingW one unit's rating (W)
     * @param arrangement the maker's arrangement of them, for reports ("4+4, A/B feeds", "4+2 per server")
     */
    public record VendorSupplies(int unitsPerRack, double unitRatingW, String arrangement) {
        public VendorSupplies {
            if (unitsPerRack < 1 || !(unitRatingW > 0)) {
                throw new IllegalArgumentException("invalid vendor supplies");
            }
        }
    }

    /**
     * A stage that cannot be sized.
     *
     * @param stageIndex its position in the templates, from the grid
     * @param stageName its name
     * @param cause what is wrong with it
     */
    public record Problem(int stageIndex, String stageName, SizingException cause) {
    }

    private ChainSizer() {
    }

    /**
     * @param fromGrid stage templates from the grid to the chips
     * @param designItW design IT power at the rack inputs (W)
     * @param groups rack groups, in the IT load's order
     * @param designLoadFraction share of its N capacity a stage carries at design, in (0, 1]
     * @param problems receives every stage that cannot be sized
     * @return the chain, or empty when any stage cannot be sized
     */
    public static Optional<PowerChain> size(List<StageTemplate> fromGrid, double designItW, List<RackGroupLoad> groups,
            double designLoadFraction, List<Problem> problems) {
        int before = problems.size();
        List<PowerStage> facility = new ArrayList<>();
        double designOutW = designItW;
        for (int k = fromGrid.size() - 1; k >= 0; k--) {
            StageTemplate t = fromGrid.get(k);
            if (!t.inRack()) {
                Optional<PowerStage> stage = sized(t, k, designOutW, designLoadFraction, problems);
                if (stage.isPresent()) {
                    facility.add(stage.get());
                    designOutW += stage.get().lossW(designOutW);
                }
            }
        }
        // Server supplies exist only where the chain has a rack-supply stage to become them (a DC/DC shelf
        // behind 800 V does not): elsewhere the board regulators sit behind shelves whatever the rack.
        boolean serverPsusPossible = fromGrid.stream().anyMatch(t -> t.recipe() instanceof StageRecipe.RackSupplyRecipe);
        List<RackChain> rackChains = new ArrayList<>();
        for (RackGroupLoad requested : groups) {
            RackGroupLoad g = serverPsusPossible ? requested : requested.withSupply(RackSupply.POWER_SHELVES);
            List<PowerStage> perRack = new ArrayList<>();
            for (int k = 0; k < fromGrid.size(); k++) {
                if (fromGrid.get(k).inRack()) {
                    sizedInRack(fromGrid.get(k), k, g, designLoadFraction, problems).ifPresent(perRack::add);
                }
            }
            rackChains.add(new RackChain(g.racks(), perRack));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new PowerChain(facility, rackChains));
    }

    private static Optional<PowerStage> sizedInRack(StageTemplate t, int index, RackGroupLoad g, double dlf, List<Problem> problems) {
        try {
            return Optional.of(t.sizeInRack(g, dlf));
        } catch (SizingException e) {
            problems.add(new Problem(index, t.name(), e));
            return Optional.empty();
        }
    }

    private static Optional<PowerStage> sized(StageTemplate t, int index, double designOutW, double dlf, List<Problem> problems) {
        try {
            return Optional.of(t.size(designOutW, dlf));
        } catch (SizingException e) {
            problems.add(new Problem(index, t.name(), e));
            return Optional.empty();
        }
    }
}
