package org.aidcsim.cooling;

/**
 * An evaporative air handler's settings, in SI (used when the air path's handler evaporates).
 *
 * @param effectiveness saturation (direct), wet-bulb (indirect) or dew-point effectiveness, in [0, 1]
 * @param cyclesOfConcentration sump water cycles of concentration, above 1
 * @param secondaryFanWPerM3PerS an indirect cooler's outdoor-side fan power per m³/s of hall air at design (W·s/m³)
 */
public record EvaporativeParams(double effectiveness, double cyclesOfConcentration, double secondaryFanWPerM3PerS) {
}
