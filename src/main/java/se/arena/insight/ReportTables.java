package se.arena.insight;

import java.math.BigDecimal;
import java.util.List;

import se.arena.Money;
import se.arena.web.ExportTable;

/**
 * The reports as downloads. Amounts are plain numbers with a decimal comma (3625,50) and counts
 * plain integers, so that Excel with Swedish settings can add them up.
 */
final class ReportTables {

    private ReportTables() {
    }

    static ExportTable revenue(List<RevenueRow> rows) {
        return new ExportTable("intakter-per-natverk-och-ar", List.of("Nätverk", "Deltagarår", "Netto exkl. moms", "Moms",
                "Totalt", "Fakturor", "Kreditfakturor"), rows.stream().map(row -> List.of(row.network(),
                row.year() == null ? "" : row.year().toString(), amount(row.net()), amount(row.vat()), amount(row.total()),
                Integer.toString(row.invoices()), Integer.toString(row.creditNotes()))).toList());
    }

    static ExportTable participants(List<ParticipantsRow> rows) {
        return new ExportTable("deltagare-per-ar", List.of("Nätverk", "År", "Bekräftade deltagarår", "Organisationer",
                "Kommuner", "Regioner", "Avböjda", "Förfallna"), rows.stream().map(row -> List.of(row.network(),
                Integer.toString(row.year()), Integer.toString(row.confirmedYears()), Integer.toString(row.organisations()),
                Integer.toString(row.municipalities()), Integer.toString(row.regions()), Integer.toString(row.declined()),
                Integer.toString(row.lapsed()))).toList());
    }

    static ExportTable departures(List<DepartureRow> rows) {
        return new ExportTable("avbojda-och-forfallna", List.of("Nätverk", "År", "Organisation", "Typ", "Avböjda",
                "Förfallna", "Vilka", "Bekräftade platser kvar"), rows.stream().map(row -> List.of(row.network(),
                Integer.toString(row.year()), row.organisation(), row.organisationType(), Integer.toString(row.declined()),
                Integer.toString(row.lapsed()), String.join("; ", row.people()), Integer.toString(row.confirmedLeft()))).toList());
    }

    /** 1234,50: what Excel with Swedish settings reads as a number. */
    private static String amount(Money money) {
        return BigDecimal.valueOf(money.ore(), 2).toPlainString().replace('.', ',');
    }
}
