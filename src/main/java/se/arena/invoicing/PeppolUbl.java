package se.arena.invoicing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.helger.ubl21.UBL21Marshaller;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CompanyIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CreditedQuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EndpointIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.InvoicedQuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.LineExtensionAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PayableAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PriceAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExclusiveAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxInclusiveAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxableAmountType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import oasis.names.specification.ubl.schema.xsd.unqualifieddatatypes_21.AmountType;

import se.arena.Money;

/**
 * Writes issued documents as Peppol BIS Billing 3.0 e-invoices (UBL 2.1 Invoice and CreditNote),
 * the format Swedish public bodies receive. Besides EN 16931 and Peppol's own rules it follows
 * the Swedish national rules: organisation numbers under scheme 0007 without hyphen, the VAT
 * number as SE…01, "Godkänd för F-skatt" as a tax registration, and bankgiro as credit transfer
 * (code 30) with the branch SE:BANKGIRO.
 */
public final class PeppolUbl {

    static final String CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    private static final String CURRENCY = "SEK";
    private static final String COMMERCIAL_INVOICE = "380";
    private static final String CREDIT_NOTE = "381";
    private static final String CREDIT_TRANSFER = "30";
    /** UN/ECE unit "one": a fee per person is counted in ones. */
    private static final String UNIT_ONE = "C62";

    private PeppolUbl() {
    }

    /** The document as UBL XML in UTF-8. */
    public static byte[] xml(IssuedDocument document) {
        byte[] xml = switch (document) {
            case Invoice invoice -> UBL21Marshaller.invoice().getAsBytes(invoice(invoice));
            case CreditNote credit -> UBL21Marshaller.creditNote().getAsBytes(creditNote(credit));
        };
        if (xml == null) {
            // ph-ubl checks the UBL schema while writing and gives nothing back for an invalid document
            throw new IllegalStateException("Document " + document.number() + " does not conform to the UBL 2.1 schema");
        }
        return xml;
    }

    static InvoiceType invoice(Invoice invoice) {
        InvoiceType ubl = new InvoiceType();
        ubl.setCustomizationID(CUSTOMIZATION_ID);
        ubl.setProfileID(PROFILE_ID);
        ubl.setID(invoice.number());
        ubl.setIssueDate(invoice.issueDate());
        ubl.setDueDate(invoice.dueDate());
        ubl.setInvoiceTypeCode(COMMERCIAL_INVOICE);
        ubl.setDocumentCurrencyCode(CURRENCY);
        if (invoice.buyerReference() != null) {
            ubl.setBuyerReference(invoice.buyerReference());
        }
        if (invoice.orderReference() != null) {
            OrderReferenceType order = new OrderReferenceType();
            order.setID(invoice.orderReference());
            ubl.setOrderReference(order);
        }
        ubl.setAccountingSupplierParty(supplier(invoice.seller()));
        ubl.setAccountingCustomerParty(customer(invoice.buyer()));
        ubl.setPaymentMeans(paymentMeans(invoice));
        PaymentTermsType terms = new PaymentTermsType();
        terms.addNote(new NoteType(invoice.seller().paymentTerms()));
        ubl.addPaymentTerms(terms);
        InvoiceTotals totals = invoice.totals();
        ubl.addTaxTotal(taxTotal(totals, invoice.seller()));
        ubl.setLegalMonetaryTotal(monetaryTotal(totals));
        int number = 0;
        for (InvoiceLine line : invoice.lines()) {
            InvoiceLineType ublLine = new InvoiceLineType();
            ublLine.setID(Integer.toString(++number));
            InvoicedQuantityType quantity = new InvoicedQuantityType(BigDecimal.valueOf(line.quantity()));
            quantity.setUnitCode(UNIT_ONE);
            ublLine.setInvoicedQuantity(quantity);
            ublLine.setLineExtensionAmount(amount(new LineExtensionAmountType(), line.net()));
            ublLine.setItem(item(line));
            ublLine.setPrice(price(line));
            ubl.addInvoiceLine(ublLine);
        }
        return ubl;
    }

