package vn.motcua.cases.clock;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StepBudgets extends Repository<StepBudget, StepBudget.Key> {

    Optional<StepBudget> findByProcedureVersionIdAndTaskKey(Long procedureVersionId, String taskKey);
}
