package vn.motcua.cases.supplement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many working days an applicant is given to answer a supplement request. */
@ConfigurationProperties("motcua.supplement")
public record SupplementProperties(Integer answerWorkingDays) {

    public SupplementProperties {
        if (answerWorkingDays == null) {
            answerWorkingDays = 5;
        }
        if (answerWorkingDays < 1) {
            throw new IllegalArgumentException("motcua.supplement.answer-working-days must be at least 1");
        }
    }
}
