package org.aidcsim.economics;

import java.util.EnumMap;
import java.util.Map;
import org.aidcsim.catalog.PriceItem;

/**
 * Installed unit costs, in the scenario's currency, one per {@link PriceItem}. Defaults are
 * order-of-magnitude 2024 US list prices for budgeting (assumption, stated as such in the scenario
 * reference): replace them with quotes. Per kW figures apply to installed capacity, redundant
 * units included.
 */
public final class UnitCosts {
    private final EnumMap<PriceItem, Double> prices;

    private UnitCosts(EnumMap<PriceItem, Double> prices) {
        this.prices = prices;
    }

    /** Every item at its default price. */
    public static UnitCosts defaults() {
        return of(Map.of());
    }

    /** The defaults with {@code overrides} replacing some of them. */
    public static UnitCosts of(Map<PriceItem, Double> overrides) {
        EnumMap<PriceItem, Double> m = new EnumMap<>(PriceItem.class);
        for (PriceItem item : PriceItem.values()) {
            double price = overrides.getOrDefault(item, item.defaultPrice());
            if (!(price >= 0 && Double.isFinite(price))) {
                throw new IllegalArgumentException(item.key() + " must be a finite price ≥ 0, found " + price);
            }
            m.put(item, price);
        }
        return new UnitCosts(m);
    }

    /** The price of one unit of {@code item}'s basis. */
    public double price(PriceItem item) {
        return prices.get(item);
    }
}
