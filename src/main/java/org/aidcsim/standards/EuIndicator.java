package org.aidcsim.standards;

import java.util.OptionalDouble;

/**
 * One indicator a data center reports under Commission Delegated Regulation (EU) 2024/1364
 * (the first phase of the Union rating scheme for data centres, under Article 12 of the Energy
 * Efficiency Directive (EU) 2023/1791), filled from the model where it can be.
 *
 * @param name the indicator
 * @param unit its unit
 * @param value the model's figure; empty when the model does not cover it
 * @param note where the figure comes from, or why it is not modelled
 */
public record EuIndicator(String name, String unit, OptionalDouble value, String note) {
}
