package se.arena.privacy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.web.TableExport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
class AuditLogPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLogRepository repository;

    private final String marker = "märke-" + UUID.randomUUID();

    @Test
    void listsNewestFirstInSwedishTimeWithTheZoneStated() throws Exception {
        record("2025-03-14T22:30:00Z", new AuditEvent(new Actor(42L, "anna-" + marker + "@example.org", "192.0.2.10"),
                AuditActions.SIGN_IN, "account", "42", null));
        record("2025-07-01T08:00:00Z", new AuditEvent(new Actor(1L, "admin-" + marker + "@example.org", "2001:db8::5"),
                AuditActions.ROLE_CHANGED, "account", "42", "Roll: administratör"));

        String html = mvc.perform(get("/admin/logg").param("q", marker))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"sv\">"),
                        containsString("2 händelser"),
                        containsString("svensk tid (Europe/Stockholm)"),
                        containsString("<time datetime=\"2025-03-14T23:30:00+01:00\">2025-03-14 23:30:00 +01:00</time>"),
                        containsString("2025-07-01 10:00:00 +02:00"),
                        containsString("Inloggning"),
                        containsString("Ändrad roll"),
                        containsString("(konto 42)"),
                        containsString("2001:db8:0:0:0:0:0:5"),
                        containsString("account 42"),
                        containsString("Roll: administratör"),
                        containsString("data-label=\"IP-adress\""))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html.indexOf("admin-" + marker)).as("newest first").isLessThan(html.indexOf("anna-" + marker));
    }

    @Test
    void filtersByActionDatesAndAddressAndKeepsTheFilterInTheForm() throws Exception {
        record("2025-03-14T22:30:00Z", new AuditEvent(new Actor(null, "late-" + marker, "192.0.2.30"),
                AuditActions.SIGN_IN_FAILED, null, null, null));
        record("2025-03-14T23:30:00Z", new AuditEvent(new Actor(null, "next-day-" + marker, "192.0.2.30"),
                AuditActions.SIGN_IN_FAILED, null, null, null));
        record("2025-03-14T12:00:00Z", new AuditEvent(new Actor(3L, "signed-in-" + marker, "192.0.2.31"),
                AuditActions.SIGN_IN, null, null, null));

        mvc.perform(get("/admin/logg").param("q", marker).param("handelse", "SIGN_IN_FAILED")
                        .param("fran", "2025-03-14").param("till", "2025-03-14").param("ip", "192.0.2.30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("1 händelse<"),
                        containsString("late-" + marker),
                        not(containsString("next-day-" + marker)),
                        not(containsString("signed-in-" + marker)),
                        containsString("value=\"2025-03-14\""),
                        containsString("value=\"192.0.2.30\""),
                        containsString("<option value=\"SIGN_IN_FAILED\" selected=\"selected\">Misslyckad inloggning</option>"))));
        mvc.perform(get("/admin/logg").param("q", marker).param("ip", "192.0.2.31"))
                .andExpect(content().string(allOf(containsString("1 händelse<"), containsString("signed-in-" + marker))));
    }

    @Test
    void pagesFiftyAtATimeKeepingTheFilterInThePagerLinks() throws Exception {
        for (int i = 0; i < 51; i++) {
            record(Instant.parse("2025-02-01T10:00:00Z").plusSeconds(i).toString(),
                    new AuditEvent(Actor.system(), AuditActions.PERSONAL_DATA_CHANGED, "marker", marker, "nr " + i));
        }
        mvc.perform(get("/admin/logg").param("q", marker))
                .andExpect(content().string(allOf(
                        containsString("51 händelser"), containsString("Sida 1 av 2"), containsString(">nr 50<"),
                        not(containsString(">nr 0<")), containsString("sida=2"))));
        mvc.perform(get("/admin/logg").param("q", marker).param("sida", "2"))
                .andExpect(content().string(allOf(containsString("Sida 2 av 2"), containsString(">nr 0<"),
                        not(containsString(">nr 1<")))));
    }

    @Test
    void invalidDateIsExplainedInSwedishNextToTheFieldAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(get("/admin/logg").param("q", marker).param("fran", "14/3-2025").param("till", "2025-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Sökningen kunde inte göras"),
                        containsString("value=\"14/3-2025\""),
                        containsString("value=\"2025-02-30\""),
                        containsString("value=\"" + marker + "\""),
                        containsString("<span class=\"field-error\" id=\"fran-error\">Skriv från-datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-14.</span>"),
                        containsString("aria-describedby=\"fran-hint fran-error\" aria-invalid=\"true\""),
                        containsString("<span class=\"field-error\" id=\"till-error\">Till-datumet finns inte i kalendern. Kontrollera månad och dag.</span>"),
                        containsString("href=\"#fran\""),
                        not(containsString("Exportera som CSV")),
                        not(containsString("händelser</p>")))));
    }

    @Test
    void exportsTheFilteredResultAsCsv() throws Exception {
        record("2025-03-14T22:30:00Z", new AuditEvent(new Actor(9L, "csv-" + marker, "192.0.2.40"),
                AuditActions.PERSONAL_DATA_CHANGED, "account", "9", "Telefon; ändrad"));
        record("2025-03-14T22:31:00Z", new AuditEvent(new Actor(9L, "csv-" + marker, "192.0.2.40"),
                AuditActions.SIGN_OUT, null, null, null));

        byte[] body = mvc.perform(get("/admin/logg/export").param("format", "csv").param("q", marker)
                        .param("handelse", "PERSONAL_DATA_CHANGED"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", matchesPattern(".*granskningslogg-\\d{4}-\\d{2}-\\d{2}\\.csv.*")))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeffTid (svensk tid);Händelse;Händelsekod;Utförd av;Konto-id;IP-adress;Objekttyp;Objekt-id;Beskrivning\r\n")
                .contains("2025-03-14T23:30:00+01:00;Ändrade personuppgifter;PERSONAL_DATA_CHANGED;csv-"
                        + marker + ";9;192.0.2.40;account;9;\"Telefon; ändrad\"\r\n")
                .doesNotContain("SIGN_OUT");
        assertThat(csv.split("\r\n")).hasSize(2);
    }

    @Test
    void exportsTheFilteredResultAsXlsx() throws Exception {
        record("2025-07-01T21:30:00Z", new AuditEvent(new Actor(5L, "xlsx-" + marker, "192.0.2.50"),
                AuditActions.ACCOUNT_DISABLED, "account", "5", "Spärrat efter begäran"));

        byte[] body = mvc.perform(get("/admin/logg/export").param("format", "xlsx").param("q", marker)
                        .param("fran", "2025-07-01").param("till", "2025-07-01"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", TableExport.XLSX.toString()))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Tid (svensk tid)");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("2025-07-01T23:30:00+02:00");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Konto spärrat");
            assertThat(rows.get(1).getCellText(3)).isEqualTo("xlsx-" + marker);
            assertThat(rows.get(1).getCellText(8)).isEqualTo("Spärrat efter begäran");
        }
    }

    @Test
    void exportWithABadDateGoesBackToTheFormWithWhatWasTyped() throws Exception {
        mvc.perform(get("/admin/logg/export").param("format", "csv").param("q", "a+b").param("fran", "igår"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin/logg?q=a%2Bb&fran=ig%C3%A5r"));
    }

    @Test
    void emptyResultIsExplainedInSwedish() throws Exception {
        mvc.perform(get("/admin/logg").param("q", "finns-inte-" + marker))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("0 händelser"),
                        containsString("Inga händelser matchar sökningen"),
                        containsString("Visa alla händelser"),
                        not(containsString("<table")),
                        not(containsString("Exportera som CSV")))));
    }

    @Test
    void nonsenseInTheAddressBarNeverBreaksThePage() throws Exception {
        mvc.perform(get("/admin/logg").param("q", marker).param("handelse", "<script>").param("sida", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("0 händelser"), not(containsString("<script>")))));
        mvc.perform(get("/admin/logg").param("ip", "192.168.1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Skriv en hel IP-adress"), containsString("value=\"192.168.1\""))));
    }

    private void record(String instant, AuditEvent event) {
        new AuditLog(repository, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).record(event);
    }
}
