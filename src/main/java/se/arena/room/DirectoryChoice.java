package se.arena.room;

/**
 * What a member chose to show of themselves on the room's people page. The default shows
 * neither e-mail nor phone: nothing is shown that the person did not choose.
 *
 * @param phone the number typed for the room, null when none
 */
public record DirectoryChoice(boolean showEmail, boolean showPhone, String phone) {

    public static final DirectoryChoice PRIVATE = new DirectoryChoice(false, false, null);

    /** The phone number others see, or null. */
    String shownPhone() {
        return showPhone && phone != null && !phone.isBlank() ? phone : null;
    }
}
