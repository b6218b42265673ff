package org.aidcsim.study;

import java.util.List;
import java.util.Optional;
import org.aidcsim.schema.Location;
import org.aidcsim.schema.Node;

/**
 * One uncertain field: its path, its distribution, and, for a discrete input, the values as written
 * (numbers, names or weather files), so that a bad value is reported where it stands.
 *
 * @param path field path
 * @param distribution its distribution; for a discrete input over written values, over their indices
 * @param choices the written values of a discrete input; empty for a continuous one
 * @param origin where the input was written
 * @param originPath the input's own path, e.g. study.inputs[1]
 */
public record UncertainInput(String path, Distribution distribution, List<Node> choices, Location origin, String originPath) {
    public UncertainInput {
        choices = List.copyOf(choices);
    }

    /** True for an input drawn among written values (a weather file, a technology): it has no order to rank. */
    public boolean categorical() {
        return !choices.isEmpty() && choices.stream().anyMatch(c -> numeric(c).isEmpty());
    }

    /** The field's value at the uniform number {@code u}. */
    public Node value(double u) {
        if (!choices.isEmpty()) {
            return choices.get(((Distribution.Discrete) distribution).index(u));
        }
        return new Node.ScalarNode(origin, Optional.of(distribution.quantile(u)));
    }

    /** The value as a number, for correlations and the CSV; NaN for a written value that is not one. */
    public double number(double u) {
        if (!choices.isEmpty()) {
            return numeric(value(u)).orElse(Double.NaN);
        }
        return distribution.quantile(u);
    }

    /** Every value a check validates at the field before anything runs. */
    public List<Node> checkpoints() {
        if (!choices.isEmpty()) {
            return choices;
        }
        return distribution.checkpoints().stream().<Node>map(v -> new Node.ScalarNode(origin, Optional.of(v))).toList();
    }

    static Optional<Double> numeric(Node n) {
        return n instanceof Node.ScalarNode s && s.value().isPresent() && s.value().get() instanceof Number x
                ? Optional.of(x.doubleValue()) : Optional.empty();
    }
}
