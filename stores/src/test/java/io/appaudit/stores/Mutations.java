package io.appaudit.stores;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A deterministic fuzz corpus built from a real fixture: truncations at every scale, flipped and deleted bytes,
 * spliced garbage, invalid UTF-8 and structural tokens. Parsers must turn each into a value, never an exception.
 */
public final class Mutations {

    private static final String[] TOKENS = {"{", "}", "[", "]", "\"", ":", ",", "null", "<", ">", "</script>",
        "<script id=\"__NEXT_DATA__\" type=\"application/json\">", "\\u0000", "-1", "1e999", "\uD83D", "找不到"};

    private Mutations() {
    }

    /** {@code count} mutants of {@code seed}, the same ones for the same {@code randomSeed}. */
    public static List<byte[]> of(byte[] seed, int count, long randomSeed) {
        Random rnd = new Random(randomSeed);
        List<byte[]> out = new ArrayList<>(count + 8);
        out.add(new byte[0]);
        out.add("null".getBytes(StandardCharsets.UTF_8));
        out.add("[]".getBytes(StandardCharsets.UTF_8));
        out.add("{}".getBytes(StandardCharsets.UTF_8));
        out.add(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        for (int i = 0; i < count; i++) {
            out.add(mutate(seed, rnd));
        }
        return out;
    }

    private static byte[] mutate(byte[] seed, Random rnd) {
        if (seed.length == 0) {
            return new byte[] {(byte) rnd.nextInt(256)};
        }
        byte[] b = seed.clone();
        int op = rnd.nextInt(6);
        int at = rnd.nextInt(b.length);
        switch (op) {
            case 0:
                return Arrays.copyOf(b, at);
            case 1:
                for (int k = 0; k < 1 + rnd.nextInt(16); k++) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
                return b;
            case 2: {
                int len = Math.min(b.length - at, 1 + rnd.nextInt(256));
                byte[] r = new byte[b.length - len];
                System.arraycopy(b, 0, r, 0, at);
                System.arraycopy(b, at + len, r, at, b.length - at - len);
                return r;
            }
            case 3: {
                byte[] tok = TOKENS[rnd.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                byte[] r = new byte[b.length + tok.length];
                System.arraycopy(b, 0, r, 0, at);
                System.arraycopy(tok, 0, r, at, tok.length);
                System.arraycopy(b, at, r, at + tok.length, b.length - at);
                return r;
            }
            case 4: {
                int from = rnd.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + rnd.nextInt(512));
                byte[] r = new byte[b.length + len];
                System.arraycopy(b, 0, r, 0, at);
                System.arraycopy(b, from, r, at, len);
                System.arraycopy(b, at, r, at + len, b.length - at);
                return r;
            }
            default:
                return Arrays.copyOf(b, Math.max(0, b.length - 1 - rnd.nextInt(Math.max(1, b.length / 2))));
        }
    }
}
