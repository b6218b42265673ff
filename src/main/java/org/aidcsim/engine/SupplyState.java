package org.aidcsim.engine;

/**
 * What feeds the critical load during a transient, as the transfer switch sees it. The ordinal is
 * the code in the series' SOURCE column (kept stable: files written before read the same).
 */
public enum SupplyState {
    /** The utility feeds the load (storage may smooth or recharge). */
    UTILITY("utility"),
    /** Utility lost, no generator connected: storage alone. */
    STORAGE("storage"),
    /** Generators online, the switch in its open transition towards them: storage alone. */
    TO_GENERATOR("transfer to generator"),
    /** Generators feed the load. */
    GENERATOR("generator"),
    /** Utility back and stable, the switch in its open transition towards it: storage alone. */
    TO_UTILITY("transfer to utility");

    private static final SupplyState[] BY_CODE = values();
    private final String label;

    SupplyState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A live source feeds the racks, so that storage inside them may recharge. */
    boolean live() {
        return this == UTILITY || this == GENERATOR;
    }

    /** The state of a SOURCE code. */
    public static SupplyState ofCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("no source has code " + code);
        }
        return BY_CODE[code];
    }
}