    static CreditNoteType creditNote(CreditNote credit) {
        CreditNoteType ubl = new CreditNoteType();
        ubl.setCustomizationID(CUSTOMIZATION_ID);
        ubl.setProfileID(PROFILE_ID);
        ubl.setID(credit.number());
        ubl.setIssueDate(credit.issueDate());
        ubl.setCreditNoteTypeCode(CREDIT_NOTE);
        ubl.addNote(new NoteType(credit.reason()));
        ubl.setDocumentCurrencyCode(CURRENCY);
        if (credit.buyerReference() != null) {
            ubl.setBuyerReference(credit.buyerReference());
        }
        if (credit.orderReference() != null) {
            OrderReferenceType order = new OrderReferenceType();
            order.setID(credit.orderReference());
            ubl.setOrderReference(order);
        }
        DocumentReferenceType invoice = new DocumentReferenceType();
        invoice.setID(credit.invoiceNumber());
        invoice.setIssueDate(credit.invoiceIssueDate());
        BillingReferenceType billing = new BillingReferenceType();
        billing.setInvoiceDocumentReference(invoice);
        ubl.addBillingReference(billing);
        ubl.setAccountingSupplierParty(supplier(credit.seller()));
        ubl.setAccountingCustomerParty(customer(credit.buyer()));
        InvoiceTotals totals = credit.totals();
        ubl.addTaxTotal(taxTotal(totals, credit.seller()));
        ubl.setLegalMonetaryTotal(monetaryTotal(totals));
        int number = 0;
        for (InvoiceLine line : credit.lines()) {
            CreditNoteLineType ublLine = new CreditNoteLineType();
            ublLine.setID(Integer.toString(++number));
            CreditedQuantityType quantity = new CreditedQuantityType(BigDecimal.valueOf(line.quantity()));
            quantity.setUnitCode(UNIT_ONE);
            ublLine.setCreditedQuantity(quantity);
            ublLine.setLineExtensionAmount(amount(new LineExtensionAmountType(), line.net()));
            ublLine.setItem(item(line));
            ublLine.setPrice(price(line));
            ubl.addCreditNoteLine(ublLine);
        }
        return ubl;
    }

    private static SupplierPartyType supplier(Seller seller) {
        PartyType party = party(seller.party());
        party.addPartyTaxScheme(taxRegistration(seller.vatNumber(), "VAT"));
        if (seller.approvedForFTax()) {
            // SE-R-005: a Swedish seller's tax registration other than VAT states exactly this
            party.addPartyTaxScheme(taxRegistration("Godkänd för F-skatt", "TAX"));
        }
        party.addPartyLegalEntity(legalEntity(seller.party()));
        if (seller.email() != null) {
            ContactType contact = new ContactType();
            contact.setElectronicMail(seller.email());
            party.setContact(contact);
        }
        SupplierPartyType supplier = new SupplierPartyType();
        supplier.setParty(party);
        return supplier;
    }

    private static CustomerPartyType customer(InvoiceParty buyer) {
        PartyType party = party(buyer);
        party.addPartyLegalEntity(legalEntity(buyer));
        CustomerPartyType customer = new CustomerPartyType();
        customer.setParty(party);
        return customer;
    }

    private static PartyType party(InvoiceParty source) {
        PartyType party = new PartyType();
        EndpointIDType endpoint = new EndpointIDType(source.endpointId());
        endpoint.setSchemeID(source.endpointScheme());
        party.setEndpointID(endpoint);
        PartyNameType name = new PartyNameType();
        name.setName(source.name());
        party.addPartyName(name);
        party.setPostalAddress(address(source.address()));
        return party;
    }

    private static AddressType address(PostalAddress source) {
        AddressType address = new AddressType();
        if (source.street() != null) {
            address.setStreetName(source.street());
        }
        if (source.additionalStreet() != null) {
            address.setAdditionalStreetName(source.additionalStreet());
        }
        if (source.city() != null) {
            address.setCityName(source.city());
        }
        if (source.postalCode() != null) {
            address.setPostalZone(source.postalCode());
        }
        CountryType country = new CountryType();
        country.setIdentificationCode(source.countryCode());
        address.setCountry(country);
        return address;
    }

    private static PartyTaxSchemeType taxRegistration(String companyId, String scheme) {
        PartyTaxSchemeType registration = new PartyTaxSchemeType();
        registration.setCompanyID(companyId);
        registration.setTaxScheme(taxScheme(scheme));
        return registration;
    }

