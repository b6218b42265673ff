package org.aidcsim.cooling;

import java.util.List;
import org.aidcsim.weather.Psychrometrics;

/**
 * An evaporative air handler in place of the airside economizer: it cools the hall's air with
 * outdoor air and water, and passes on, as trim for the chilled-water coils, the heat it cannot
 * carry. The hall's air leaves the racks at the return temperature and must come back at the
 * supply temperature; the handler's supply before trim is computed from the outdoor state on the
 * engine's psychrometrics (ASHRAE Handbook Fundamentals 2017 ch. 1):
 * <ul>
 * <li><b>direct</b>: outdoor air mixed with return air while it is colder than the supply air
 * (humidified up to the class's lowest dew point when too dry); above it, outdoor air through
 * wetted media (adiabatic saturation), leaving at dry bulb − ε·(dry bulb − wet bulb), never below
 * the wet bulb, and no wetter than the ASHRAE class allows (highest dew point and relative
 * humidity). Outdoor air wetter than that, or leaving warmer than the return air, is shut out:
 * the hall recirculates on its coils.
 * <li><b>indirect</b>: the hall's air recirculates through a plate exchanger, leaving at
 * return − ε·(return − outdoor dry bulb) dry, or − ε·(return − wet bulb) with the outdoor side wetted;
 * no water enters the hall.
 * <li><b>dew point</b> (Maisotsenko cycle): as indirect, wetted towards the outdoor dew point.
 * </ul>
 * Water: what evaporates (direct: the humidity ratio the air gains; indirect: the cooling the wetted
 * side adds beyond what the same exchanger gives dry, over the latent heat: the outdoor air's own
 * sensible rise carries the rest, where EnergyPlus's indirect models count all of it as evaporation,
 * an upper bound), times
 * C / (C − 1) for the blow-down that keeps the sump at C cycles of concentration (DOE FEMP, Best
 * Management Practice 10: make-up = evaporation + blow-down, blow-down = evaporation / (C − 1)).
 *
 * <p>Figures: the share of the air heat it carries, the heat it sends outdoors, its make-up water
 * and its secondary (scavenger) fans' power (zero for direct: the air handlers' fans move its air).
 */
public final class EvaporativeAirHandler implements PlantComponent {
    private static final List<PlantFigure> FIGURES = List.of(PlantFigure.FREE_FRACTION, PlantFigure.HEAT_REJECTED_W,
            PlantFigure.WATER_KG_PER_S, PlantFigure.FAN_W);
    static final int FREE = 0;
    static final int REJECTED = 1;
    static final int WATER = 2;
    static final int FAN = 3;
    /** Specific heat of dry air (J/(kg·K)) and of water vapour in it, ASHRAE 2017 ch. 1 eq. 30. */
    private static final double CP_DRY_AIR = 1006.0;
    private static final double CP_VAPOUR = 1860.0;

    private final String name;
    private final AirHandler kind;
    private final double effectiveness;
    private final double supplyAirC;
    private final double returnAirC;
    private final double maxSupplyDewPointC;
    private final double maxSupplyRelativeHumidity;
    private final double minSupplyDewPointC;
    private final double cyclesOfConcentration;
    private final double pressurePa;
    /** Secondary-air fans of an indirect or dew-point cooler, sized on the design air heat; null for direct. */
    private final AffinityMover secondaryFans;
    /** Humidity ratios (kg/kg) at the class's highest and lowest dew point: fixed, so computed once. */
    private final double maxSupplyHumidityRatio;
    private final double minSupplyHumidityRatio;

