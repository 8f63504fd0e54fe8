package vn.motcua.workflow.deadline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadline scanner.
 *
 * @param scanInterval how often it looks for steps to warn about and dossiers that turned overdue; 0 switches it off
 *                     (tests call {@code scan()} themselves)
 * @param batchSize    how many of each it handles per round
 */
@ConfigurationProperties("motcua.deadline")
public record DeadlineProperties(@DefaultValue("1m") Duration scanInterval, @DefaultValue("200") int batchSize) {
}
