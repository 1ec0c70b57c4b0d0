package se.arena.notification;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.web.TableExport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staff message log in the default context, where no SMTP server is configured. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "STAFF")
class OutboxPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRepository messages;

    @Autowired
    TransactionTemplate transaction;

    /** Part of every recipient this test creates, so other tests' messages never interfere. */
    private String marker;
    private long first;
    private long second;
    private long third;

    @BeforeEach
    void threeMessages() {
        marker = UUID.randomUUID().toString().substring(0, 13);
        first = enqueue("anna-" + marker + "@example.org");
        second = enqueue("bo-" + marker + "@example.org");
        third = enqueue("cecilia-" + marker + "@example.org");
    }

    @Test
    void listsMessagesNewestFirstAsNotSent() throws Exception {
        String page = mvc.perform(get("/admin/utskick").param("q", marker))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"sv\">"),
                        containsString("3 meddelanden"),
                        containsString("Ej skickat (ingen e-postserver konfigurerad)"),
                        containsString("Ingen e-postserver är konfigurerad"),
                        containsString("data-label=\"Mottagare\""),
                        containsString("href=\"/admin/utskick/" + first + "\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("cecilia-" + marker)).isLessThan(page.indexOf("bo-" + marker));
        assertThat(page.indexOf("bo-" + marker)).isLessThan(page.indexOf("anna-" + marker));
    }

    @Test
    void filtersByStatusAndByRecipientOrSubject() throws Exception {
        mvc.perform(get("/admin/utskick").param("q", "BO-" + marker.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 meddelande<"), containsString("bo-" + marker),
                        not(containsString("anna-" + marker)))));
        mvc.perform(get("/admin/utskick").param("q", marker).param("status", "PENDING"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("3 meddelanden"),
                        containsString("<option value=\"PENDING\" selected=\"selected\">"))));
        mvc.perform(get("/admin/utskick").param("q", marker).param("status", "SENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("0 meddelanden"),
                        containsString("Inga meddelanden matchar din sökning"),
                        containsString("value=\"" + marker + "\""))));
    }

    @Test
    void nonsenseInTheAddressBarNeverBreaksThePage() throws Exception {
        mvc.perform(get("/admin/utskick").param("q", marker).param("status", "planet").param("sida", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 meddelanden")));
        mvc.perform(get("/admin/utskick").param("q", marker).param("sida", "999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 meddelanden")));
        mvc.perform(get("/admin/utskick").param("q", "100%_\\"))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/utskick/export").param("q", marker).param("status", "planet").param("format", "pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
        for (String id : new String[] {"999999999", "abc", "-1", "0", "99999999999999999999"}) {
            mvc.perform(get("/admin/utskick/{id}", id)).andExpect(status().isNotFound());
            mvc.perform(post("/admin/utskick/{id}/skicka-igen", id).with(csrf())).andExpect(status().isNotFound());
        }
    }

    @Test
    void exportsTheFilteredListAsCsvAndXlsx() throws Exception {
        MvcResult csv = mvc.perform(get("/admin/utskick/export").param("q", marker).param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn();
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeffId;Skapat;Mottagare;Ämne;Status;Försök;Nästa försök;Skickat;Senaste fel;Message-ID;Skickat igen från\r\n");
        assertThat(text.lines()).hasSize(4);
        assertThat(text).contains("anna-" + marker, "bo-" + marker, "cecilia-" + marker,
                "Logga in på Arena", "Ej skickat (ingen e-postserver konfigurerad)");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("utskick-").contains(".csv");

        MvcResult xlsx = mvc.perform(get("/admin/utskick/export").param("q", marker).param("status", "PENDING")
                        .param("format", "xlsx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(TableExport.XLSX))
                .andReturn();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Mottagare");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(Long.toString(third));
            assertThat(rows.get(3).getCellText(2)).isEqualTo("anna-" + marker + "@example.org");
        }
    }

    @Test
    void detailShowsBothBodiesWithTheHtmlSandboxed() throws Exception {
        mvc.perform(get("/admin/utskick/{id}", second))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("bo-" + marker + "@example.org"),
                        containsString("https://arena.example.org/logga-in?n=bo"),
                        containsString("Länken gäller i 15 minuter."),
                        containsString("<iframe class=\"mail-preview\" sandbox=\"\""),
                        containsString("srcdoc=\"&lt;!DOCTYPE html&gt;"),
                        containsString("&lt;html lang=&quot;sv&quot;&gt;"),
                        containsString("Ej skickat (ingen e-postserver konfigurerad)"),
                        containsString("Skicka igen"),
                        // The mail's own markup appears only escaped, never as part of the page.
                        not(containsString("<meta name=\"color-scheme\"")),
                        not(containsString("aria-roledescription=\"e-postmeddelande\"")))));
    }

    @Test
    void detailListsAttachmentsAndStaffDownloadEach() throws Exception {
        byte[] ics = "BEGIN:VCALENDAR\r\nSUMMARY:Nätverksträff\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] large = new byte[12_595];
        long id = transaction.execute(status -> outbox.enqueue("dagny-" + marker + "@example.org", "Välkommen",
                "sign-in-link", Map.of("link", "https://arena.example.org/logga-in?n=dagny", "validMinutes", 15), List.of(
                        new MailAttachment("inbjudan.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics),
                        new MailAttachment("Program för träffen.pdf", "application/pdf", large))));

        mvc.perform(get("/admin/utskick/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h2>Bilagor</h2>"),
                        containsString("href=\"/admin/utskick/" + id + "/bilagor/1\""),
                        containsString(">inbjudan.ics</a>"),
                        containsString("(" + ics.length + " byte, text/calendar; charset=UTF-8; method=REQUEST)"),
                        containsString("href=\"/admin/utskick/" + id + "/bilagor/2\""),
                        containsString(">Program för träffen.pdf</a>"),
                        containsString("(12,3 kB, application/pdf)"))));

        MvcResult download = mvc.perform(get("/admin/utskick/{id}/bilagor/{nummer}", id, "1"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/octet-stream"))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(ics);
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains("inbjudan.ics");
        assertThat(mvc.perform(get("/admin/utskick/{id}/bilagor/{nummer}", id, "2")).andReturn()
                .getResponse().getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''Program%20f%C3%B6r%20tr%C3%A4ffen.pdf");

        for (String number : new String[] {"3", "0", "-1", "x", "99999999999"}) {
            mvc.perform(get("/admin/utskick/{id}/bilagor/{nummer}", id, number)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/admin/utskick/{id}/bilagor/{nummer}", "999999999", "1")).andExpect(status().isNotFound());
    }

    @Test
    void aMessageWithoutAttachmentsShowsNoAttachmentHeading() throws Exception {
        mvc.perform(get("/admin/utskick/{id}", first))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Bilagor"))));
        mvc.perform(get("/admin/utskick/{id}/bilagor/{nummer}", first, "1")).andExpect(status().isNotFound());
    }

    @Test
    void resendCarriesTheAttachmentsAlong() throws Exception {
        byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        MailAttachment invitation = new MailAttachment("inbjudan.ics", "text/calendar; method=REQUEST", ics);
        long id = transaction.execute(status -> outbox.enqueue("erik-" + marker + "@example.org", "Välkommen",
                "sign-in-link", Map.of("link", "https://arena.example.org/logga-in?n=erik", "validMinutes", 15),
                List.of(invitation)));

        mvc.perform(post("/admin/utskick/{id}/skicka-igen", id).with(csrf()).param("tidigare", "0"))
                .andExpect(status().is3xxRedirection());

        OutboxMessage copy = messages.resendsOf(id).getFirst();
        assertThat(messages.attachmentContents(copy.id())).containsExactly(invitation);
        assertThat(messages.attachmentContents(id)).containsExactly(invitation);
    }

    @Test
    void markupInAStoredBodyIsNeverRenderedIntoThePage() throws Exception {
        long id = messages.insert(new OutboxRepository.NewMessage("<" + UUID.randomUUID() + "@example.org>",
                "mallory-" + marker + "@example.org", "<script>alert('ämne')</script>",
                "<script>alert('text')</script>", "<script>alert('html')</script><img src=x onerror=alert(1)>",
                Instant.now(), null, null, null));
        mvc.perform(get("/admin/utskick/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        not(containsString("<script>alert")),
                        not(containsString("<img src=x")),
                        containsString("&lt;script&gt;alert(&#39;html&#39;)&lt;/script&gt;"))));
        mvc.perform(get("/admin/utskick").param("q", "mallory-" + marker))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void resendQueuesANewCopyAndKeepsTheOriginal() throws Exception {
        OutboxMessage original = messages.find(first).orElseThrow();

        MvcResult resent = mvc.perform(post("/admin/utskick/{id}/skicka-igen", first).with(csrf()).param("tidigare", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/utskick/*"))
                .andExpect(flash().attribute("notice", containsString("Ett nytt utskick till anna-" + marker)))
                .andReturn();
        List<OutboxMessage> resends = messages.resendsOf(first);
        assertThat(resends).hasSize(1);
        OutboxMessage copy = resends.getFirst();
        assertThat(resent.getResponse().getRedirectedUrl()).isEqualTo("/admin/utskick/" + copy.id());
        assertThat(copy.id()).isNotEqualTo(first);
        assertThat(copy.resentFromId()).isEqualTo(first);
        assertThat(copy.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(copy.attempts()).isZero();
        assertThat(copy.recipient()).isEqualTo(original.recipient());
        assertThat(copy.subject()).isEqualTo(original.subject());
        assertThat(copy.textBody()).isEqualTo(original.textBody());
        assertThat(copy.htmlBody()).isEqualTo(original.htmlBody());
        assertThat(copy.messageId()).isNotEqualTo(original.messageId());
        assertThat(messages.find(first).orElseThrow()).isEqualTo(original);

        // After the redirect the confirmation is shown once, on the new message's page.
        mvc.perform(get(resent.getResponse().getRedirectedUrl()).cookie(resent.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("role=\"status\""),
                        containsString("har lagts i kön"),
                        containsString("Skickat igen från"),
                        containsString("href=\"/admin/utskick/" + first + "\""))));
        mvc.perform(get("/admin/utskick/{id}", first))
                .andExpect(content().string(allOf(containsString("href=\"/admin/utskick/" + copy.id() + "\""),
                        containsString("name=\"tidigare\" value=\"1\""))));
    }

    @Test
    void sendingTheSameResendFormTwiceQueuesOneCopy() throws Exception {
        mvc.perform(post("/admin/utskick/{id}/skicka-igen", second).with(csrf()).param("tidigare", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/utskick/{id}/skicka-igen", second).with(csrf()).param("tidigare", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/utskick/" + second))
                .andExpect(flash().attribute("notice", containsString("redan skickats igen")));
        assertThat(messages.resendsOf(second)).hasSize(1);

        // A deliberate second resend, from the page that shows the first one, goes through.
        mvc.perform(post("/admin/utskick/{id}/skicka-igen", second).with(csrf()).param("tidigare", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("Ett nytt utskick")));
        // A form without the count (or with nonsense) counts what exists.
        mvc.perform(post("/admin/utskick/{id}/skicka-igen", second).with(csrf()).param("tidigare", "x"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("Ett nytt utskick")));
        assertThat(messages.resendsOf(second)).hasSize(3);
    }

    private long enqueue(String recipient) {
        String name = recipient.substring(0, recipient.indexOf('-'));
        return transaction.execute(status -> outbox.enqueue(recipient, "Logga in på Arena", "sign-in-link",
                Map.of("link", "https://arena.example.org/logga-in?n=" + name, "validMinutes", 15)));
    }
}
