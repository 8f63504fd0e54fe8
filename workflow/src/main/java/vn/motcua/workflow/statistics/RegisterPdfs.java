package vn.motcua.workflow.statistics;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.statistics.DossierRegister;
import vn.motcua.cases.statistics.RegisterEntry;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.templates.DossierRegisterSlip;
import vn.motcua.documents.templates.RegisterLine;
import vn.motcua.documents.templates.Templates;
import vn.motcua.workflow.issuance.DocumentId;
import vn.motcua.workflow.issuance.DocumentProperties;
import vn.motcua.workflow.issuance.Issuance;
import vn.motcua.workflow.issuance.ReportRequest;

/**
 * Slip 07 on demand: the register of an agency for a period, signed with the agency's key and time-stamped through
 * the {@link Issuance issuer}. It is a report, produced again whenever asked, so it is neither stored nor entered in
 * the register of issued documents; its QR code leads to the statistics page it came from. Its id (handed to the
 * signer) derives from the agency and the period.
 */
@Service
public class RegisterPdfs {

    static final String SIGNATORY_TITLE = "NGƯỜI LẬP SỔ";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DossierRegister register;
    private final Agencies agencies;
    private final Issuance issuer;
    private final DocumentProperties properties;
    private final MessageSource messages;

    RegisterPdfs(DossierRegister register, Agencies agencies, Issuance issuer, DocumentProperties properties,
            MessageSource messages) {
        this.register = register;
        this.agencies = agencies;
        this.issuer = issuer;
        this.properties = properties;
        this.messages = messages;
    }

    /**
     * The signed register of the agency from one day to another.
     *
     * @param pagePath the path of the statistics page the register was asked from, for its QR code
     * @return the signed PDF, or nothing for an unknown agency
     */
    public Optional<byte[]> issue(String agencyCode, LocalDate from, LocalDate to, String signerName,
            String pagePath) {
        Optional<Agency> found = agencies.findByCode(agencyCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Agency agency = found.get();
        DossierRegister.Register entries = register.of(agency.code(), from, to);
        String url = UriComponentsBuilder.fromUriString(properties.publicBaseUrl() + pagePath)
                .queryParam("from", from).queryParam("to", to).queryParam("agency", agency.code()).toUriString();
        return Optional.of(issuer.sign(new ReportRequest(DocumentId.of("register", agency.code(), from, to),
                agency.code(), agency.code() + "/STHS", new Signatory(SIGNATORY_TITLE, signerName), url,
                header -> Templates.render(new DossierRegisterSlip(header, from, to,
                        entries.entries().stream().map(this::line).toList(), entries.total())))));
    }

    private RegisterLine line(RegisterEntry entry) {
        return new RegisterLine(entry.code(), entry.applicantName(), entry.procedureName(), entry.receivedAt(),
                entry.dueAt(), entry.finishedAt(), messages.getMessage(entry.status().messageKey(), null, VIETNAMESE),
                RegisterLine.Outcome.valueOf(entry.timeliness().name()));
    }
}
