package se.arena.room;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;


import java.util.List;

import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;


import se.arena.activity.Activity;
import se.arena.activity.ActivityAdministration;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ActivityDocuments;




import se.arena.identity.SignedInUser;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** The room's documents as members upload, version, download and remove them, and the files the room refuses. */
@SpringBootTest
@AutoConfigureMockMvc
class RoomDocumentsTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    RoomScenarios scenarios;

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityAdministration activityAdministration;

    @Autowired
    ActivityCatalogue activityCatalogue;

    @Autowired
    ActivityDocuments activityDocuments;



    @Autowired
    JdbcClient jdbc;

    private RoomScenario scenario;

    @BeforeEach
    void room() {
        scenario = scenarios.create();
    }

    @Test
    void aMemberUploadsADocumentOthersListAndDownloadItAsAnAttachmentWithEveryVersionKept() throws Exception {
        String key = RoomScenario.key();
        String first = upload(scenario.holder(), file("C:\\Mina filer\\Protokoll vår ÅÄÖ.pdf", PDF), "Protokoll från vårmötet", key)
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String again = upload(scenario.holder(), file("Protokoll vår ÅÄÖ.pdf", PDF), "Protokoll från vårmötet", key)
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(again).as("a double submit").isEqualTo(first).matches("/rum/\\d+/dokument/\\d+");
        assertThat(count("SELECT count(*) FROM room_document WHERE network_id = :n")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM room_document_version v JOIN room_document d ON d.id = v.document_id WHERE d.network_id = :n"))
                .isEqualTo(1);

        mvc.perform(get(scenario.room() + "/dokument").with(as(scenario.colleague())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Protokoll från vårmötet"), containsString("Protokoll vår ÅÄÖ.pdf"),
                        containsString("1 version"))));
        mvc.perform(get(scenario.room()).with(as(scenario.colleague())))
                .andExpect(content().string(allOf(containsString("Senaste dokumenten"), containsString("Protokoll från vårmötet"))));

        String versionKey = RoomScenario.key();
        byte[] second = "%PDF-1.7\nandra versionen\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        for (int submit = 0; submit < 2; submit++) {
            mvc.perform(multipart(first + "/versioner").file(file("Protokoll v2.pdf", second)).param("submissionKey", versionKey)
                            .with(as(scenario.holder())).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        String page = mvc.perform(get(first).with(as(scenario.colleague())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Protokoll v2.pdf"), containsString("Protokoll vår ÅÄÖ.pdf"),
                        not(containsString("Ladda upp en ny version")))))
                .andReturn().getResponse().getContentAsString();
        List<String> downloads = java.util.regex.Pattern.compile("href=\"(/rum/\\d+/dokument/\\d+/versioner/\\d+)\"").matcher(page)
                .results().map(match -> match.group(1)).toList();
        assertThat(downloads).as("both versions, newest first").hasSize(2);

        mvc.perform(get(downloads.getLast()).with(as(scenario.colleague())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", allOf(containsString("attachment"),
                        containsString("filename*=UTF-8''Protokoll%20v%C3%A5r%20%C3%85%C3%84%C3%96.pdf"))))
                .andExpect(content().bytes(PDF));
        mvc.perform(get(downloads.getFirst()).with(as(scenario.staff()))).andExpect(content().bytes(second));

        mvc.perform(multipart(first + "/versioner").file(file("Kapat.pdf", PDF)).param("submissionKey", RoomScenario.key())
                        .with(as(scenario.colleague())).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(get(scenario.room() + "/sok").param("q", "VÅRMÖTET").with(as(scenario.colleague())))
                .andExpect(content().string(allOf(containsString("href=\"" + first + "\""), containsString("1 träff"))));
        mvc.perform(get(scenario.room() + "/sok").param("q", "%").with(as(scenario.colleague())))
                .andExpect(content().string(not(containsString("href=\"" + first + "\""))));
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameSaysIsRefusedWithTheTitleKept() throws Exception {
        byte[] program = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        upload(scenario.holder(), file("faktura.pdf", program), "Min titel", RoomScenario.key())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Filen är inte en riktig PDF"), containsString("value=\"Min titel\""))));
        upload(scenario.holder(), file("sida.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "Sida",
                RoomScenario.key())
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Filen är inte en riktig PDF")));
        upload(scenario.holder(), file("rapport.docx", zip("bilder/bild.png")), "Rapport", RoomScenario.key())
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Filen är inte en riktig Word-fil")));
        upload(scenario.holder(), file("program.exe", program), "", RoomScenario.key())
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Den sortens fil kan inte laddas upp")));
        upload(scenario.holder(), file("tom.txt", new byte[0]), "", RoomScenario.key())
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Filen är tom")));
        byte[] tooLarge = new byte[(int) se.arena.activity.ActivityDocument.MAX_SIZE + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        upload(scenario.holder(), file("stor.pdf", tooLarge), "", RoomScenario.key())
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Filen är för stor")));
        upload(scenario.holder(), file("", new byte[0]), "x".repeat(10_001), RoomScenario.key())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Välj en fil att ladda upp."), containsString("id=\"title-fel\""), containsString("x".repeat(10_001)))));
        assertThat(count("SELECT count(*) FROM room_document WHERE network_id = :n")).isZero();

        upload(scenario.holder(), file("rapport.docx", zip("[Content_Types].xml", "word/document.xml")), "", RoomScenario.key())
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT title FROM room_document WHERE network_id = :n").param("n", scenario.network().id())
                .query(String.class).single()).as("the file's name when no title was typed").isEqualTo("rapport");
    }

    @Test
    void aDocumentIsOnlyFoundThroughItsOwnRoomAndStaffOrItsUploaderRemoveItWithAnAuditRecord() throws Exception {
        String document = upload(scenario.holder(), file("plan.txt", "Plan för hösten\n".getBytes(StandardCharsets.UTF_8)), "Plan",
                RoomScenario.key()).andReturn().getResponse().getRedirectedUrl();
        String id = document.substring(document.lastIndexOf('/') + 1);
        String otherRoom = "/rum/" + scenario.otherNetwork().id() + "/dokument/" + id;
        mvc.perform(get(otherRoom).with(as(scenario.staff()))).andExpect(status().isNotFound());
        mvc.perform(get(otherRoom).with(as(scenario.otherHolder()))).andExpect(status().isNotFound());
        long version = jdbc.sql("SELECT latest_version_id FROM room_document WHERE id = :id").param("id", Long.parseLong(id))
                .query(Long.class).single();
        mvc.perform(get(otherRoom + "/versioner/" + version).with(as(scenario.otherHolder()))).andExpect(status().isNotFound());

        mvc.perform(post(document + "/ta-bort").with(as(scenario.colleague())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(document + "/ta-bort").with(as(scenario.staff())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(document).with(as(scenario.holder()))).andExpect(status().isNotFound());
        mvc.perform(get(document + "/versioner/" + version).with(as(scenario.holder()))).andExpect(status().isNotFound());
        mvc.perform(get(scenario.room() + "/dokument").with(as(scenario.holder()))).andExpect(content().string(not(containsString("plan.txt"))));
        assertThat(count("SELECT count(*) FROM room_document WHERE network_id = :n AND removed_at IS NOT NULL")).as("kept").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ROOM_DOCUMENT_REMOVED' AND subject_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDocumentationStaffAttachedToAMeetingAppearsInItsFolderWithWhatMembersFiledThere() throws Exception {
        Activity meeting = meeting(scenario.network().id());
        Activity othersMeeting = meeting(scenario.otherNetwork().id());
        long documentation = activityDocuments.attach(meeting, "Dokumentation träffen.pdf", PDF, Actor.system());
        long othersDocumentation = activityDocuments.attach(othersMeeting, "Annat nätverk.pdf", PDF, Actor.system());
        upload(scenario.holder(), file("bilder.txt", "Bilder från träffen\n".getBytes(StandardCharsets.UTF_8)), "Bilder", RoomScenario.key(),
                Long.toString(meeting.id())).andExpect(status().is3xxRedirection());
        upload(scenario.holder(), file("x.txt", "x\n".getBytes(StandardCharsets.UTF_8)), "Fel mapp", RoomScenario.key(),
                Long.toString(othersMeeting.id())).andExpect(status().isUnprocessableContent());

        mvc.perform(get(scenario.room() + "/dokument").with(as(scenario.colleague())))
                .andExpect(content().string(allOf(containsString(meeting.title()), containsString("(2 dokument)"),
                        not(containsString(othersMeeting.title())))));
        mvc.perform(get(scenario.room() + "/dokument").param("mote", Long.toString(meeting.id())).with(as(scenario.colleague())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Dokumentation träffen.pdf"), containsString("Bilder"),
                        containsString(scenario.room() + "/motesdokument/" + documentation))));
        long filed = jdbc.sql("SELECT id FROM room_document WHERE network_id = :n").param("n", scenario.network().id()).query(Long.class).single();
        mvc.perform(get(scenario.room() + "/dokument/" + filed).with(as(scenario.colleague())))
                .andExpect(content().string(containsString("Mapp: <a href=\"" + scenario.room() + "/dokument?mote=" + meeting.id() + "\"")));
        mvc.perform(get(scenario.room() + "/dokument").param("mote", Long.toString(othersMeeting.id())).with(as(scenario.colleague())))
                .andExpect(status().isNotFound());
        mvc.perform(get(scenario.room() + "/motesdokument/" + documentation).with(as(scenario.colleague())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get(scenario.room() + "/motesdokument/" + othersDocumentation).with(as(scenario.colleague())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMemberWhoUploadsFileAfterFileIsAskedToWaitWithWhatWasTypedKept() throws Exception {
        byte[] text = "Rad\n".getBytes(StandardCharsets.UTF_8);
        for (int upload = 0; upload < 20; upload++) {
            upload(scenario.colleague(), file("fil" + upload + ".txt", text), "", RoomScenario.key()).andExpect(status().is3xxRedirection());
        }
        upload(scenario.colleague(), file("en-till.txt", text), "En till", RoomScenario.key())
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(allOf(containsString("Du har laddat upp många filer på kort tid"), containsString("value=\"En till\""))));
        assertThat(count("SELECT count(*) FROM room_document WHERE network_id = :n")).isEqualTo(20);
        // another member has a limit of their own
        upload(scenario.holder(), file("annan.txt", text), "", RoomScenario.key())
                .andExpect(status().is3xxRedirection());
    }

    private ResultActions upload(SignedInUser who, MockMultipartFile file, String title, String key) throws Exception {
        return upload(who, file, title, key, "");
    }

    private ResultActions upload(SignedInUser who, MockMultipartFile file, String title, String key, String meeting) throws Exception {
        return mvc.perform(multipart(scenario.room() + "/dokument").file(file).param("title", title).param("meeting", meeting)
                .param("submissionKey", key).with(as(who)).with(csrf()));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Activity meeting(long networkId) {
        return RoomMeetings.meeting(activityAdministration, activityCatalogue, networkId);
    }

    /** A published digital meeting of the network, ten days ago, as staff make it. */
    private long count(String sql) {
        return jdbc.sql(sql).param("n", scenario.network().id()).query(Long.class).single();
    }
}
