package org.aidcsim.economics;

import java.util.Optional;
import org.aidcsim.metrics.AnnualMetrics;

/**
 * One year of the TCO horizon as run: the share of the design IT load it carries and the run at
 * that share.
 *
 * @param loadFraction share of the design IT load
 * @param metrics the run's totals
 * @param stepFacilityW facility power of each step, for hourly carbon; empty to use the total
 */
public record LoadYear(double loadFraction, AnnualMetrics metrics, Optional<double[]> stepFacilityW) {
}
