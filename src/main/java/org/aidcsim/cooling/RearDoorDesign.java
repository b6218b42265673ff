package org.aidcsim.cooling;

import java.util.List;

/**
 * The rear doors as sized, group by group: what a rack of each group sends to air at design, what
 * its door takes to water, and what it leaves in the room for the air handlers.
 *
 * @param type {@code rear_door_active} or {@code rear_door_passive}
 * @param water the loop the doors sit on ({@code chilled_water} or {@code facility_water})
 * @param waterInC water entering the doors (°C)
 * @param exhaustC air leaving the servers into the doors at design (°C)
 * @param groups each group with doors
 */
public record RearDoorDesign(String type, String water, double waterInC, double exhaustC, List<Group> groups) {
    public RearDoorDesign {
        groups = List.copyOf(groups);
    }

    /**
     * One group's doors at design, per rack.
     *
     * @param name the group
     * @param doors its doors, one per rack
     * @param rackAirW heat a rack sends to air at design (W)
     * @param fanW an active door's fans at design (W); 0 for passive doors
     * @param toWaterW heat a door takes to water at design (W)
     */
    public record Group(String name, int doors, double rackAirW, double fanW, double toWaterW) {
        /** Heat a rack leaves in the room at design (W). */
        public double residualW() {
            return rackAirW + fanW - toWaterW;
        }
    }

    public int doors() {
        return groups.stream().mapToInt(Group::doors).sum();
    }

    /** Heat every door takes to water at design (W). */
    public double toWaterW() {
        return groups.stream().mapToDouble(g -> g.doors() * g.toWaterW()).sum();
    }

    /** Heat the doors' racks leave in the room at design (W). */
    public double residualW() {
        return groups.stream().mapToDouble(g -> g.doors() * g.residualW()).sum();
    }
}
