package org.aidcsim.metrics;

/** Receives every step of a run, in order. */
@FunctionalInterface
public interface StepObserver {
    void onStep(StepState state);
}
