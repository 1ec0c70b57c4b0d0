package se.arena.notification;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailAttachmentTest {

    private static final byte[] ICS = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void keepsItsOwnCopyOfTheBytes() {
        byte[] bytes = ICS.clone();
        MailAttachment file = new MailAttachment("inbjudan.ics", "text/calendar; charset=UTF-8; method=REQUEST", bytes);
        bytes[0] = 'X';
        assertThat(file.content()).isEqualTo(ICS);
        file.content()[0] = 'Y';
        assertThat(file.content()).isEqualTo(ICS);
        assertThat(file.size()).isEqualTo(ICS.length);
    }

    @Test
    void equalsByContentNotByArray() {
        MailAttachment one = new MailAttachment("inbjudan.ics", "text/calendar", ICS.clone());
        MailAttachment two = new MailAttachment("inbjudan.ics", "text/calendar", ICS.clone());
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one).isNotEqualTo(new MailAttachment("avbokning.ics", "text/calendar", ICS.clone()));
        assertThat(one.toString()).contains("inbjudan.ics", ICS.length + " bytes");
    }

    @Test
    void takesSwedishFileNames() {
        assertThat(new MailAttachment("Program för nätverksträff.pdf", "application/pdf", ICS).filename())
                .isEqualTo("Program för nätverksträff.pdf");
    }

    @Test
    void refusesNamesThatAreNotOneFile() {
        for (String name : new String[] {null, "", "  ", " inbjudan.ics", "../inbjudan.ics", "a/b.ics", "a\\b.ics",
                "..", ".", "rad\r\nBcc: x@example.org", "x".repeat(201)}) {
            assertThatThrownBy(() -> new MailAttachment(name, "text/calendar", ICS))
                    .as(String.valueOf(name))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesWhatIsNotAMimeType() {
        for (String type : new String[] {null, "", "calendar", "text/calendar\r\nBcc: x@example.org", "text/calendar; method"}) {
            assertThatThrownBy(() -> new MailAttachment("inbjudan.ics", type, ICS))
                    .as(String.valueOf(type))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertThatThrownBy(() -> new MailAttachment("tom.ics", "text/calendar", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("tom.ics", "text/calendar", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("stor.bin", "application/octet-stream", new byte[MailAttachment.MAX_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MailAttachment("precis.bin", "application/octet-stream", new byte[MailAttachment.MAX_BYTES]).size())
                .isEqualTo(MailAttachment.MAX_BYTES);
    }

    @Test
    void showsSizesTheSwedishWay() {
        assertThat(new OutboxAttachment(1, "a", "text/plain", 850).sizeText()).isEqualTo("850 byte");
        assertThat(new OutboxAttachment(1, "a", "text/plain", 12_595).sizeText()).isEqualTo("12,3 kB");
        assertThat(new OutboxAttachment(1, "a", "text/plain", 1_572_864).sizeText()).isEqualTo("1,5 MB");
    }
}
