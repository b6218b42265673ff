package org.aidcsim.cooling;

import org.aidcsim.catalog.Coolant;

/**
 * One rack group as the cooling plant sees it: how much of the design IT load it carries, the
 * share of its heat its cold plates, tanks or spray heads take to liquid, and the coolant rise
 * across its racks. Air-only groups (capture 0) stay out of every liquid figure.
 *
 * @param name group name, for reports
 * @param racks racks in the group
 * @param designItW the group's share of the design IT load (W)
 * @param nameplateItW its racks at their nameplate (W), as the technology leaves them
 * @param captureFraction share of its heat to liquid, in [0, 1]; 0 for an air-only group or an air-cooled hall
 * @param coolantDeltaTK coolant rise across its racks at design (K); NaN without liquid
 */
public record GroupLiquid(String name, int racks, double designItW, double nameplateItW, double captureFraction,
        double coolantDeltaTK) {
    public GroupLiquid {
        if (racks < 0 || !(designItW >= 0) || !(nameplateItW >= 0) || !(captureFraction >= 0 && captureFraction <= 1)
                || captureFraction > 0 && !(coolantDeltaTK > 0)) {
            throw new IllegalArgumentException("invalid liquid figures for group " + name);
        }
    }

    /** Heat the group sends to the liquid at design (W). */
    public double designHeatToLiquidW() {
        return designItW * captureFraction;
    }

    /** True when its racks are on the liquid loop. */
    public boolean onLiquid() {
        return captureFraction > 0 && racks > 0;
    }

    /** Coolant flow through the group at design (m³/s), properties of {@code coolant} at the loop's mean temperature. */
    public double designFlowM3PerS(Coolant coolant, double coolantSupplyTempC) {
        return onLiquid() ? coolant.flowM3PerS(designHeatToLiquidW(), coolantDeltaTK, coolantSupplyTempC + coolantDeltaTK / 2) : 0.0;
    }

    /** Coolant flow through one of its racks at design (m³/s); 0 for an air-only group. */
    public double designFlowPerRackM3PerS(Coolant coolant, double coolantSupplyTempC) {
        return onLiquid() ? designFlowM3PerS(coolant, coolantSupplyTempC) / racks : 0.0;
    }
}