    /**
     * @param name the component's name in its plant
     * @param kind direct, indirect or dew point (not {@link AirHandler#CRAH})
     * @param effectiveness saturation (direct), wet-bulb (indirect) or dew-point effectiveness, in [0, 1]
     * @param supplyAirC air supplied to the IT inlets (°C)
     * @param returnAirC air returning from the racks (°C)
     * @param airClass the equipment's ASHRAE class: its highest and lowest dew point and highest relative humidity bound direct supply
     * @param cyclesOfConcentration sump water cycles of concentration, above 1
     * @param pressurePa station pressure (Pa)
     * @param secondaryFans an indirect cooler's outdoor-side fans; null for direct
     */
    public EvaporativeAirHandler(String name, AirHandler kind, double effectiveness, double supplyAirC, double returnAirC,
            AirClass airClass, double cyclesOfConcentration, double pressurePa, AffinityMover secondaryFans) {
        if (!kind.evaporative() || !(effectiveness >= 0 && effectiveness <= 1) || !(returnAirC > supplyAirC)
                || !(cyclesOfConcentration > 1) || !(pressurePa > 0) || (kind != AirHandler.DIRECT_EVAPORATIVE) == (secondaryFans == null)) {
            throw new IllegalArgumentException("invalid evaporative air handler " + name);
        }
        this.name = name;
        this.kind = kind;
        this.effectiveness = effectiveness;
        this.supplyAirC = supplyAirC;
        this.returnAirC = returnAirC;
        this.maxSupplyDewPointC = airClass.allowableMaxDewPointC();
        this.maxSupplyRelativeHumidity = airClass.allowableMaxRelativeHumidity();
        this.minSupplyDewPointC = airClass.allowableMinDewPointC();
        this.cyclesOfConcentration = cyclesOfConcentration;
        this.pressurePa = pressurePa;
        this.secondaryFans = secondaryFans;
        this.maxSupplyHumidityRatio = Psychrometrics.humidityRatioFromDewPoint(maxSupplyDewPointC, pressurePa);
        this.minSupplyHumidityRatio = Psychrometrics.humidityRatioFromDewPoint(minSupplyDewPointC, pressurePa);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return kind.key();
    }

    public AirHandler kind() {
        return kind;
    }

    public double effectiveness() {
        return effectiveness;
    }

    @Override
    public List<PlantFigure> figures() {
        return FIGURES;
    }

    @Override
    public boolean usesWetBulb() {
        return true;
    }

    /** Latent heat of vaporization of water (J/kg) at {@code tempC}: 2,453.6 kJ/kg at 20 °C, 2,429.9 at 30 (steam tables ± 0.1). */
    static double latentHeatJPerKg(double tempC) {
        return 2.501e6 - 2370.0 * tempC;
    }

    /** Where a step of the handler leaves the hall's air, before any trim: see {@link #supply}. */
    public record Supply(double airC, double trimShare, double evaporatedKgPerKgAir, double outdoorAirShare) {
    }

    /**
     * The handler's state for one outdoor condition: the air it supplies before trim (°C), the share
     * of the air heat left to the trim coils, water evaporated per kg of hall air (kg/kg), and the
     * share of the supply that is outdoor air (direct only).
     */
    public Supply supply(double dryBulbC, double wetBulbC, double dewPointC) {
        double[] r = new double[4];
        solve(dryBulbC, wetBulbC, dewPointC, r, 0);
        return new Supply(r[0], r[1], r[2], r[3]);
    }

    /**
     * {@link #supply}'s four figures written from {@code r[at]} on (supply air, trim share, water per kg of
     * air, outdoor-air share): the step solves into its own figures' places and allocates nothing.
     */
    private void solve(double dryBulbC, double wetBulbC, double dewPointC, double[] r, int at) {
        double range = returnAirC - supplyAirC;
        if (kind != AirHandler.DIRECT_EVAPORATIVE) {
            double dryC = returnAirC - effectiveness * (returnAirC - dryBulbC);
            if (dryC <= supplyAirC) {
                put(r, at, supplyAirC, 0.0, 0.0, 0.0);
                return;
            }
            double sinkC = kind == AirHandler.INDIRECT_EVAPORATIVE ? wetBulbC : dewPointC;
            double wetC = Math.min(dryC, returnAirC - effectiveness * (returnAirC - sinkC));
            double airC = Math.max(wetC, supplyAirC);
            double carried = airC >= returnAirC ? 0.0 : (returnAirC - airC) / range;
            // wetted: the cooling the water adds beyond what the dry exchanger would give is evaporation's
            double evaporated = CP_DRY_AIR * Math.max(0.0, Math.min(dryC, returnAirC) - airC) / latentHeatJPerKg(wetBulbC);
            put(r, at, airC, 1 - carried, evaporated, 0.0);
            return;
        }
        double outdoorW = Psychrometrics.humidityRatioFromDewPoint(Math.min(dewPointC, dryBulbC), pressurePa);
        // outdoor air the class does not admit, even unwetted at the supply temperature or above: the hall recirculates
        if (outdoorW > maxSupplyHumidityRatio || !allowedW(outdoorW, Math.max(dryBulbC, supplyAirC))) {
            put(r, at, returnAirC, 1.0, 0.0, 0.0);
            return;
        }
        if (dryBulbC <= supplyAirC) {
            double share = range / (returnAirC - dryBulbC);
            double humidify = outdoorW < minSupplyHumidityRatio ? share * (minSupplyHumidityRatio - outdoorW) : 0.0;
            put(r, at, supplyAirC, 0.0, humidify, share);
            return;
        }
        double airC = Math.max(dryBulbC - effectiveness * (dryBulbC - wetBulbC), supplyAirC);
        airC = Math.max(airC, driestAllowedC(dryBulbC, outdoorW, airC));
        if (airC >= returnAirC) {
            put(r, at, returnAirC, 1.0, 0.0, 0.0);
            return;
        }
        double evaporated = humidityRatioAt(dryBulbC, outdoorW, airC) - outdoorW;
        put(r, at, airC, (airC - supplyAirC) / range, evaporated, 1.0);
    }

