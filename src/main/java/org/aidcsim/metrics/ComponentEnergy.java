package org.aidcsim.metrics;

import java.util.ArrayList;
import java.util.List;
import org.aidcsim.cooling.PlantGraph;

/**
 * Each component of the cooling plant's electricity over a run: the integral of its electric
 * figures. Kept by runs that report per component (a run's summary.json), not by sweeps, whose
 * steps it would slow by about a tenth.
 */
public final class ComponentEnergy implements StepObserver {
    private final int[] electricFigure;
    private final int[] electricComponent;
    private final double[] energyJ;

    public ComponentEnergy(PlantGraph graph) {
        this.electricFigure = graph.electricFigures();
        this.electricComponent = graph.electricFigureComponents();
        this.energyJ = new double[graph.nodes().size()];
    }

    @Override
    public void onStep(StepState s) {
        double dt = s.durationS;
        for (int k = 0; k < electricFigure.length; k++) {
            energyJ[electricComponent[k]] += s.cooling.figure(electricFigure[k]) * dt;
        }
    }

    /** Each component's electricity (J), in the order of the graph's nodes. */
    public List<Double> result() {
        List<Double> out = new ArrayList<>(energyJ.length);
        for (double j : energyJ) {
            out.add(j);
        }
        return out;
    }
}
