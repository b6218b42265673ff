package org.aidcsim.cooling;

import static org.aidcsim.schema.Schema.defaulted;
import static org.aidcsim.schema.Schema.number;
import static org.aidcsim.schema.Schema.oneOf;
import static org.aidcsim.schema.Schema.optional;
import static org.aidcsim.schema.Schema.required;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.aidcsim.schema.Field;
import org.aidcsim.units.Units;

/**
 * A pump a scenario adds to a loop: a booster on a long facility-water run, or on the technology
 * loop. Sized, like the plant's own pumps, from its duty: flow of the loop's fluid at the heat it
 * carries × its head / wire-to-water efficiency.
 */
public final class AddedPump implements PlantComponentType {
    /** The type scenario files name {@code pump}. */
    public static final AddedPump TYPE = new AddedPump();

    private AddedPump() {
    }

    @Override
    public String key() {
        return "pump";
    }

    @Override
    public String description() {
        return "A pump on the loop it follows: a booster, or a secondary loop's circulator.";
    }

    @Override
    public List<Field> fields() {
        return List.of(
                required("head_kpa", number("Head at design flow", "kPa").above(0).max(1500)),
                defaulted("control", oneOf("How its speed is controlled: follows_load (speed tracks flow on the system curve), "
                        + "constant_pressure, proportional_pressure (head falls to half at zero flow), constant_speed",
                        Arrays.stream(PumpControl.values()).map(PumpControl::key).toList()), "follows_load",
                        "variable-speed pumps on the loop's system curve, as the plant's own pumps by default"),
                optional("min_flow_fraction", number("Lowest flow, as a fraction of design; default: "
                        + "heat_rejection.min_speed_fraction", "").min(0).max(1)));
    }

    @Override
    public PlantParams.Sizer bind(String name, Map<String, Object> values) {
        double headPa = Units.kpaToPa(((Number) values.get("head_kpa")).doubleValue());
        PumpControl control = PumpControl.ofKey((String) values.get("control")).orElseThrow();
        Object minFlow = values.get("min_flow_fraction");
        return at -> new Pump(name, control, at.designHeatW(), at.designFlowM3PerS() * headPa / at.pumpEfficiency(), 0.0,
                minFlow instanceof Number n ? n.doubleValue() : at.minSpeedFraction());
    }
}
