package se.arena.room;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The snippet a search hit shows, and the LIKE pattern H2 searches with. */
class SearchHitTest {

    private static final String LONG = "Inledning om nätverket och dess arbete under året som gått. ".repeat(4)
            + "Här står det viktiga om föreningsbidrag till idrottsföreningar i kommunen. " + "Avslutning med tack till alla. ".repeat(6);

    @Test
    void aShortTextIsShownWholeWithItsSpacesTidied() {
        assertThat(SearchHit.snippet("  Kort\n\ntext  om   IOP ", "iop")).isEqualTo("Kort text om IOP");
    }

    @Test
    void aLongTextIsShownAroundTheFirstPlaceTheWordsOccurCutAtWords() {
        String snippet = SearchHit.snippet(LONG, "Föreningsbidrag");
        assertThat(snippet).startsWith("…").endsWith("…").contains("föreningsbidrag till idrottsföreningar").hasSizeLessThanOrEqualTo(162);
        assertThat(snippet.substring(1, snippet.length() - 1)).doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(LONG).contains(snippet.substring(1, snippet.length() - 1));
    }

    @Test
    void anotherFormOfAWordIsFoundByItsFirstLettersAndNoMatchShowsTheBeginning() {
        assertThat(SearchHit.snippet(LONG, "\"bidragen\" föreningarna -tack")).contains("föreningsbidrag");
        assertThat(SearchHit.snippet(LONG, "xyzzy")).startsWith("Inledning om nätverket").endsWith("…");
    }

    @Test
    void onH2TheWildcardsOfTheQueryMeanThemselves() {
        TextMatch like = new TextMatch("jdbc:h2:mem:test");
        assertThat(like.parameter("100%_A\\b")).isEqualTo("%100\\%\\_a\\\\b%");
        assertThat(like.condition("body")).isEqualTo("LOWER(body) LIKE :query ESCAPE '\\'");
        TextMatch fullText = new TextMatch("jdbc:postgresql://localhost/arena");
        assertThat(fullText.parameter("100%_A")).isEqualTo("100%_A");
        assertThat(fullText.condition("body")).isEqualTo("to_tsvector('swedish', body) @@ websearch_to_tsquery('swedish', :query)");
    }
}
