package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void judgesBytesAsTheJdksReportingDecoderDoes() {
        Random rnd = new Random(4169L);
        byte[] interesting = {0x41, (byte) 0x80, (byte) 0xbf, (byte) 0xc0, (byte) 0xc2, (byte) 0xdf, (byte) 0xe0,
            (byte) 0xe4, (byte) 0xed, (byte) 0xef, (byte) 0xf0, (byte) 0xf4, (byte) 0xf5, (byte) 0xff, (byte) 0x8f,
            (byte) 0x90, (byte) 0x9f, (byte) 0xa0};
        for (int k = 0; k < 200_000; k++) {
            byte[] b = new byte[rnd.nextInt(20)];
            for (int i = 0; i < b.length; i++) {
                int pick = rnd.nextInt(4);
                b[i] = pick == 0 ? interesting[rnd.nextInt(interesting.length)]
                        : pick == 1 ? (byte) rnd.nextInt(256) : (byte) (0x20 + rnd.nextInt(0x60));
            }
            assertThat(Utf8.wellFormed(b)).as(java.util.Arrays.toString(b)).isEqualTo(decodes(b));
        }
    }

    @Test
    void acceptsChineseText() {
        assertThat(Utf8.wellFormed("微信 8.0.49 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    private static boolean decodes(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
