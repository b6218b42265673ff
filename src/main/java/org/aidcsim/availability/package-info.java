/**
 * How often the IT load loses power: component failure and repair data, the power chain's
 * redundancy turned into a reliability structure (series, k-out-of-n, UPS batteries that hold
 * the load for their autonomy, generators that must start and keep running), and a seeded,
 * parallel, event-driven Monte Carlo simulation over many years.
 */
package org.aidcsim.availability;
