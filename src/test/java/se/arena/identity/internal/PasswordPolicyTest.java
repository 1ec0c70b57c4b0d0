package se.arena.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void acceptsLongPassphrasesWithoutAnyMixOfCharacterKinds() {
        assertThat(PasswordPolicy.problemWith("rödbetor och ärtsoppa på torsdag")).isEmpty();
        assertThat(PasswordPolicy.problemWith("a".repeat(40) + "b" + "c")).isEmpty();
    }

    @Test
    void acceptsSixtyFourCharactersAndMore() {
        assertThat(PasswordPolicy.problemWith("åäö".repeat(30))).isEmpty();
    }

    @Test
    void refusesShortPasswordsInSwedish() {
        assertThat(PasswordPolicy.problemWith("kort lösen")).hasValueSatisfying(message -> assertThat(message).contains("minst 12 tecken"));
        assertThat(PasswordPolicy.problemWith(null)).isPresent();
    }

    @Test
    void refusesTheMostCommonPasswordsAndRepeatedCharacters() {
        assertThat(PasswordPolicy.problemWith("123qweasdzxc")).hasValueSatisfying(message -> assertThat(message).contains("vanligaste"));
        assertThat(PasswordPolicy.problemWith("1Q2W3E4R5T6Y")).isPresent();
        assertThat(PasswordPolicy.problemWith("aaaaaaaaaaaaaaaa")).isPresent();
    }

    @Test
    void refusesAbsurdLengths() {
        assertThat(PasswordPolicy.problemWith("x".repeat(100) + "y".repeat(200))).hasValueSatisfying(message -> assertThat(message).contains("högst"));
    }
}
