package vn.motcua.cases.clock;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A user task's share of its procedure version's deadline, in percent. */
@Entity
@Table(name = "step_budget")
@IdClass(StepBudget.Key.class)
class StepBudget {

    record Key(Long procedureVersionId, String taskKey) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "procedure_version_id")
    private Long procedureVersionId;

    @Id
    @Column(name = "task_key")
    private String taskKey;

    @Column(name = "share_percent")
    private int sharePercent;

    protected StepBudget() {
    }

    int sharePercent() {
        return sharePercent;
    }
}
