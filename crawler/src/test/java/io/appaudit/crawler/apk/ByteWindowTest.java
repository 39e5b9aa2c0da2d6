package io.appaudit.crawler.apk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of a file held while reading it: only missing bytes are asked for, touching parts merged. */
class ByteWindowTest {

    private static final byte[] FILE = new byte[300_000];

    static {
        for (int i = 0; i < FILE.length; i++) {
            FILE[i] = (byte) (i * 31 + i / 251);
        }
    }

    /** The file in memory, remembering the ranges asked for. */
    private static final class Source implements RangeSource {
        final List<long[]> asked = new ArrayList<>();

        @Override
        public Tail tail(int length) {
            asked.add(new long[]{FILE.length - length, length});
            return new Tail(FILE.length, Arrays.copyOfRange(FILE, FILE.length - length, FILE.length));
        }

        @Override
        public byte[] range(long offset, int length) {
            asked.add(new long[]{offset, length});
            return Arrays.copyOfRange(FILE, (int) offset, (int) offset + length);
        }
    }

    @Test
    void asksOnlyForTheBytesBeforeTheTailWhenAPartRunsIntoIt() throws ApkReadException {
        Source s = new Source();
        ByteWindow w = new ByteWindow(s, 5, 1 << 20);
        w.openTail(65_557);

        byte[] part = w.bytes(100_000, 150_000);

        assertThat(part).isEqualTo(Arrays.copyOfRange(FILE, 100_000, 250_000));
        assertThat(s.asked.get(1)).containsExactly(100_000, FILE.length - 65_557 - 100_000);
        assertThat(w.bytes(90_000, 200_000)).isEqualTo(Arrays.copyOfRange(FILE, 90_000, 290_000));
        assertThat(s.asked.get(2)).containsExactly(90_000, 10_000);
        assertThat(w.requests()).isEqualTo(3);
        assertThat(w.bytes(95_000, 1000)).isEqualTo(Arrays.copyOfRange(FILE, 95_000, 96_000));
        assertThat(w.requests()).isEqualTo(3);
    }

    @Test
    void mergesAPartThatFillsTheGapBetweenTwo() throws ApkReadException {
        Source s = new Source();
        ByteWindow w = new ByteWindow(s, 5, 1 << 20);
        w.openTail(10_000);
        w.bytes(1000, 1000);

        assertThat(w.bytes(1500, 297_000)).isEqualTo(Arrays.copyOfRange(FILE, 1500, 298_500));
        assertThat(w.holds(1000, 299_000)).isTrue();
    }
}
