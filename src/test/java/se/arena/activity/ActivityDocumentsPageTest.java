package se.arena.activity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Documents attached to an activity reach the people it is for, and no one else. */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityDocumentsPageTest {

    private static final RequestPostProcessor STAFF = TestSignIn.as(TestSignIn.user(808080, Role.STAFF, Set.of()));
    private static final byte[] PDF = "%PDF-1.4 dokumentation".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityAdministration administration;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    ActivityDocuments documents;

    @Autowired
    NetworkAdministration networkAdministration;

    @Autowired
    NetworkCatalogue networkCatalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNetworksDocumentationIsForItsSeatHoldersAndThoseSignedUpAndCanBeWithdrawn() throws Exception {
        Network network = new TestNetworks(networkAdministration, networkCatalogue).open(3, null, "");
        Activity meeting = new TestActivities(administration, catalogue, signUps).digitalMeeting(List.of(network.id()), 30);
        String seatHolder = ActivityPagesTest.email();
        new TestSeats(registrations).seat(network, organisations.all().get(7).id(), seatHolder, "Sara Seatholder");

        mvc.perform(multipart("/admin/aktiviteter/" + meeting.id() + "/dokument")
                        .file(new MockMultipartFile("file", "virus.exe", "application/octet-stream", PDF)).with(csrf()).with(STAFF))
                .andExpect(flash().attribute("documentError", containsString("PDF")));
        mvc.perform(multipart("/admin/aktiviteter/" + meeting.id() + "/dokument")
                        .file(new MockMultipartFile("file", "C:\\Mina filer\\Dokumentation vårmötet.pdf", "application/pdf", PDF))
                        .with(csrf()).with(STAFF))
                .andExpect(flash().attribute("message", containsString("bifogat")));
        ActivityDocument document = documents.shownFor(meeting).getFirst();
        assertThat(document.fileName()).isEqualTo("Dokumentation vårmötet.pdf");
        String path = "/aktiviteter/" + meeting.id() + "/dokument/" + document.id();

        mvc.perform(get("/aktiviteter/" + meeting.id())).andExpect(content().string(not(containsString(path))));
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        mvc.perform(get(path).with(TestSignIn.as(ActivityPagesTest.participant(ActivityPagesTest.email()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/aktiviteter/" + meeting.id()).with(TestSignIn.as(ActivityPagesTest.participant(seatHolder))))
                .andExpect(content().string(containsString(path)));
        mvc.perform(get(path).with(TestSignIn.as(ActivityPagesTest.participant(seatHolder))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(PDF));

        NewSignUp signUp = new NewSignUp(catalogue.occasions(meeting).getFirst().id(), seatHolder, "Sara Seatholder", null, null,
                null, network.id(), null, null, null, ActivityPagesTest.key(), false);
        signUps.signUp(meeting, signUp);
        String personalPage = new Mailbox(jdbc).latestLinkPathTo(seatHolder, "/aktiviteter/min-anmalan/");
        mvc.perform(get(personalPage)).andExpect(content().string(containsString(personalPage + "/dokument/" + document.id())));
        mvc.perform(get(personalPage + "/dokument/" + document.id())).andExpect(status().isOk()).andExpect(content().bytes(PDF));

        mvc.perform(post("/admin/aktiviteter/" + meeting.id() + "/dokument/" + document.id() + "/ta-bort").with(csrf()).with(STAFF))
                .andExpect(flash().attribute("message", containsString("finns kvar")));
        mvc.perform(get(path).with(TestSignIn.as(ActivityPagesTest.participant(seatHolder)))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/aktiviteter/" + meeting.id()).with(STAFF))
                .andExpect(content().string(containsString("Dokumentation vårmötet.pdf (borttaget från sidan)")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action LIKE 'ACTIVITY_DOCUMENT_%' AND subject_id = :id")
                .param("id", Long.toString(meeting.id())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theDocumentsOfASeminarOpenToAllAreForAnyone() throws Exception {
        Activity seminar = new TestActivities(administration, catalogue, signUps).publicSeminar(30);
        long id = documents.attach(seminar, "program.pdf", PDF, se.arena.privacy.Actor.system());
        mvc.perform(get("/aktiviteter/" + seminar.id())).andExpect(content().string(containsString("program.pdf")));
        mvc.perform(get("/aktiviteter/" + seminar.id() + "/dokument/" + id)).andExpect(status().isOk()).andExpect(content().bytes(PDF));
    }
}
