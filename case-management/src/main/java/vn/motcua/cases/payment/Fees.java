package vn.motcua.cases.payment;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.procedure.ProcedureVersion;

/** Reckons the fee of a dossier from its procedure version (type, amount, per copy) and the version's fee rule. */
@Service
public class Fees {

    private final FeeRuleRepository rules;

    Fees(FeeRuleRepository rules) {
        this.rules = rules;
    }

    /** The fee the dossier owes, from the version it was filed under and its form values. */
    @Transactional(readOnly = true)
    public FeeAssessment assess(Dossier dossier) {
        return assess(dossier.procedureVersion(), dossier.formData());
    }

    @Transactional(readOnly = true)
    public FeeAssessment assess(ProcedureVersion version, Map<String, Object> formData) {
        FeeRule rule = rules.findById(version.id()).orElseGet(() -> FeeRule.none(version.id()));
        return assess(version, rule, formData);
    }

    static FeeAssessment assess(ProcedureVersion version, FeeRule rule, Map<String, Object> formData) {
        int copies = version.feePerCopy() ? rule.copies(formData) : 1;
        boolean exempt = rule.exempts(formData);
        long amount = exempt || version.feeType() == null ? 0 : version.feeFor(copies);
        return new FeeAssessment(version.feeType(), version.feeAmount(), copies, amount, exempt, rule.refundable());
    }
}
