/**
 * Unit conversion at the boundary. Everything inside the core is SI (W, J, s, m³/s, Pa, K) with
 * temperatures allowed in °C where the name says so ({@code supplyTempC}); user units (kW, MWh,
 * L/min, kPa) appear only in scenario files and reports, converted here.
 */
package org.aidcsim.units;
