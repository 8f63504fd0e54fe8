package vn.motcua.web.lookup;

import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.cases.audit.SecurityEvent.Kind;
import vn.motcua.cases.lookup.DossierProgress;
import vn.motcua.cases.lookup.PublicLookup;
import vn.motcua.web.security.SecurityAuditing;
import vn.motcua.web.support.AddressThrottle;
import vn.motcua.web.support.FormValidation;

/**
 * Anyone may see a dossier's progress with its code and the last four digits of its applicant's identity number.
 * A wrong pair gets the same answer as an unknown code; every lookup is audited and each client address is limited.
 */
@Controller
class LookupController {

    static final String VIEW = "lookup/lookup";
    static final String LIMITED_VIEW = "lookup/limited";

    private final PublicLookup lookup;
    private final AddressThrottle throttle;
    private final SecurityAuditing auditing;
    private final FormValidation validation;

    LookupController(PublicLookup lookup, AddressThrottle throttle, SecurityAuditing auditing,
            jakarta.validation.Validator validator) {
        this.lookup = lookup;
        this.throttle = throttle;
        this.auditing = auditing;
        this.validation = new FormValidation(validator);
    }

    @GetMapping("/lookup")
    String lookup(@ModelAttribute("form") LookupForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!form.sent()) {
            return VIEW;
        }
        // checked only once sent: the page opened without a form shows no errors
        validation.validate(form, errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        if (!throttle.allow("lookup", request.getRemoteAddr())) {
            auditing.record(Kind.RATE_LIMITED, request, "lookup " + form.code());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(AddressThrottle.PERIOD.toSeconds()));
            model.addAttribute("perMinute", throttle.perMinute());
            return LIMITED_VIEW;
        }
        Optional<DossierProgress> progress = lookup.find(form.code(), form.lastFour());
        // The digits are part of an identity number: the trail keeps the code only.
        if (progress.isPresent()) {
            auditing.record(Kind.PUBLIC_LOOKUP, request, "found " + form.code());
            model.addAttribute("progress", progress.get());
        } else {
            auditing.record(Kind.OBJECT_REFUSED, request, "lookup " + form.code());
            model.addAttribute("notFound", true);
        }
        return VIEW;
    }
}
