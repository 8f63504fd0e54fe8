package vn.motcua.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

import vn.motcua.web.security.PortalUser;

/** The citizen an access token speaks for, shaped like a browser login's, for prefill and submission. */
final class ApiCitizens {

    private static final String HIGH_ACR = "eid-high";

    private ApiCitizens() {
    }

    static PortalUser of(Jwt token) {
        LocalDate birthDate = null;
        String birthdate = token.getClaimAsString("birthdate");
        if (birthdate != null) {
            try {
                birthDate = LocalDate.parse(birthdate);
            } catch (DateTimeParseException e) {
                // left out: the population database is the source of the birth date anyway
            }
        }
        return new PortalUser(token.getSubject(), token.getClaimAsString("name"), true, birthDate,
                token.getClaimAsString("gender"), null, Set.of(), HIGH_ACR.equals(token.getClaimAsString("acr")));
    }
}
