/**
 * What a run measures, as immutable results: energy by end use, PUE (The Green Grid; ISO/IEC
 * 30134-2: total facility energy / IT energy, IT measured at the rack input), peaks, hours on
 * chillers and free cooling, and the per-step series.
 */
package org.aidcsim.metrics;
