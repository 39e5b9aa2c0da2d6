package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class FilingNumbersTest {

    private static final String[] PIECES = {"粤", "浙", "京", "港", "ICP", "IC", "P", "icp", "备", "案", "号", "-", "－",
        "—", "~", "0", "1", "9", "０", "９", "1234", "12345678", "123456789012", "A", "z", "Ｚ", "ａ", " ", "\t", "\n",
        "\u3000", "\u00a0", "\u000b", "：", "备案号", "😀"};

    @Test
    void capturesANumberWithoutItsProvinceAsWrittenSoThatItCanBeJudgedMalformed() {
        assertThat(FilingNumbers.find("备案号：ICP备65147785号-7A")).contains("ICP备65147785号-7A");
        assertThat(FilingNumbers.find("京ICP证030173号")).as("an ICP licence is no filing number").isEmpty();
    }

    @Test
    void findsWhatThePatternFinds() {
        Random rnd = new Random(2023012345L);
        int found = 0;
        int total = 200_000;
        for (int k = 0; k < total; k++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(4);
            for (int p = 0; p < n; p++) {
                sb.append(rnd.nextBoolean() ? candidate(rnd) : PIECES[rnd.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            Optional<String> expected = byPattern(text);
            found += expected.isPresent() ? 1 : 0;
            assertThat(FilingNumbers.find(text)).as(text).isEqualTo(expected);
        }
        // the comparison is only worth something if a good share of the texts hold a number
        assertThat(found).isGreaterThan(total / 50);
    }

    @Test
    void findsTheFirstOfSeveralNumbers() {
        // a one-digit number is captured too (before issue 19 only 4 to 12 digits were): R2 judges its form
        assertThat(FilingNumbers.find("粤ICP备1号 浙ICP备 12345678 号－1ａ 京ICP备87654321号"))
                .contains("粤ICP备1号");
        assertThat(FilingNumbers.find("粤ICP备号 浙ICP备 12345678 号－1ａ 京ICP备87654321号"))
                .contains("浙ICP备12345678号-1");
    }

    @Test
    void capturesANumberWithTooManyDigitsAsWrittenSoThatR2CanJudgeIt() {
        assertThat(FilingNumbers.find("备案号：苏ICP备20240123456789号-1A，更新于2025-10-01"))
                .contains("苏ICP备20240123456789号-1A");
        assertThat(FilingNumbers.find("ICP备案：京ICP备1号")).contains("京ICP备1号");
        String longest = "粤ICP备" + "1".repeat(FilingNumbers.MAX_DIGITS) + "号-2";
        assertThat(FilingNumbers.find(longest + "。")).contains(longest);
    }

    @Test
    void leavesOutDigitRunsLongerThanAnyFilingNumberCouldBe() {
        assertThat(FilingNumbers.find("粤ICP备" + "1".repeat(FilingNumbers.MAX_DIGITS + 1) + "号-2")).isEmpty();
    }

    @Test
    void readsAtMostEightDigitsOfTheSuffix() {
        assertThat(FilingNumbers.find("浙ICP备12345678号-1234567890")).contains("浙ICP备12345678号-12345678");
    }

    private static final String[] PROVINCES = {"粤", "浙", "京", "港", ""};
    private static final String[] SPACES = {"", "", " ", "\t", "\n ", "\u3000", "\u000b"};
    private static final String[] ICPS = {"ICP", "ICP", "ICP", "icp", "IC P"};
    private static final String[] MARKS = {"备", "备", "备案", ""};
    private static final String[] NUMBER_ENDS = {"号", "号", "号", "", "號"};
    private static final String[] DASHES = {"-", "－", "—", "~", ""};
    private static final String[] LETTERS = {"", "A", "z", "Ｚ", "ａ", "1"};

    /** Something close to a filing number: most of the time one, often not quite. */
    private static String candidate(Random rnd) {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(rnd, PROVINCES)).append(pick(rnd, SPACES)).append(pick(rnd, ICPS)).append(pick(rnd, SPACES))
                .append(pick(rnd, MARKS)).append(pick(rnd, SPACES));
        int digits = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 36 : 14);
        for (int d = 0; d < digits; d++) {
            sb.append(rnd.nextInt(4) == 0 ? (char) ('０' + rnd.nextInt(10)) : (char) ('0' + rnd.nextInt(10)));
        }
        sb.append(pick(rnd, SPACES)).append(pick(rnd, NUMBER_ENDS));
        if (rnd.nextBoolean()) {
            sb.append(pick(rnd, SPACES)).append(pick(rnd, DASHES)).append(pick(rnd, SPACES));
            int suffix = rnd.nextInt(rnd.nextInt(8) == 0 ? 11 : 3);
            for (int d = 0; d < suffix; d++) {
                sb.append((char) ('0' + rnd.nextInt(10)));
            }
            sb.append(pick(rnd, SPACES)).append(pick(rnd, LETTERS));
        }
        return sb.toString();
    }

    private static String pick(Random rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    /** The pattern's first match, spaces removed and full-width digits, letters and dashes made ASCII. */
    private static Optional<String> byPattern(String text) {
        Matcher m = FilingNumbers.CANDIDATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        m.group().codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c >= 'Ａ' && c <= 'Ｚ') {
                sb.append((char) ('A' + (c - 'Ａ')));
            } else if (c == '－' || c == '—') {
                sb.append('-');
            } else {
                sb.appendCodePoint(c);
            }
        });
        return Optional.of(sb.toString());
    }
}
