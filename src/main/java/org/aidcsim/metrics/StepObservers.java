package org.aidcsim.metrics;

/** Combines observers. */
public final class StepObservers {
    private StepObservers() {
    }

    public static StepObserver of(StepObserver... observers) {
        StepObserver[] copy = observers.clone();
        if (copy.length == 1) {
            return copy[0];
        }
        return state -> {
            for (StepObserver o : copy) {
                o.onStep(state);
            }
        };
    }
}
