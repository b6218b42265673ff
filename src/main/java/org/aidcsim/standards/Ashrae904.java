package org.aidcsim.standards;

import java.util.Optional;
import org.aidcsim.engine.DesignPoint;
import org.aidcsim.engine.SiteModel;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.power.PowerChain;

/**
 * ASHRAE Standard 90.4 (Energy Standard for Data Centers) judges a design by two components:
 * <ul>
 * <li>the mechanical load component, MLC = mechanical (cooling) energy / IT energy: annualized
 * over the year and at design. The standard evaluates it at four IT loads with its own weather
 * bins; here the annualized figure comes from the hourly simulation at the scenario's load, and the
 * design figure is the cooling power at the design IT load (the sizing basis) in the design hour
 * (the hottest dry bulb or wet bulb of the weather year) over the design IT power;</li>
 * <li>the electrical loss component, ELC = losses of the incoming service, UPS and IT distribution
 * segments / IT power, at 100 % and 50 % of design IT load: here every facility-side stage of the
 * chain at those loads (in-rack stages are IT equipment).</li>
 * </ul>
 * The maxima depend on the climate zone and the edition (90.4-2016, -2019, -2022 tables); they are
 * not reproduced here: the file gives the ones that apply, and without them the figures are reported
 * without a verdict.
 *
 * @param annualizedMlc mechanical energy / IT energy over the run
 * @param designMlc cooling power at the design IT load in the design hour / design IT power
 * @param elcFullLoad facility-side chain losses / IT power at 100 % design IT load
 * @param elcHalfLoad the same at 50 %
 */
public record Ashrae904(double annualizedMlc, double designMlc, double elcFullLoad, double elcHalfLoad) {
    /**
     * The maxima the file gives, each optional.
     *
     * @param maxAnnualizedMlc maximum annualized MLC for the site's climate zone
     * @param maxDesignMlc maximum design MLC
     * @param maxElc maximum ELC (at full and half load)
     */
    public record Limits(Optional<Double> maxAnnualizedMlc, Optional<Double> maxDesignMlc, Optional<Double> maxElc) {
        /** None given. */
        public static final Limits NONE = new Limits(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The standard as reports cite it. */
    public static final String STANDARD = "ASHRAE Standard 90.4";

    public static Ashrae904 of(SiteModel model, AnnualMetrics m) {
        double designItW = model.designItPowerW();
        return new Ashrae904(m.itEnergyJ() > 0 ? m.coolingEnergyJ() / m.itEnergyJ() : Double.NaN,
                designItW > 0 ? DesignPoint.coolingPowerW(model) / designItW : Double.NaN, elc(model, 1.0), elc(model, 0.5));
    }

    /** Facility-side losses / IT power at {@code fraction} of the design IT load (the sizing basis). */
    private static double elc(SiteModel model, double fraction) {
        double itW = fraction * model.designItPowerW();
        PowerChain chain = model.powerChain();
        double gridW = chain.inputPowerW(itW, new double[chain.size()]);
        return itW > 0 ? (gridW - itW) / itW : Double.NaN;
    }
}
