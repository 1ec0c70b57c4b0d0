package se.arena.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailTextTest {

    @Test
    void realNamesGoThroughAsTyped() {
        assertThat(MailText.name("Anna-Karin O'Neill")).isEqualTo("Anna-Karin O'Neill");
        assertThat(MailText.name("  Åsa   Öberg  ")).isEqualTo("Åsa Öberg");
        assertThat(MailText.name("J. Ñúñez")).isEqualTo("J. Ñúñez");
        assertThat(MailText.words("Utvecklingsstrateg, socialförvaltningen", 60)).isEqualTo("Utvecklingsstrateg, socialförvaltningen");
    }

    @Test
    void linksAddressesAndNumbersAreLeftOut() {
        assertThat(MailText.name("Vinn pengar på https://spam.example/x nu")).isEqualTo("Vinn pengar på nu");
        assertThat(MailText.name("Klicka www.spam.example")).isEqualTo("Klicka");
        assertThat(MailText.name("Mejla vinst@spam.example")).isEqualTo("Mejla");
        assertThat(MailText.name("Ring 070-123 45 67")).isEqualTo("Ring");
        assertThat(MailText.name("spam.example")).isNull();
        assertThat(MailText.name("<script>alert(1)</script>")).isNull();
        assertThat(MailText.name(null)).isNull();
    }

    @Test
    void longTextIsCutAtAWordWithinTheLimit() {
        String pitch = "Köp billiga klockor i vår butik redan idag och få en gratis present med din beställning";
        String name = MailText.name(pitch);
        assertThat(name).hasSizeLessThanOrEqualTo(MailText.NAME_LENGTH).startsWith("Köp billiga klockor");
        assertThat(pitch).startsWith(name + " ");
    }
}
