package org.aidcsim.power;

import java.util.List;

/**
 * The in-rack stages of one rack group, sized for one of its racks, from the rack input inwards
 * (shelf, then rack DC/DC, then board regulators).
 *
 * @param racks racks in the group
 * @param stagesFromRackInput the stages of one rack
 */
public record RackChain(int racks, List<PowerStage> stagesFromRackInput) {
    public RackChain {
        stagesFromRackInput = List.copyOf(stagesFromRackInput);
    }
}
