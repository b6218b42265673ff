/**
 * IT load: rack groups (count, rack power, utilization) and load profiles over time. IT power is
 * measured at the rack input (ISO/IEC 30134-2 PUE category 3: at the IT equipment input).
 */
package org.aidcsim.it;
