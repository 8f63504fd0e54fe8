package vn.motcua.web.citizen;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.motcua.web.support.FormText;

/** The applicant's explicit confirmation (the box sends {@code yes}) and the withdrawal's optional reason. */
record WithdrawalForm(
        @NotNull(message = "{withdraw.confirm.required}") @Pattern(regexp = "yes", message = "{withdraw.confirm.required}") String confirm,
        @FormText(max = WithdrawalController.MAX_REASON) String reason) {
}
