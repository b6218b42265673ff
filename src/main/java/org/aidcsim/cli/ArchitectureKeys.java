package org.aidcsim.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.aidcsim.power.Architecture;

/** The preset architectures' keys, for picocli's help text and shell completion. */
final class ArchitectureKeys implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Architecture.values()).map(Architecture::key).iterator();
    }
}
