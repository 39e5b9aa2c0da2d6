package io.appaudit.indexer.docs;

import java.util.Arrays;

/** An enum whose constants the indices hold as lower-case values ({@code listed}, {@code rectified}, …). */
public interface IndexValue {

    /** The value the index holds. */
    String value();

    /** The constant of {@code type} an index value names; refuses any other, naming what was expected. */
    static <E extends Enum<E> & IndexValue> E of(Class<E> type, String value, String what) {
        E[] all = type.getEnumConstants();
        return Arrays.stream(all).filter(e -> e.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + what + " '" + value + "' (expected one of "
                        + Arrays.stream(all).map(IndexValue::value).toList() + ")"));
    }
}
