/**
 * Results as files and text: summary.json, hourly.csv, the console summary. No physics here:
 * writers read results and convert SI to report units (kW, MWh, L/min). Every file is written to a
 * temporary name and moved into place, so a reader never sees half a file.
 */
package org.aidcsim.report;
