package org.aidcsim.engine;

import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.it.ItLoad;
import org.aidcsim.power.PowerChain;
import org.aidcsim.weather.WeatherSeries;

/**
 * A compiled, immutable site: everything the engine needs, already sized.
 *
 * @param name scenario name
 * @param weather outdoor conditions
 * @param itLoad rack groups
 * @param powerChain stages from the rack input back to the grid
 * @param cooling the cooling plant
 * @param miscPowerW lighting, security, BMS and offices: constant, fed outside the UPS/HVDC chain, released into cooled air (W)
 * @param standbyLossW backup losses on standby: battery float (W), released in the electrical room
 * @param window simulated period and step
 */
public record SiteModel(String name, WeatherSeries weather, ItLoad itLoad, PowerChain powerChain,
        CoolingPlant cooling, double miscPowerW, double standbyLossW, SimulationWindow window) {
}
