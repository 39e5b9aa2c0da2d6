package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The package-name grammar against Android's rules: the application-id rule of developer.android.com and the
 * character loop of {@code FrameworkParsingPackageUtils.validateName} (see {@link PackageName}).
 */
class PackageNameTest {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            com.tencent.mm                | true  | letters, two or more segments
            a.b                           | true  | one-letter segments are enough
            COM.Example.App               | true  | upper case is allowed
            com.example.my_app            | true  | underscore inside a segment
            com.example.app_2             | true  | digit after an underscore inside a segment
            me.unfollowers_.droid_        | true  | a segment may end with an underscore
            cmb.pb                        | true  | short real package (China Merchants Bank)
            com.tencent.android.qqdownloader | true | four segments
            com                           | false | one segment: a separator is required
            com.1app                      | false | a segment starts with a digit (Android: bad character)
            1com.example                  | false | the first segment starts with a digit
            me._unfollowers.droid         | false | a segment starts with an underscore (Android: bad character)
            com..example                  | false | an empty segment (validateName's loop alone would pass it)
            .com.example                  | false | an empty first segment
            com.example.                  | false | an empty last segment
            com.exa-mple                  | false | hyphen is not allowed
            com.exa mple                  | false | space is not allowed
            com.例子                       | false | only ASCII letters
            com/example                   | false | slash is no separator
            """)
    void followsAndroidsRule(String name, boolean valid, String why) {
        assertThat(PackageName.isValid(name)).as(why).isEqualTo(valid);
    }

    @Test
    void acceptsTwoHundredFiftyFiveCharactersAndNoMore() {
        String atLimit = "com." + "a".repeat(PackageName.MAX_LENGTH - 4);
        assertThat(atLimit).hasSize(255);
        assertThat(PackageName.isValid(atLimit)).isTrue();
        assertThat(PackageName.isValid(atLimit + "b")).isFalse();
    }

    @Test
    void refusesNothingAsAName() {
        assertThat(PackageName.isValid(null)).isFalse();
        assertThat(PackageName.isValid("")).isFalse();
        assertThat(PackageName.isValid(".")).isFalse();
    }
}
