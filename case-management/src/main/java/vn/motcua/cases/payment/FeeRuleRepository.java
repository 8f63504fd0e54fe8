package vn.motcua.cases.payment;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeeRuleRepository extends JpaRepository<FeeRule, Long> {
}
