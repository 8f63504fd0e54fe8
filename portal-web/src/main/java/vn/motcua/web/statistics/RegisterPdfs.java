package vn.motcua.web.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.statistics.DossierRegister;
import vn.motcua.cases.statistics.RegisterEntry;
import vn.motcua.documents.DocumentIssuer;
import vn.motcua.documents.IssuingAuthority;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.templates.DocumentHeader;
import vn.motcua.documents.templates.DossierRegisterSlip;
import vn.motcua.documents.templates.RegisterLine;
import vn.motcua.documents.templates.Templates;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.result.ResultProperties;

/**
 * Slip 07 on demand: the register of an agency for a period, signed with the agency's key and time-stamped. It is a
 * report, produced again whenever asked, so it is neither stored nor entered in the register of issued documents; its
 * QR code leads to the statistics page it came from.
 */
@Component
class RegisterPdfs {

    static final String SIGNATORY_TITLE = "NGƯỜI LẬP SỔ";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DossierRegister register;
    private final Agencies agencies;
    private final DocumentIssuer issuer;
    private final ResultProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    RegisterPdfs(DossierRegister register, Agencies agencies, DocumentIssuer issuer, ResultProperties properties,
            MessageSource messages, Clock clock) {
        this.register = register;
        this.agencies = agencies;
        this.issuer = issuer;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException for an unknown agency
     */
    byte[] issue(String agencyCode, LocalDate from, LocalDate to, String signerName, String pagePath) {
        Agency agency = agencies.findByCode(agencyCode).orElseThrow(NotFoundException::new);
        DossierRegister.Register entries = register.of(agency.code(), from, to);
        String url = UriComponentsBuilder.fromUriString(properties.publicBaseUrl() + pagePath)
                .queryParam("from", from).queryParam("to", to).queryParam("agency", agency.code()).toUriString();
        DocumentHeader header = new DocumentHeader(
                new IssuingAuthority(agency.superiorName(), agency.name(), agency.code()),
                agency.code() + "/STHS", agency.place(), LocalDate.now(clock.withZone(LegalClock.ZONE)),
                new Signatory(SIGNATORY_TITLE, signerName), url);
        DossierRegisterSlip slip = new DossierRegisterSlip(header, from, to,
                entries.entries().stream().map(this::line).toList(), entries.total());
        return issuer.issue(Templates.render(slip), agency.code()).content();
    }

    private RegisterLine line(RegisterEntry entry) {
        return new RegisterLine(entry.code(), entry.applicantName(), entry.procedureName(), entry.receivedAt(),
                entry.dueAt(), entry.finishedAt(), messages.getMessage(entry.status().messageKey(), null, VIETNAMESE),
                RegisterLine.Outcome.valueOf(entry.timeliness().name()));
    }
}
