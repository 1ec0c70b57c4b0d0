package se.arena.room.message;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTextTest {

    @Test
    void markupIsEscapedAndOnlyHttpsAddressesBecomeLinks() {
        String html = MessageText.html("Hej <b>alla</b> & <a href=\"javascript:alert(1)\">klicka</a>\n"
                + "Läs https://example.org/a?b=1&c=2. Inte http://example.org eller javascript:alert(1)\n\nNytt stycke").html();

        assertThat(html)
                .startsWith("<p>Hej &lt;b&gt;alla&lt;/b&gt; &amp; &lt;a href&#61;&#34;javascript")
                .contains("<br />Läs <a href=\"https://example.org/a?b&#61;1&amp;c&#61;2\" rel=\"nofollow\">https://example.org/a?b&#61;1&amp;c&#61;2</a>. Inte")
                .contains("Inte http://example.org eller")
                .endsWith("<p>Nytt stycke</p>")
                .doesNotContain("<b>").doesNotContain("<a href=\"javascript");
    }
}
