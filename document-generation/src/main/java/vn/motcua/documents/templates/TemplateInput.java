package vn.motcua.documents.templates;

/** What every template's input has: the document header and the dossier the document belongs to. */
public sealed interface TemplateInput permits ReceiptSlip, SupplementRequestSlip, RefusalSlip, ApologySlip,
        StopProcessingSlip, ControlSlip, CivilStatusExtractCopy, BirthRegistrationExtract, ResidenceConfirmation,
        HealthInsuranceCardNotice, HouseholdBusinessCertificate, FeeReceipt {

    /** @return issuer, number, place, date, signatory and verification URL */
    DocumentHeader header();

    /** @return the code of the dossier the document belongs to */
    String dossierCode();
}
