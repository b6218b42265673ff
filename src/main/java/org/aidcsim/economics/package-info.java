/**
 * Cost and carbon: capital cost by component from unit costs, yearly operating cost (energy,
 * water, fuel, maintenance), total cost of ownership over N years with a discount rate, and
 * operational carbon from a grid intensity. Reads a sized model and its run; sets no physics.
 */
package org.aidcsim.economics;
