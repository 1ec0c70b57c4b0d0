package se.arena.room.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;
import se.arena.SecretTokens;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ActivityDocuments;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkFilter;
import se.arena.privacy.Actor;
import se.arena.registration.SeatHolders;
import se.arena.room.RoomMember;

/**
 * Three documents in the running civil-society network's room, uploaded by the demo participant
 * after the network's people and meetings are loaded: the notes of a meeting as a PDF, filed in
 * that meeting's folder beside the documentation staff attached to the meeting, a reading list in plain text, and an agenda with a corrected second version.
 */
@Component
@Order(150)
@ConditionalOnDemoContent
class RoomDocumentDemoContent implements ApplicationRunner {

    static final String NETWORK = "samverkan-civilsamhallet-2023-2026";
    static final String UPLOADER = "deltagare.karlskoga@example.org";
    private static final Logger log = LoggerFactory.getLogger(RoomDocumentDemoContent.class);

    private final RoomDocuments documents;
    private final ActivityCatalogue activities;
    private final ActivityDocuments meetingDocuments;
    private final NetworkCatalogue networks;
    private final SeatHolders seats;
    private final DemoContentLedger ledger;

    RoomDocumentDemoContent(RoomDocuments documents, ActivityCatalogue activities, ActivityDocuments meetingDocuments,
                            NetworkCatalogue networks, SeatHolders seats, DemoContentLedger ledger) {
        this.documents = documents;
        this.activities = activities;
        this.meetingDocuments = meetingDocuments;
        this.networks = networks;
        this.seats = seats;
        this.ledger = ledger;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = ledger.loadOnce("room-documents", () -> networks.publicNetworks(new NetworkFilter(null, null, false)).stream()
                .filter(network -> network.slug().equals(NETWORK)).findFirst()
                .flatMap(this::uploader)
                .ifPresent(this::upload));
        if (loaded) {
            log.info("Demo content: three documents in the room of {}", NETWORK);
        }
    }

    private Optional<RoomMember> uploader(Network network) {
        return seats.seatsOf(UPLOADER, List.of(network.id())).stream().findFirst()
                .map(seat -> new RoomMember(network, 0, UPLOADER, seat.name(), RoomMember.Kind.SEAT_HOLDER));
    }

    private void upload(RoomMember uploader) {
        Long meeting = documents.folders(uploader).stream().filter(folder -> folder.date() != null)
                .min(Comparator.comparing(MeetingFolder::date)).map(MeetingFolder::activityId).orElse(null);
        // staff attach the meeting's documentation to the meeting itself, and the room shows it in the meeting's folder
        Optional.ofNullable(meeting).flatMap(activities::find).ifPresent(activity ->
                meetingDocuments.attach(activity, "dokumentation-natverkstraffen.pdf", notes(), Actor.system()));
        documents.upload(uploader, "Minnesanteckningar från nätverksträffen", meeting, null,
                file("minnesanteckningar.pdf", notes()), SecretTokens.newToken());
        documents.upload(uploader, "Lästips om idéburet offentligt partnerskap", null, null,
                file("lastips-iop.txt", """
                        Lästips inför nästa träff
                        - Överenskommelser mellan kommun och civilsamhälle: en vägledning
                        - Idéburet offentligt partnerskap (IOP) i praktiken
                        """.getBytes(StandardCharsets.UTF_8)), SecretTokens.newToken());
        long agenda = documents.upload(uploader, "Dagordning för arbetsgruppen", null, null,
                file("dagordning.txt", "Dagordning\n1. Inledning\n2. Erfarenheter av IOP\n".getBytes(StandardCharsets.UTF_8)),
                SecretTokens.newToken());
        RoomDocument document = documents.find(uploader, agenda).orElseThrow();
        documents.addVersion(uploader, document,
                file("dagordning.txt", "Dagordning\n1. Inledning\n2. Erfarenheter av IOP\n3. Nästa steg\n".getBytes(StandardCharsets.UTF_8)),
                SecretTokens.newToken());
    }

    private static NewFile file(String name, byte[] content) {
        NewFile.Result result = NewFile.of(name, content);
        if (result.file() == null) {
            throw new IllegalStateException("Demo document " + name + " fails the content check: " + result.problem());
        }
        return result.file();
    }

    /** A real, minimal PDF, made as invoices are. */
    private static byte[] notes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(pdf, bytes);
        pdf.open();
        pdf.add(new Paragraph("Minnesanteckningar från nätverksträffen"));
        pdf.add(new Paragraph("Deltagarna delade erfarenheter av överenskommelser med civilsamhället och bestämde att "
                + "arbetsgruppen samlar exempel till nästa träff."));
        pdf.close();
        return bytes.toByteArray();
    }
}
