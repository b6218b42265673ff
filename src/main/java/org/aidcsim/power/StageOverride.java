package org.aidcsim.power;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.aidcsim.catalog.LossModel;

/**
 * What a scenario replaces in a preset's stage of one kind, the rest kept: a maker's curve for one
 * unit, the unit rating, the units installed (per rack for in-rack stages).
 *
 * @param curve the loss of one unit, when replaced
 * @param unitRatingW output rating of one unit (W), when replaced
 * @param units installed units, redundant ones included, when replaced
 */
public record StageOverride(Optional<LossModel> curve, OptionalDouble unitRatingW, OptionalInt units) {
    /** The converter {@code c} with what this replaces. */
    StageRecipe.Converter applyTo(StageRecipe.Converter c) {
        return new StageRecipe.Converter(curve.orElse(c.perUnit()), unitRatingW.isPresent() ? unitRatingW : c.unitRatingW(),
                c.redundancy(), units.isPresent() ? units : c.unitsInstalled());
    }
}
