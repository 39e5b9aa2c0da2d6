package io.appaudit.stores.kit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** UTF-8 checks over raw bodies, so that a body need not be decoded only to learn whether it decodes. */
public final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * True when the bytes are well-formed UTF-8 (Unicode table 3-7: no overlong forms, surrogates, values above
     * U+10FFFF or cut sequences): what the JDK's reporting decoder accepts, and what decodes without U+FFFD.
     */
    public static boolean wellFormed(byte[] b) {
        int i = 0;
        while (i < b.length) {
            // eight ASCII bytes at a time: most of a store's JSON or HTML is ASCII
            if (i + 8 <= b.length && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int c = b[i] & 0xff;
            int length = c < 0x80 ? 1 : c < 0xc2 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : c < 0xf5 ? 4 : 0;
            if (length == 0 || i + length > b.length) {
                return false;
            }
            if (length > 1) {
                int c1 = b[i + 1] & 0xff;
                int low = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
                int high = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
                if (c1 < low || c1 > high) {
                    return false;
                }
                for (int k = 2; k < length; k++) {
                    if ((b[i + k] & 0xc0) != 0x80) {
                        return false;
                    }
                }
            }
            i += length;
        }
        return true;
    }
}
