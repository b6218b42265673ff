/**
 * Outdoor conditions hour by hour: the EnergyPlus Weather (EPW) reader and a constant climate.
 * A {@link org.aidcsim.weather.WeatherSeries} is immutable, ordered by month/day/hour, and holds
 * dry bulb, dew point, relative humidity and station pressure for each hour of the year.
 */
package org.aidcsim.weather;
