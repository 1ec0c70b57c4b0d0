package se.arena.notification;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.ArenaProperties;
import se.arena.SecretTokens;
import se.arena.identity.Mailbox;
import se.arena.identity.ParticipantAccounts;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.registration.TestNetworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/**
 * Staff read the message log, but no link in it lets them in anywhere: a plain STAFF member who
 * reads every message, export and attachment finds none of the personal links the recipients got.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonalLinkLeakTest {

    /** A secret of {@link SecretTokens#newToken()} as a path segment. */
    private static final Pattern SECRET = MaskedLinks.SECRET_SEGMENT;

    private final SignedInUser staff = TestSignIn.user(900_001, Role.STAFF, Set.of());
    private final SignedInUser admin = TestSignIn.user(900_002, Role.ADMIN, Set.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParticipantAccounts participantAccounts;

    @Autowired
    NetworkAdministration networkAdministration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ArenaProperties arena;

    @Test
    void staffWhoReadEveryMessageFindNoneOfTheLinksTheRecipientsGot() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> delivered = new LinkedHashMap<>();

        String participant = "deltagare-" + unique + "@example.org";
        participantAccounts.ensureFor(participant, "Pia Deltagare");
        mvc.perform(post("/logga-in").with(csrf()).param("email", participant)).andExpect(status().is3xxRedirection());
        delivered.put("sign-in", mailbox().latestLinkPathTo(participant, "/logga-in/lank/"));

        String newStaff = "handlaggare-" + unique + "@example.org";
        mvc.perform(post("/admin/konton/nytt").with(as(admin)).with(csrf())
                .param("email", newStaff).param("displayName", "Ny Handläggare").param("roles", "ADMIN"))
                .andExpect(status().is3xxRedirection());
        delivered.put("set-up", mailbox().latestLinkPathTo(newStaff, "/konfigurera/"));

        Network network = new TestNetworks(networkAdministration, catalogue).open(2, null, "");
        String registered = "anmald-" + unique + "@example.org";
        mvc.perform(post("/natverk/" + network.slug() + "/anmalan").with(csrf())
                .param("submissionKey", SecretTokens.newToken()).param("organisationId", Long.toString(organisations.all().getFirst().id()))
                .param("name", "Anna Anmäld").param("kind", "CIVIL_SERVANT").param("email", registered)
                .param("phone", "0586-610 00").param("consent", "on"))
                .andExpect(status().is3xxRedirection());
        String confirmation = mailbox().latestLinkPathTo(registered, "/anmalan/bekrafta/");
        delivered.put("registration confirmation", confirmation);
        mvc.perform(post(confirmation).with(csrf())).andExpect(status().is3xxRedirection());
        String manage = mailbox().latestLinkPathTo(registered, "/anmalan/");
        delivered.put("registration", manage);

        String colleague = "kollega-" + unique + "@example.org";
        mvc.perform(post(manage + "/overlat").with(csrf()).param("colleagueName", "Kim Kollega").param("colleagueEmail", colleague))
                .andExpect(status().is3xxRedirection());
        delivered.put("seat transfer", mailbox().latestLinkPathTo(colleague, "/anmalan/overlatelse/"));

        delivered.forEach((kind, path) -> assertThat(path).as(kind).containsPattern(SECRET));
        mvc.perform(get(delivered.get("registration"))).andExpect(status().isOk());
        mvc.perform(get(delivered.get("seat transfer"))).andExpect(status().isOk());

        String everything = everythingStaffCanRead(List.of(participant, newStaff, registered, colleague));

        delivered.forEach((kind, path) -> {
            String secret = path.substring(path.lastIndexOf('/') + 1);
            assertThat(everything).as("staff must not read the " + kind + " link").doesNotContain(secret);
        });
        assertThat(everything).as("no secret of any kind").doesNotContainPattern(SECRET)
                .contains("[personlig länk – visas bara för mottagaren]");
        assertThat(jdbc.sql("SELECT text_body || html_body FROM outbox_message").query(String.class).list())
                .as("what staff read of every message in the outbox, whichever test or demo content sent it")
                .isNotEmpty()
                .noneMatch(body -> SECRET.matcher(body).find());
    }

    @Test
    void aResentMessageCarriesAFreshWorkingLinkThatStaffCannotReadEither() throws Exception {
        String participant = "igen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        participantAccounts.ensureFor(participant, "Pia Igen");
        mvc.perform(post("/logga-in").with(csrf()).param("email", participant));
        String first = mailbox().latestLinkPathTo(participant, "/logga-in/lank/");
        long original = jdbc.sql("SELECT max(id) FROM outbox_message WHERE recipient = :r").param("r", participant)
                .query(Long.class).single();

        MvcResult resent = mvc.perform(post("/admin/utskick/" + original + "/skicka-igen").with(as(staff)).with(csrf())
                .param("tidigare", "0")).andExpect(status().is3xxRedirection()).andReturn();
        String copyPage = mvc.perform(get(resent.getResponse().getRedirectedUrl()).with(as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String fresh = mailbox().latestLinkPathTo(participant, "/logga-in/lank/");
        assertThat(fresh).isNotEqualTo(first).containsPattern(SECRET);
        assertThat(copyPage).doesNotContainPattern(SECRET).contains("[personlig länk – visas bara för mottagaren]");
        mvc.perform(post(fresh).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aLinkWithASecretThatIsNotAPersonalLinkNeverReachesTheOutbox() {
        String raw = arena.baseUrl() + "/anmalan/" + SecretTokens.newToken();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> outbox.enqueue("raw@example.org",
                "Logga in", "sign-in-link", Map.of("link", raw, "validMinutes", 15))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = 'raw@example.org'")
                .query(Long.class).single()).isZero();
    }

    /** The message log as a plain STAFF member reads it: the list, each message, its attachments and both exports. */
    private String everythingStaffCanRead(List<String> recipients) throws Exception {
        List<String> pages = new ArrayList<>();
        for (String recipient : recipients) {
            pages.add(read("/admin/utskick?q=" + recipient));
            pages.add(read("/admin/utskick/export?format=csv&q=" + recipient));
            pages.add(xlsxText(mvc.perform(get("/admin/utskick/export").param("format", "xlsx").param("q", recipient)
                    .with(as(staff))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()));
            for (long id : jdbc.sql("SELECT id FROM outbox_message WHERE recipient = :r").param("r", recipient)
                    .query(Long.class).list()) {
                pages.add(read("/admin/utskick/" + id));
                for (int number : jdbc.sql("SELECT attachment_number FROM outbox_attachment WHERE message_id = :id")
                        .param("id", id).query(Integer.class).list()) {
                    pages.add(read("/admin/utskick/" + id + "/bilagor/" + number));
                }
            }
        }
        return String.join("\n", pages);
    }

    private static String xlsxText(byte[] xlsx) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read().stream()
                    .flatMap(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()))
                    .collect(Collectors.joining("\n"));
        }
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path).with(as(staff))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Mailbox mailbox() {
        return new Mailbox(jdbc);
    }
}
