package org.aidcsim.cooling;

import java.util.List;
import java.util.Map;
import org.aidcsim.catalog.Keyed;
import org.aidcsim.schema.Field;

/**
 * A kind of component a scenario may add to its plant ({@code cooling.plant.add}): its fields as
 * the scenario format shows them, and how the values a file gives become a component sized where
 * it stands. A new type is one class implementing this and its place in {@link #BUILT_IN}; the
 * format, the JSON Schema, the sizing, the hourly step and summary.json take it from there
 * (docs/architecture.md, "Adding a plant component").
 */
public interface PlantComponentType extends Keyed {
    /** The types scenario files can add, in the order the reference lists them. */
    List<PlantComponentType> BUILT_IN = List.of(AddedPump.TYPE);

    /** True when it sits on a water loop (a pump): it may then only follow a component on one, not the air handlers. */
    default boolean onWater() {
        return true;
    }

    /** One line for the scenario reference. */
    String description();

    /** Its fields besides {@code type}, {@code name} and {@code after}, in file units with bounds, defaults and sources. */
    List<Field> fields();

    /**
     * The component a file describes.
     *
     * @param name its name
     * @param values its fields, defaults filled, in file units
     */
    PlantParams.Sizer bind(String name, Map<String, Object> values);
}
