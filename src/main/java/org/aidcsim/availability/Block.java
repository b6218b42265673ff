package org.aidcsim.availability;

import java.util.List;

/**
 * A reliability structure. Evaluated on the current state of every component; {@link Buffer}
 * and {@link Generators} also carry time (battery autonomy, start delays) that the simulator
 * keeps.
 */
public sealed interface Block permits Block.Unit, Block.Series, Block.KOfN, Block.Buffer, Block.Generators, Block.Either {

    /** One component. */
    record Unit(int component) implements Block {
    }

    /** Up when every part is up. */
    record Series(List<Block> parts) implements Block {
        public Series {
            parts = List.copyOf(parts);
        }
    }

    /** Up when at least k parts are up. */
    record KOfN(int k, List<Block> parts) implements Block {
        public KOfN {
            parts = List.copyOf(parts);
            if (k < 1 || k > parts.size()) {
                throw new IllegalArgumentException("k must be in [1, n]");
            }
        }
    }

    /** Up when either part is up (a static bypass beside a UPS, two utility feeds). */
    record Either(Block first, Block second) implements Block {
    }

    /**
     * A battery: up while its input is up, and for {@code autonomyS} after the input is lost if
     * the battery component itself is up. It recharges (instantly, a simplification) when the input
     * returns.
     *
     * @param id index among the simulation's buffers
     */
    record Buffer(int id, Block input, int battery, double autonomyS) implements Block {
    }

    /**
     * Generator sets that start when {@code demand} goes down: each start fails with a
     * probability; the sets that start come online after the start delay and fail while running
     * at their own rate (as components); the block is up when at least {@code needed} are online.
     *
     * @param id index among the simulation's generator groups
     * @param units component indices of the sets
     */
    record Generators(int id, Block demand, List<Integer> units, int needed, double failToStartProbability,
            double startDelayS) implements Block {
        public Generators {
            units = List.copyOf(units);
        }
    }
}
