package vn.motcua.workflow.prefill;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.motcua.cases.form.FormProblem;
import vn.motcua.cases.form.NationalCheck;
import vn.motcua.cases.form.NationalChecks;
import vn.motcua.lgsp.BusinessRegistry;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.NameAvailability;

/**
 * The national checks of form fields, over the LGSP: a business name already in the business registry is refused next
 * to the field. When the registry cannot answer, the citizen goes on and the desk clerk checks the name; an
 * application without the registry (e.g. this module's tests) checks nothing.
 */
@Component
class BusinessRegistryChecks implements NationalChecks {

    private static final Logger LOG = LoggerFactory.getLogger(BusinessRegistryChecks.class);

    private final ObjectProvider<BusinessRegistry> registries;

    BusinessRegistryChecks(ObjectProvider<BusinessRegistry> registries) {
        this.registries = registries;
    }

    @Override
    public Optional<FormProblem> check(NationalCheck check, String path, String value, String requestingUnit,
            String purpose) {
        BusinessRegistry registry = registries.getIfAvailable();
        if (registry == null) {
            return Optional.empty();
        }
        try {
            return switch (check) {
                case BUSINESS_NAME_AVAILABLE -> {
                    NameAvailability answer = registry.checkName(value, new LgspContext(requestingUnit, null, purpose));
                    yield answer.available() ? Optional.empty()
                            : Optional.of(new FormProblem(path, "form.check.businessNameTaken", List.of(value)));
                }
            };
        }
        catch (LgspException e) {
            LOG.warn("Business name of {} not checked: {} ({})", purpose, e.kind(), e.getMessage());
            return Optional.empty();
        }
    }
}