    private static void put(double[] r, int at, double airC, double trimShare, double evaporatedKgPerKgAir, double outdoorAirShare) {
        r[at] = airC;
        r[at + 1] = trimShare;
        r[at + 2] = evaporatedKgPerKgAir;
        r[at + 3] = outdoorAirShare;
    }

    /**
     * Humidity ratio (kg/kg) of air entering at {@code inC} with {@code inW} once wetted media have cooled it
     * to {@code outC}: the adiabatic saturation balance, the air's sensible heat (dry air and its vapour)
     * evaporating water that enters as liquid at {@code outC}, (1006 + 1860·W)(t_in − t_out) = ΔW·(2501 −
     * 2.326·t_out) kJ/kg; at the wet bulb it gives the saturation humidity of ASHRAE 2017 ch. 1 eq. 33.
     */
    public static double humidityRatioAt(double inC, double inW, double outC) {
        return inW + (CP_DRY_AIR + CP_VAPOUR * inW) * (inC - outC) / (2.501e6 - 2326.0 * outC);
    }

    /**
     * The coldest temperature on the adiabatic line from the outdoor state whose air is within the
     * class's highest dew point and relative humidity: no colder than {@code fromC} is asked. Found by
     * bisection, as the relative humidity limit is not linear in temperature.
     */
    private double driestAllowedC(double dryBulbC, double outdoorW, double fromC) {
        if (allowedW(humidityRatioAt(dryBulbC, outdoorW, fromC), fromC)) {
            return fromC;
        }
        double lo = fromC;
        double hi = dryBulbC;
        for (int i = 0; i < 50 && hi - lo > 1e-6; i++) {
            double mid = 0.5 * (lo + hi);
            if (allowedW(humidityRatioAt(dryBulbC, outdoorW, mid), mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private boolean allowedW(double w, double tempC) {
        return w <= maxSupplyHumidityRatio
                && w <= Psychrometrics.humidityRatioFromRelativeHumidity(tempC, maxSupplyRelativeHumidity, pressurePa);
    }

    @Override
    public double step(double heatInW, Outdoor outdoor, double[] out, int at) {
        if (heatInW <= 0) {
            out[at + FREE] = 1.0;
            out[at + REJECTED] = 0.0;
            out[at + WATER] = 0.0;
            out[at + FAN] = 0.0;
            return 0.0;
        }
        // solved into this component's own four figures, then overwritten with them: no allocation per step
        solve(outdoor.dryBulbC, outdoor.wetBulbC, outdoor.dewPointC, out, at);
        double trimShare = out[at + 1];
        double evaporatedKgPerKgAir = out[at + 2];
        double airKgPerS = heatInW / (CP_DRY_AIR * (returnAirC - supplyAirC));
        double carriedW = (1 - trimShare) * heatInW;
        double fanW = secondaryFans == null ? 0.0 : secondaryFans.powerW(carriedW);
        out[at + FREE] = 1 - trimShare;
        // the secondary fans' work leaves with the outdoor air they blow
        out[at + REJECTED] = carriedW + fanW;
        out[at + WATER] = airKgPerS * evaporatedKgPerKgAir * cyclesOfConcentration / (cyclesOfConcentration - 1);
        out[at + FAN] = fanW;
        return heatInW - carriedW;
    }

    /** {@inheritDoc} The design hour may be too warm or too humid for it: the trim coils are sized for all the heat. */
    @Override
    public double designHeatOutW(double designHeatInW) {
        return designHeatInW;
    }

    @Override
    public double designPowerW() {
        return secondaryFans == null ? 0.0 : secondaryFans.designPowerW();
    }

    public double cyclesOfConcentration() {
        return cyclesOfConcentration;
    }

    public double pressurePa() {
        return pressurePa;
    }

    public double maxSupplyDewPointC() {
        return maxSupplyDewPointC;
    }
}
