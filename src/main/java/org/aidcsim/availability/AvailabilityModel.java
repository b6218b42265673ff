package org.aidcsim.availability;

import java.util.List;

/**
 * A site's reliability structure: components and the block that says when the IT load has power.
 *
 * @param name label
 * @param components every component, indexed by the blocks
 * @param root up when the IT load has power
 * @param buffers number of battery blocks
 * @param generatorGroups number of generator blocks
 */
public record AvailabilityModel(String name, List<Component> components, Block root, int buffers, int generatorGroups) {
    public AvailabilityModel {
        components = List.copyOf(components);
    }
}
