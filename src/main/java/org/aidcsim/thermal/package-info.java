/**
 * Thermal ride-through: the hall's coolant, water and room air as lumped thermal masses through a
 * power outage, each cooling load stopping and restarting with the bus that feeds it, and the time
 * until a chip, the coolant or the room reaches its limit. Takes SI records; knows no file format.
 */
package org.aidcsim.thermal;
