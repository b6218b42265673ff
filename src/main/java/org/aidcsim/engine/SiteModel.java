package org.aidcsim.engine;

import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.it.ItLoad;
import org.aidcsim.power.PowerChain;
import org.aidcsim.units.Named;
import org.aidcsim.weather.WeatherSeries;

/**
 * A compiled, immutable site: everything the engine needs, already sized.
 *
 * @param name scenario name
 * @param weather outdoor conditions
 * @param itLoad rack groups
 * @param designItPowerW the IT load every plant item is sized on (W): the nameplate or a declared
 *        load with its margin ({@link org.aidcsim.it.DesignBasis}), never the utilization
 * @param powerChain stages from the rack input back to the grid
 * @param cooling the cooling plant
 * @param miscPowerW lighting, security, BMS and offices: constant, fed outside the UPS/HVDC chain, released into cooled air (W)
 * @param standbyLossW backup losses on standby: battery float (W), released in the electrical room
 * @param window simulated period and step
 * @param whiteSpaceM2 white-space floor area (m²)
 */
public record SiteModel(String name, WeatherSeries weather, ItLoad itLoad, double designItPowerW, PowerChain powerChain,
        CoolingPlant cooling, double miscPowerW, double standbyLossW, SimulationWindow window, double whiteSpaceM2) {

    /** The same site, built as it is, running {@code load} instead: a year of a load that has not grown to design yet. */
    public SiteModel withItLoad(ItLoad load) {
        return new SiteModel(name, weather, load, designItPowerW, powerChain, cooling, miscPowerW, standbyLossW, window, whiteSpaceM2);
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SiteModel} field by field. */
    public static final class Builder {
        private String name;
        private WeatherSeries weather;
        private ItLoad itLoad;
        private Double designItPowerW;
        private PowerChain powerChain;
        private CoolingPlant cooling;
        private Double miscPowerW;
        private Double standbyLossW;
        private SimulationWindow window;
        private Double whiteSpaceM2;

        private Builder() {
        }

        public Builder name(String value) { name = value; return this; }
        public Builder weather(WeatherSeries value) { weather = value; return this; }
        public Builder itLoad(ItLoad value) { itLoad = value; return this; }
        public Builder designItPowerW(double value) { designItPowerW = value; return this; }
        public Builder powerChain(PowerChain value) { powerChain = value; return this; }
        public Builder cooling(CoolingPlant value) { cooling = value; return this; }
        public Builder miscPowerW(double value) { miscPowerW = value; return this; }
        public Builder standbyLossW(double value) { standbyLossW = value; return this; }
        public Builder window(SimulationWindow value) { window = value; return this; }
        public Builder whiteSpaceM2(double value) { whiteSpaceM2 = value; return this; }

        public SiteModel build() {
            Named.require("name", name != null);
            Named.require("weather", weather != null);
            Named.require("itLoad", itLoad != null);
            Named.require("designItPowerW", designItPowerW != null);
            Named.require("powerChain", powerChain != null);
            Named.require("cooling", cooling != null);
            Named.require("miscPowerW", miscPowerW != null);
            Named.require("standbyLossW", standbyLossW != null);
            Named.require("window", window != null);
            Named.require("whiteSpaceM2", whiteSpaceM2 != null);
            return new SiteModel(name, weather, itLoad, designItPowerW, powerChain, cooling, miscPowerW, standbyLossW, window,
                    whiteSpaceM2);
        }
    }
}
