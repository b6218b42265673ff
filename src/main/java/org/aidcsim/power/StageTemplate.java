package org.aidcsim.power;

import org.aidcsim.catalog.RackSupply;

/**
 * A stage before sizing: what it is, how it loses, where its heat goes.
 *
 * @param name label in reports
 * @param kind what it is
 * @param recipe how to size its loss model
 * @param heatSink where the loss goes
 * @param inRack true behind the IT meter
 */
public record StageTemplate(String name, StageKind kind, StageRecipe recipe, HeatSink heatSink, boolean inRack) {
    /** A facility-side or in-rack stage with its kind's usual heat sink. */
    public static StageTemplate of(String name, StageKind kind, StageRecipe recipe) {
        boolean inRack = kind.inRackByDefault();
        return new StageTemplate(name, kind, recipe, inRack ? HeatSink.RACK : kind.defaultFacilitySink(), inRack);
    }

    public PowerStage size(double designOutputW, double designLoadFraction) throws SizingException {
        return new PowerStage(name, kind, recipe.size(designOutputW, designLoadFraction), heatSink, inRack);
    }

    /**
     * Sized for one rack of {@code g}: a rack-supply stage becomes the group's server supplies or
     * power shelves; any other stage is sized on the rack's design input.
     */
    public PowerStage sizeInRack(ChainSizer.RackGroupLoad g, double designLoadFraction) throws SizingException {
        if (recipe instanceof StageRecipe.RackSupplyRecipe r && g.vendorSupplies().isPresent()) {
            // the vendor's units on the preset's curve for their kind (server supplies or shelves)
            ChainSizer.VendorSupplies v = g.vendorSupplies().get();
            boolean psus = g.supply() == RackSupply.SERVER_PSUS;
            return new PowerStage(psus ? StageRecipe.RackSupplyRecipe.SERVER_PSU_NAME : name, kind,
                    new ModularConverter(psus ? r.serverPsuCurve() : r.shelves().perUnit(), v.unitRatingW(), v.unitsPerRack(),
                            Redundancy.N, v.arrangement()), heatSink, inRack);
        }
        if (recipe instanceof StageRecipe.RackSupplyRecipe r && g.supply() == RackSupply.SERVER_PSUS) {
            return new PowerStage(StageRecipe.RackSupplyRecipe.SERVER_PSU_NAME, kind, r.serverSupplies(g), heatSink, inRack);
        }
        if (recipe instanceof StageRecipe.BoardRegulators b && g.supply() == RackSupply.SERVER_PSUS) {
            return new PowerStage(name, kind, b.fromServerPsus().size(g.designInputW(), designLoadFraction), heatSink, inRack);
        }
        return size(g.designInputW(), designLoadFraction);
    }

    /**
     * The same stage with a scenario's replacements: a converter's curve, rating and units; a rack
     * supply's shelves (its server supplies keep their certified curve). A conductor has none.
     */
    public StageTemplate withOverride(StageOverride o) {
        if (recipe instanceof StageRecipe.Converter c) {
            return new StageTemplate(name, kind, o.applyTo(c), heatSink, inRack);
        }
        if (recipe instanceof StageRecipe.RackSupplyRecipe r) {
            return new StageTemplate(name, kind, new StageRecipe.RackSupplyRecipe(o.applyTo(r.shelves()), r.serverPsuCurve()),
                    heatSink, inRack);
        }
        if (recipe instanceof StageRecipe.BoardRegulators b) {
            return new StageTemplate(name, kind, new StageRecipe.BoardRegulators(o.applyTo(b.fromShelves()),
                    o.applyTo(b.fromServerPsus())), heatSink, inRack);
        }
        return this;
    }

    /** The same stage with another redundancy (converters only; conductors have none). */
    public StageTemplate withRedundancy(Redundancy redundancy) {
        if (recipe instanceof StageRecipe.Converter c) {
            return new StageTemplate(name, kind, new StageRecipe.Converter(c.perUnit(), c.unitRatingW(), redundancy,
                    c.unitsInstalled()), heatSink, inRack);
        }
        if (recipe instanceof StageRecipe.RackSupplyRecipe r) {
            StageRecipe.Converter c = r.shelves();
            return new StageTemplate(name, kind, new StageRecipe.RackSupplyRecipe(new StageRecipe.Converter(c.perUnit(),
                    c.unitRatingW(), redundancy, c.unitsInstalled()), r.serverPsuCurve()), heatSink, inRack);
        }
        return this;
    }
}
