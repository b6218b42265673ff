/**
 * Studies under uncertainty: distributions of uncertain inputs, samples drawn by Latin hypercube or
 * randomized Sobol' sequences from a seed, each sample evaluated as a variant of the scenario, and
 * the distribution of every metric (percentiles, exceedance, rank-correlation tornado).
 */
package org.aidcsim.study;
