package se.arena.notification;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.arena.SecretTokens;

import static org.assertj.core.api.Assertions.assertThat;

class MaskedLinksTest {

    private static final String BASE = "https://arena.example.org";

    @Test
    void aLinkWithASecretIsFoundInTextAndInAnAttributeButAPublicPageIsNot() {
        String secret = SecretTokens.newToken();
        assertThat(MaskedLinks.hasUnmaskedSecretLink("Din länk: " + BASE + "/anmalan/" + secret + "\n", BASE)).isTrue();
        assertThat(MaskedLinks.hasUnmaskedSecretLink("<a href=\"" + BASE + "/fornyelse/" + secret + "\">Svara</a>", BASE)).isTrue();

        String slugOfFortyThreeLetters = "natverk-for-samverkan-med-civilsamhallet-27";
        assertThat(slugOfFortyThreeLetters).hasSize(43);
        assertThat(MaskedLinks.hasUnmaskedSecretLink("Nätverket: " + BASE + "/natverk/" + slugOfFortyThreeLetters, BASE)).isFalse();
        assertThat(MaskedLinks.hasUnmaskedSecretLink("Mötet: https://zoom.example/j/" + secret, BASE))
                .as("only links to this site can open something here").isFalse();
    }

    @Test
    void theRecipientGetsTheLinksAndStaffTheMask() {
        String placeholder = MaskedLinks.placeholder(MaskedLinks.newNonce(), 1);
        String stored = "<a href=\"" + placeholder + "\">" + placeholder + "</a>";
        MaskedLinks.StoredLink link = new MaskedLinks.StoredLink(1, placeholder, BASE + "/x?a=1&b=2", "sign-in", "1");

        assertThat(MaskedLinks.forRecipient(stored, List.of(link), BASE + "/logga-in", true))
                .isEqualTo("<a href=\"" + BASE + "/x?a=1&amp;b=2\">" + BASE + "/x?a=1&amp;b=2</a>");
        assertThat(MaskedLinks.forRecipient(stored, List.of(new MaskedLinks.StoredLink(1, placeholder, null, "sign-in", "1")),
                BASE + "/logga-in", false)).as("a link the outbox no longer has sends the recipient to sign in")
                .isEqualTo("<a href=\"" + BASE + "/logga-in\">" + BASE + "/logga-in</a>");
        assertThat(MaskedLinks.forStaff(stored)).doesNotContain(placeholder).contains(MaskedLinks.STAFF_TEXT);
    }
}
