package org.aidcsim.availability;

/**
 * One component of the structure.
 *
 * @param type component type, for the importance ranking (e.g. "ups_module")
 * @param label this unit, e.g. "UPS A module 2"
 * @param data failure and repair
 * @param standby true for generator sets: they fail (to run) only while running
 */
public record Component(String type, String label, FailureData data, boolean standby) {
}
