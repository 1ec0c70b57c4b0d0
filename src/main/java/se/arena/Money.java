package se.arena;

import java.text.NumberFormat;
import java.util.Locale;

/** An amount in Swedish öre. Money is never a floating-point number. */
public record Money(long ore) {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    public static final Money ZERO = new Money(0);

    public static Money ofKronor(long kronor) {
        return new Money(Math.multiplyExact(kronor, 100));
    }

    /**
     * An amount as staff type it: "900", "1 200,50", "900 kr". Null when it is not an amount of
     * at most 9 999 999,99 kr with at most two decimals.
     */
    public static Money parseKronor(String typed) {
        String text = typed == null ? "" : typed.replaceAll("[\\s\\u00a0]", "").replace("kr", "").replace(',', '.');
        if (!text.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            return null;
        }
        return new Money(new java.math.BigDecimal(text).movePointRight(2).longValueExact());
    }

    public boolean isZero() {
        return ore == 0;
    }

    /** The amount as staff type it into a form: "900", "1200,50". */
    public static String formatPlain(Money money) {
        return money.ore % 100 == 0 ? Long.toString(money.ore / 100) : String.format(SWEDISH, "%d,%02d", money.ore / 100, money.ore % 100);
    }

    /** "900 kr", "1 500 kr", "12,50 kr": how Swedish invoices and invitations write amounts. */
    public String format() {
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        boolean wholeKronor = ore % 100 == 0;
        format.setMinimumFractionDigits(wholeKronor ? 0 : 2);
        format.setMaximumFractionDigits(wholeKronor ? 0 : 2);
        // Java writes a narrow no-break space as the Swedish grouping separator; a plain no-break
        // space keeps "1 500" on one line and reads the same in every font and e-mail client.
        return format.format(ore / 100.0).replace('\u202f', '\u00a0') + "\u00a0kr";
    }
}