    private static PartyLegalEntityType legalEntity(InvoiceParty source) {
        PartyLegalEntityType entity = new PartyLegalEntityType();
        entity.setRegistrationName(source.name());
        if (source.organisationNumber() != null) {
            CompanyIDType companyId = new CompanyIDType(InvoiceParty.digits(source.organisationNumber()));
            companyId.setSchemeID(InvoiceParty.SWEDISH_ORGANISATION_SCHEME);
            entity.setCompanyID(companyId);
        }
        return entity;
    }

    private static List<PaymentMeansType> paymentMeans(Invoice invoice) {
        Seller seller = invoice.seller();
        List<PaymentMeansType> means = new ArrayList<>();
        if (seller.bankgiro() != null) {
            means.add(creditTransfer(invoice, seller.bankgiroDigits(), "SE:BANKGIRO"));
        }
        if (seller.iban() != null) {
            means.add(creditTransfer(invoice, seller.iban(), seller.bic()));
        }
        return means;
    }

    private static PaymentMeansType creditTransfer(Invoice invoice, String account, String branch) {
        PaymentMeansType means = new PaymentMeansType();
        means.setPaymentMeansCode(CREDIT_TRANSFER);
        // the invoice number is what the payer quotes, so the payment can be matched to the invoice
        means.addPaymentID(new PaymentIDType(invoice.number()));
        FinancialAccountType payee = new FinancialAccountType();
        payee.setID(account);
        if (branch != null) {
            BranchType institution = new BranchType();
            institution.setID(branch);
            payee.setFinancialInstitutionBranch(institution);
        }
        means.setPayeeFinancialAccount(payee);
        return means;
    }

    private static TaxTotalType taxTotal(InvoiceTotals totals, Seller seller) {
        TaxTotalType total = new TaxTotalType();
        total.setTaxAmount(amount(new TaxAmountType(), totals.vatTotal()));
        for (InvoiceTotals.VatBreakdown rate : totals.vat()) {
            TaxSubtotalType subtotal = new TaxSubtotalType();
            subtotal.setTaxableAmount(amount(new TaxableAmountType(), rate.taxable()));
            subtotal.setTaxAmount(amount(new TaxAmountType(), rate.vat()));
            TaxCategoryType category = taxCategory(rate.ratePerMille());
            if (rate.ratePerMille() == 0) {
                category.addTaxExemptionReason(new TaxExemptionReasonType(seller.vatExemptionReason()));
            }
            subtotal.setTaxCategory(category);
            total.addTaxSubtotal(subtotal);
        }
        return total;
    }

    private static MonetaryTotalType monetaryTotal(InvoiceTotals totals) {
        MonetaryTotalType monetary = new MonetaryTotalType();
        monetary.setLineExtensionAmount(amount(new LineExtensionAmountType(), totals.net()));
        monetary.setTaxExclusiveAmount(amount(new TaxExclusiveAmountType(), totals.net()));
        monetary.setTaxInclusiveAmount(amount(new TaxInclusiveAmountType(), totals.total()));
        monetary.setPayableAmount(amount(new PayableAmountType(), totals.total()));
        return monetary;
    }

    private static ItemType item(InvoiceLine line) {
        ItemType item = new ItemType();
        item.setName(line.description());
        item.addClassifiedTaxCategory(taxCategory(line.vatRatePerMille()));
        return item;
    }

    private static PriceType price(InvoiceLine line) {
        PriceType price = new PriceType();
        price.setPriceAmount(amount(new PriceAmountType(), line.unitPrice()));
        return price;
    }

    private static TaxCategoryType taxCategory(int ratePerMille) {
        TaxCategoryType category = new TaxCategoryType();
        category.setID(InvoiceTotals.category(ratePerMille));
        category.setPercent(InvoiceTotals.percent(ratePerMille));
        category.setTaxScheme(taxScheme("VAT"));
        return category;
    }

    private static TaxSchemeType taxScheme(String id) {
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID(id);
        return scheme;
    }

    private static <T extends AmountType> T amount(T amount, Money money) {
        amount.setValue(BigDecimal.valueOf(money.ore(), 2));
        amount.setCurrencyID(CURRENCY);
        return amount;
    }
}
