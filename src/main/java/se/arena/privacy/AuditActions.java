package se.arena.privacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The common audit actions and their Swedish labels. Actions are free codes, so a module may
 * record its own; add it here too when staff should be able to pick it in the log's filter.
 */
public final class AuditActions {

    public static final String SIGN_IN = "SIGN_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";
    public static final String SIGN_OUT = "SIGN_OUT";
    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ROLE_CHANGED = "ROLE_CHANGED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    public static final String SET_UP_LINK_SENT = "SET_UP_LINK_SENT";
    public static final String PERSONAL_DATA_CHANGED = "PERSONAL_DATA_CHANGED";
    public static final String PERSONAL_DATA_EXPORTED = "PERSONAL_DATA_EXPORTED";
    public static final String PERSONAL_DATA_ERASED = "PERSONAL_DATA_ERASED";

    private static final Map<String, String> LABELS = labelsInMenuOrder();

    private AuditActions() {
    }

    /** The Swedish label of an action, or the code itself for an action that has none. */
    public static String label(String action) {
        return LABELS.getOrDefault(action, action);
    }

    /** Code to Swedish label, in the order the filter offers them. */
    public static Map<String, String> labels() {
        return LABELS;
    }

    private static Map<String, String> labelsInMenuOrder() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(SIGN_IN, "Inloggning");
        labels.put(SIGN_IN_FAILED, "Misslyckad inloggning");
        labels.put(SIGN_IN_THROTTLED, "Inloggningsförsök stoppade en stund");
        labels.put(SIGN_OUT, "Utloggning");
        labels.put(ACCOUNT_CREATED, "Konto skapat");
        labels.put(ROLE_CHANGED, "Ändrad roll");
        labels.put(ACCOUNT_DISABLED, "Konto spärrat");
        labels.put(ACCOUNT_ENABLED, "Spärr hävd");
        // recorded by the account lock-out that the sign-in throttle replaced; older entries keep it
        labels.put("ACCOUNT_LOCKED", "Konto låst efter misslyckade inloggningar");
        labels.put(SET_UP_LINK_SENT, "Länk för lösenord skickad");
        labels.put(PERSONAL_DATA_CHANGED, "Ändrade personuppgifter");
        labels.put(PERSONAL_DATA_EXPORTED, "Registerutdrag");
        labels.put(PERSONAL_DATA_ERASED, "Personuppgifter avidentifierade");
        // what other modules record under their own codes, so that staff can filter on it
        labels.put("NETWORK_CREATED", "Nätverk skapat");
        labels.put("NETWORK_CHANGED", "Nätverk ändrat");
        labels.put("NETWORK_STATUS_CHANGED", "Nätverkets status ändrad");
        labels.put("SUBGROUPS_CONFIRMED", "Undergrupper bekräftade");
        labels.put("SUBGROUP_REMOVED", "Undergrupp borttagen");
        labels.put("REGISTRATION_ADDED", "Deltagare tillagd av personal");
        labels.put("REGISTRATION_PROMOTED", "Plats given från väntelistan");
        labels.put("REGISTRATION_CANCELLED", "Anmälan avbokad av personal");
        labels.put("REPRESENTATIVES_APPOINTED", "Representanter utsedda");
        labels.put("ORGANISATION_LEFT_NETWORK", "Organisation lämnade nätverk");
        labels.put("RENEWAL_OPENED", "Förnyelse öppnad");
        labels.put("RENEWAL_ANSWERED", "Förnyelse besvarad");
        labels.put("RENEWAL_ANSWERED_BY_STAFF", "Förnyelse besvarad av personal");
        labels.put("RENEWAL_REMINDED", "Påminnelse om förnyelse skickad");
        labels.put("RENEWAL_CLOSED", "Förnyelse stängd");
        labels.put("ACTIVITY_CREATED", "Aktivitet skapad");
        labels.put("ACTIVITY_CHANGED", "Aktivitet ändrad");
        labels.put("ACTIVITY_STATUS_CHANGED", "Aktivitetens status ändrad");
        labels.put("ACTIVITY_OCCASION_ADDED", "Datum tillagt");
        labels.put("ACTIVITY_OCCASION_RESCHEDULED", "Datum flyttat till ny tid");
        labels.put("ACTIVITY_OCCASION_CANCELLED", "Datum inställt");
        labels.put("ACTIVITY_CAPACITY_CHANGED", "Antal platser ändrat");
        labels.put("ACTIVITY_SIGN_UP_MOVED", "Deltagare flyttad till annat datum");
        labels.put("ACTIVITY_SIGN_UP_CANCELLED", "Aktivitetsanmälan avbokad av personal");
        labels.put("ACTIVITY_ATTENDANCE_RECORDED", "Närvaro registrerad");
        labels.put("PARTICIPANT_MESSAGE_SENT", "Meddelande till deltagare skickat");
        labels.put("PARTICIPANT_MESSAGE_SCHEDULED", "Meddelande till deltagare schemalagt");
        labels.put("PARTICIPANT_MESSAGE_CANCELLED", "Schemalagt meddelande stoppat");
        labels.put("ACTIVITY_DOCUMENT_ATTACHED", "Dokument bifogat");
        labels.put("ACTIVITY_DOCUMENT_WITHDRAWN", "Dokument borttaget från sidan");
        labels.put("ACTIVITY_SPEAKER_LINK_CREATED", "Länk för föredragshållare skapad");
        labels.put("ACTIVITY_SPEAKER_LINK_REVOKED", "Länk för föredragshållare spärrad");
        labels.put("ACTIVITY_SIGN_UP_LINK_REVOKED", "Personlig länk till aktivitetsanmälan spärrad");
        labels.put("REGISTRATION_LINK_REVOKED", "Personlig länk till anmälan spärrad");
        labels.put("RENEWAL_LINKS_REVOKED", "Länkar till förnyelse spärrade");
        labels.put("INVOICE_ISSUED", "Faktura utfärdad");
        labels.put("CREDIT_NOTE_ISSUED", "Kreditfaktura utfärdad");
        labels.put("INVOICE_PAID", "Faktura markerad som betald");
        labels.put("INVOICE_PAYMENT_UNDONE", "Betalmarkering ångrad");
        labels.put("INVOICE_PREFERENCE_CHANGED", "Faktura per person eller organisation ändrat");
        labels.put("INVOICE_DETAILS_CHANGED", "Fakturauppgifter ändrade");
        labels.put("PAGE_FEEDBACK_HANDLED", "Sidfeedback markerad som hanterad");
        return Collections.unmodifiableMap(labels);
    }
}
