package org.aidcsim.engine;

/**
 * Something that happens at a time the transient must not round to its step: the grid lost or
 * back, the generators ready, a transfer done, the battery able to respond. The engine asks each
 * detector for its next time and, when that falls inside a step, splits the step there and fires
 * the detector at that instant; so a state changes at its own time, not at the next step start.
 *
 * <p>A storage that empties or fills inside a step needs no detector: its own discharge delivers
 * only the share of the step it lasted. A detector of a continuous quantity (a temperature
 * crossing a limit) would locate its crossing in {@link #nextS} from the state's rate of change.
 */
interface TransientDetector {
    /** The next time this fires, later than {@code afterS}, or +∞ (s). */
    double nextS(double afterS);

    /** Applies every change due at or before {@code timeS} (s). */
    void fire(double timeS);
}
