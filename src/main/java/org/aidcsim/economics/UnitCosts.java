package org.aidcsim.economics;

/**
 * Installed unit costs, in the scenario's currency. Defaults are order-of-magnitude 2024 US list
 * prices for budgeting (assumption, stated as such in the scenario reference): replace them with
 * quotes. Per kW figures apply to installed capacity, redundant units included.
 *
 * @param buildingPerM2 shell, fit-out and support spaces per m² of white space
 * @param switchgearPerKw MV switchgear
 * @param transformerPerKw MV/LV transformers
 * @param upsPerKw UPS
 * @param rectifierPerKw HVDC rectifiers and DC cabinets
 * @param sstPerKw solid-state transformers
 * @param shelfPerKw rack power shelves and rack DC/DC (in-rack power conversion)
 * @param conductorPerKg feeders and busway, installed, per kg of conductor
 * @param crahPerKw CRAHs per kW of air heat
 * @param chillerPerKw chillers per kW of chiller capacity
 * @param dryCoolerPerKw dry coolers per kW of heat rejection
 * @param towerPerKw cooling towers per kW of heat rejection
 * @param cduPerKw CDUs per kW of installed CDU capacity
 * @param immersionTankPerRack immersion tanks, per rack position
 * @param fluidPerL single-phase dielectric fluid per litre (immersion and spray)
 * @param twoPhaseFluidPerL two-phase fluid per litre
 * @param batteryPerKwh batteries per kWh
 * @param supercapPerKwh supercapacitor banks per kWh of window energy
 * @param generatorPerKw diesel generator sets per kW
 */
public record UnitCosts(double buildingPerM2, double switchgearPerKw, double transformerPerKw, double upsPerKw,
        double rectifierPerKw, double sstPerKw, double shelfPerKw, double conductorPerKg, double crahPerKw, double chillerPerKw,
        double dryCoolerPerKw, double towerPerKw, double cduPerKw, double immersionTankPerRack, double fluidPerL, double twoPhaseFluidPerL,
        double batteryPerKwh, double supercapPerKwh, double generatorPerKw) {
}
