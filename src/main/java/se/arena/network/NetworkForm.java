package se.arena.network;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import se.arena.Money;
import se.arena.RichText;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.orNull;

/**
 * What staff typed into the network form, kept as text so that an invalid form comes back
 * exactly as typed, and the rules that turn it into a {@link Network}.
 */
public record NetworkForm(
        @Size(max = 300) String title,
        @Size(max = 120) String slug,
        @Size(max = 120) String theme,
        String targetGroup,
        String firstYear,
        String lastYear,
        String feeKronor,
        String vatPercent,
        String seatsPerOrganisation,
        String totalCapacity,
        String registrationDeadline,
        boolean admitsMunicipalities,
        boolean admitsRegions,
        @Size(max = 1000) String feeIncludes,
        @Size(max = 2000) String summary,
        Map<SectionKind, @Size(max = 10_000) String> sections,
        List<@Valid NetworkContact> contacts,
        MembershipForm membership,
        boolean asksPhase) {

    static final int CONTACT_ROWS = 3;
    private static final List<String> VAT_RATES = List.of("0", "6", "12", "25");

    public NetworkForm {
        Map<SectionKind, String> copy = new EnumMap<>(SectionKind.class);
        if (sections != null) {
            copy.putAll(sections);
        }
        sections = copy;
        contacts = padded(contacts);
        membership = membership == null ? MembershipForm.of(MembershipRules.DEFAULT) : membership;
    }

    static NetworkForm empty() {
        return new NetworkForm("", "", "", TargetGroup.CIVIL_SERVANTS.name(), "", "", "0", "25", "2", "", "",
                true, true, "", "", Map.of(), List.of(), MembershipForm.of(MembershipRules.DEFAULT), false);
    }

    static NetworkForm of(Invitation invitation) {
        Network network = invitation.network();
        Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
        invitation.sections().forEach(section -> sections.put(section.kind(), section.body().html()));
        return new NetworkForm(network.title(), network.slug(), network.theme(), network.targetGroup().name(),
                Integer.toString(network.firstYear()), Integer.toString(network.lastYear()),
                Money.formatPlain(network.feePerYear()), Integer.toString(network.vatRatePerMille() / 10),
                network.seatsPerOrganisation() == null ? "" : network.seatsPerOrganisation().toString(),
                network.totalCapacity() == null ? "" : network.totalCapacity().toString(),
                network.registrationDeadline() == null ? "" : network.registrationDeadline().toString(),
                network.admitsMunicipalities(), network.admitsRegions(),
                network.feeIncludes() == null ? "" : network.feeIncludes(), network.summary(), sections,
                invitation.contacts(), MembershipForm.of(network.membership()), network.asksPhase());
    }

    public String section(SectionKind kind) {
        return sections.getOrDefault(kind, "");
    }

    /** A URL-safe name from the title when staff leave the slug empty: "Nätverk för dialog 2027" → "natverk-for-dialog-2027". */
    static String slugFrom(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    String effectiveSlug() {
        return slug == null || slug.isBlank() ? slugFrom(title) : slug.strip();
    }

    FormErrors validate() {
        // a contact's fields share the contact's message; each section is a field of its own
        FormErrors errors = FormErrors.checking(this, path -> path
                .replaceFirst("^contacts\\[(\\d+)].*", "contact$1")
                .replaceFirst("^sections\\[(\\w+)].*", "section_$1"));
        if (blank(title)) {
            errors.add("title", "Skriv nätverkets namn.");
        }
        if (!effectiveSlug().matches("[a-z0-9]+(-[a-z0-9]+)*") || effectiveSlug().length() > 120) {
            errors.add("slug", "Adressnamnet får bara innehålla a–z, siffror och bindestreck, till exempel natverk-dialog-2027.");
        }
        if (blank(theme)) {
            errors.add("theme", "Skriv ett tema, till exempel Medborgardialog.");
        }
        if (parseTargetGroup() == null) {
            errors.add("targetGroup", "Välj målgrupp.");
        }
        Integer first = year(firstYear);
        Integer last = year(lastYear);
        if (first == null) {
            errors.add("firstYear", "Skriv första året med fyra siffror, till exempel 2027.");
        }
        if (last == null) {
            errors.add("lastYear", "Skriv sista året med fyra siffror, till exempel 2030.");
        } else if (first != null && last < first) {
            errors.add("lastYear", "Sista året kan inte ligga före det första.");
        }
        if (fee() == null) {
            errors.add("feeKronor", "Skriv avgiften i kronor, till exempel 900 eller 1 200,50. Skriv 0 för ett kostnadsfritt nätverk.");
        }
        if (!VAT_RATES.contains(vatPercent == null ? "" : vatPercent.strip())) {
            errors.add("vatPercent", "Välj momssats.");
        }
        if (!blank(seatsPerOrganisation) && positive(seatsPerOrganisation) == null) {
            errors.add("seatsPerOrganisation", "Skriv antal platser per organisation som ett heltal från 1, eller lämna tomt för ingen gräns.");
        }
        if (!blank(totalCapacity) && positive(totalCapacity) == null) {
            errors.add("totalCapacity", "Skriv det totala antalet platser som ett heltal från 1, eller lämna tomt för ingen gräns.");
        }
        if (!blank(registrationDeadline) && date(registrationDeadline) == null) {
            errors.add("registrationDeadline", "Skriv sista anmälningsdag som ÅÅÅÅ-MM-DD, till exempel 2027-02-15.");
        }
        if (!admitsMunicipalities && !admitsRegions) {
            errors.add("admits", "Välj om nätverket är öppet för kommuner, regioner eller båda.");
        }
        if (blank(summary)) {
            errors.add("summary", "Skriv en kort sammanfattning som visas i nätverkskatalogen.");
        }
        membership.validate(errors);
        for (int row = 0; row < contacts.size(); row++) {
            NetworkContact contact = contacts.get(row);
            boolean started = !blank(contact.name()) || !blank(contact.email()) || !blank(contact.title()) || !blank(contact.phone());
            if (started && blank(contact.name())) {
                errors.add("contact" + row, "Skriv kontaktpersonens namn.");
            } else if (started && !FormErrors.isEmail(contact.email())) {
                errors.add("contact" + row, "Skriv kontaktpersonens e-postadress.");
            } else if (started && !blank(contact.phone()) && !FormErrors.isPhone(contact.phone())) {
                errors.add("contact" + row, "Skriv ett svenskt telefonnummer, till exempel 08-452 70 00.");
            }
        }
        return errors;
    }

    /** Only call on a valid form. */
    Network toNetwork(long id, NetworkStatus status, boolean demo) {
        return new Network(id, effectiveSlug(), title.strip(), theme.strip(), parseTargetGroup(), status,
                year(firstYear), year(lastYear), fee(), Integer.parseInt(vatPercent.strip()) * 10,
                blank(seatsPerOrganisation) ? null : positive(seatsPerOrganisation),
                blank(registrationDeadline) ? null : date(registrationDeadline),
                blank(feeIncludes) ? null : feeIncludes.strip(), summary.strip(), demo,
                blank(totalCapacity) ? null : positive(totalCapacity), admitsMunicipalities, admitsRegions,
                membership.toRules(), asksPhase);
    }

    List<InvitationSection> toSections() {
        List<InvitationSection> result = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            result.add(new InvitationSection(kind, RichText.sanitise(section(kind))));
        }
        return result;
    }

    List<NetworkContact> filledContacts() {
        return contacts.stream().filter(contact -> !blank(contact.name()))
                .map(contact -> new NetworkContact(contact.name().strip(), orNull(contact.title()),
                        contact.email().strip(), orNull(contact.phone())))
                .toList();
    }

    private TargetGroup parseTargetGroup() {
        for (TargetGroup group : TargetGroup.values()) {
            if (group.name().equals(targetGroup)) {
                return group;
            }
        }
        return null;
    }

    Money fee() {
        return Money.parseKronor(feeKronor);
    }

    private static Integer year(String value) {
        return value != null && value.strip().matches("(19|20|21)\\d\\d") ? Integer.valueOf(value.strip()) : null;
    }

    private static Integer positive(String value) {
        return value != null && value.strip().matches("[1-9]\\d{0,5}") ? Integer.valueOf(value.strip()) : null;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static List<NetworkContact> padded(List<NetworkContact> contacts) {
        List<NetworkContact> rows = new ArrayList<>(contacts == null ? List.of() : contacts);
        while (rows.size() < CONTACT_ROWS) {
            rows.add(new NetworkContact("", "", "", ""));
        }
        return rows;
    }
}
