package org.aidcsim.cooling;

import java.util.Optional;
import org.aidcsim.catalog.Keyed;

/**
 * How a pump's speed is controlled, and so what it draws at part load. With q the flow as a
 * fraction of design (q = heat / design heat at constant ΔT, held at least at the pump's minimum)
 * and the system curve's design head H_d split into a viscous part V (∝ q) and an inertial part I
 * (∝ q²), electric power at constant wire-to-water efficiency is:
 * <ul>
 * <li>{@link #FOLLOWS_LOAD}: the speed tracks the flow with every valve open, so the pump rides
 * the system curve: P = P_d·q·(v·q + (1 − v)·q²), v = V / H_d (the affinity laws' q³ on a turbulent
 * loop);</li>
 * <li>{@link #CONSTANT_PRESSURE}: two-way valves throttle the flow and the pump holds the design
 * head at its discharge: P = P_d·q;</li>
 * <li>{@link #PROPORTIONAL_PRESSURE}: the set head falls linearly with flow to half the design
 * head at zero flow, the usual setting of circulators (Grundfos, "The Centrifugal Pump", 2nd
 * ed., 2008, on proportional-pressure control): P = P_d·q·(1 + q)/2;</li>
 * <li>{@link #CONSTANT_SPEED}: no drive; three-way valves bypass what the load does not take, so
 * the pump moves its design flow against its design head whenever the plant runs: P = P_d.</li>
 * </ul>
 * Drive and motor efficiency are taken as constant: at low speed they fall (IEC 61800-9-2 part-load
 * losses), so the laws that slow down save somewhat less than these formulas say.
 */
public enum PumpControl implements Keyed {
    /** Speed tracks the flow, every valve open (today's default). */
    FOLLOWS_LOAD("follows_load"),
    /** Valves throttle, the pump holds its design head. */
    CONSTANT_PRESSURE("constant_pressure"),
    /** The set head falls with flow to half the design head at zero flow. */
    PROPORTIONAL_PRESSURE("proportional_pressure"),
    /** No drive: design flow and head whenever the plant runs. */
    CONSTANT_SPEED("constant_speed");

    private final String key;

    PumpControl(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** The control named {@code key} in a scenario file. */
    public static Optional<PumpControl> ofKey(String key) {
        for (PumpControl c : values()) {
            if (c.key.equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
