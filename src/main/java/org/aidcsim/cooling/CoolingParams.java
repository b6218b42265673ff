package org.aidcsim.cooling;

import java.util.Optional;

/**
 * A hall's cooling as designed, in SI: the technology, its liquid loop (for liquid technologies),
 * the air path every hall has, and the heat rejection they share.
 *
 * @param technology how IT heat leaves the racks
 * @param liquid the liquid loop; present exactly when the technology has one
 * @param air the air path
 * @param heatRejection heat rejection and chillers
 */
public record CoolingParams(CoolingTechnology technology, Optional<LiquidLoopParams> liquid, AirPathParams air,
        HeatRejectionParams heatRejection) {
    public CoolingParams {
        if (technology.hasLiquidLoop() != liquid.isPresent()) {
            throw new IllegalArgumentException(technology + " needs " + (liquid.isPresent() ? "no" : "a") + " liquid loop");
        }
    }

    /** Share of IT heat captured by liquid, in [0, 1]. */
    public double captureFraction() {
        return liquid.map(LiquidLoopParams::captureFraction).orElse(0.0);
    }

    /** Share of rack power the servers' fans drew and that the technology removes from the IT load. */
    public double fanFractionRemoved() {
        return liquid.map(LiquidLoopParams::fanFractionRemoved).orElse(0.0);
    }

    /** IT power of a rack sold at {@code rackPowerW} once fans the technology removes are left out (W). */
    public double rackItPowerW(double rackPowerW) {
        return rackPowerW * (1 - fanFractionRemoved());
    }

    /** Heat a rack of {@code rackPowerW} leaves to room air (W): what the liquid does not capture. */
    public double rackAirHeatW(double rackPowerW) {
        return rackItPowerW(rackPowerW) * (1 - captureFraction());
    }
}
