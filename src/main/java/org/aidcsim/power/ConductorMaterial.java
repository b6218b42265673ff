package org.aidcsim.power;

import java.util.Optional;
import org.aidcsim.catalog.Keyed;

/**
 * Conductor metals. Resistivity at 20 °C and its temperature coefficient from IEC 60228 / IEC
 * 60287-1-1 (annealed copper 1.7241e-8 Ω·m, α 0.00393 /K; aluminium 2.8264e-8 Ω·m, α 0.00403 /K);
 * densities 8890 and 2703 kg/m³ (IEC 60287-1-1 / IEC 60889 conductor data).
 */
public enum ConductorMaterial implements Keyed {
    COPPER("copper", 1.7241e-8, 0.00393, 8890.0),
    ALUMINIUM("aluminium", 2.8264e-8, 0.00403, 2703.0);

    private final String key;
    private final double resistivity20OhmM;
    private final double temperatureCoefficientPerK;
    private final double densityKgPerM3;

    ConductorMaterial(String key, double resistivity20OhmM, double temperatureCoefficientPerK, double densityKgPerM3) {
        this.key = key;
        this.resistivity20OhmM = resistivity20OhmM;
        this.temperatureCoefficientPerK = temperatureCoefficientPerK;
        this.densityKgPerM3 = densityKgPerM3;
    }

    @Override
    public String key() {
        return key;
    }

    /** Resistivity (Ω·m) at {@code temperatureC}: ρ20 · (1 + α (T − 20)). */
    public double resistivityOhmM(double temperatureC) {
        return resistivity20OhmM * (1 + temperatureCoefficientPerK * (temperatureC - 20));
    }

    public double densityKgPerM3() {
        return densityKgPerM3;
    }

    public static Optional<ConductorMaterial> ofKey(String key) {
        return Keyed.ofKey(ConductorMaterial.class, key);
    }
}
