/**
 * Stepping a compiled {@link org.aidcsim.engine.SiteModel}: the annual stepper walks the weather
 * year step by step, fills a reused {@link org.aidcsim.engine.StepState} and hands it to
 * observers (accumulators, recorders, balance checks). The loop allocates nothing.
 */
package org.aidcsim.engine;
