package se.arena.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormLimitsTest {

    record Row(@Size(max = 3) String name) {
    }

    record Form(@Size(max = 5) String title, String free, @Size(max = 4) String city, List<@Valid Row> rows,
                Map<String, @Size(max = 6) String> sections) {
    }

    private static final ArenaDialect.Limits LIMITS = (ArenaDialect.Limits) new ArenaDialect().getExpressionObjectFactory()
            .buildObject(null, "limits");

    @Test
    void aValueOverItsLimitGetsASwedishMessageUnderItsFieldInTheOrderTheFormHasThem() {
        Form form = new Form("sexsex", "x".repeat(10_001), "femfem", List.of(new Row("ok"), new Row("fyra")), Map.of("a", "sjusjus"));

        FormErrors errors = FormErrors.checking(form, path -> path.replaceFirst("^rows\\[(\\d+)]\\.(\\w+)$", "$2$1"));

        assertThat(errors.asMap()).containsExactly(
                Map.entry("title", "Skriv högst 5 tecken här."),
                Map.entry("city", "Skriv högst 4 tecken här."),
                Map.entry("name1", "Skriv högst 3 tecken här."),
                Map.entry("sections[a].<map value>", "Skriv högst 6 tecken här."));
    }

    @Test
    void valuesWithinTheirLimitsAndMissingValuesAreNoErrors() {
        assertThat(FormErrors.checking(new Form("fem55", null, "", List.of(new Row("tre")), Map.of())).isEmpty()).isTrue();
    }

    @Test
    void theFieldsMaxlengthIsTheLimitTheFormDeclares() {
        Form form = new Form("", "", "", List.of(), Map.of());

        assertThat(LIMITS.of(form, "title")).isEqualTo(5);
        assertThat(LIMITS.of(form, "sections")).isEqualTo(6);
        assertThat(LIMITS.of(form, "free")).isNull();
        assertThat(LIMITS.of(form, "nothing")).isNull();
        assertThat(LIMITS.of(null, "title")).isNull();
        assertThat(LIMITS.of(new Row(""), "name2")).as("a row's field, named with its row number").isEqualTo(3);
    }
}
