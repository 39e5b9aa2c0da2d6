package io.appaudit.crawler.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void showsEscapeSequencesInsteadOfObeyingThem() {
        assertThat(TerminalText.escape("a\u001b]0;pwned\u0007b")).isEqualTo("a\\x1b]0;pwned\\x07b");
    }

    @Test
    void showsBidirectionalOverrides() {
        assertThat(TerminalText.escape("apk\u202egpj.exe")).isEqualTo("apk\\u202egpj.exe");
    }

    @Test
    void keepsLineBreaksTabsAndChinese() {
        assertThat(TerminalText.escape("名称\r\n\t版本")).isEqualTo("名称\n\t版本");
    }
}
