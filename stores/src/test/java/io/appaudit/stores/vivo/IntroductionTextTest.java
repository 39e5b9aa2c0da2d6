package io.appaudit.stores.vivo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntroductionTextTest {

    @Test
    void turnsBreaksAndParagraphsIntoLines() {
        assertThat(IntroductionText.plain("<p>第一段</p><p>第二行<br/>第三行</p>")).isEqualTo("第一段\n\n第二行\n第三行");
    }

    @Test
    void keepsBareNewlinesAndCollapsesSpaces() {
        assertThat(IntroductionText.plain("  一、  功能\r\n\r\n\r\n二、 &nbsp; 特色  ")).isEqualTo("一、 功能\n\n二、 特色");
    }

    @Test
    void decodesEntities() {
        assertThat(IntroductionText.plain("A &amp; B &lt;C&gt;")).isEqualTo("A & B <C>");
    }

    @Test
    void givesNothingForMarkupWithoutText() {
        assertThat(IntroductionText.plain("<p> </p><br>")).isNull();
    }
}
