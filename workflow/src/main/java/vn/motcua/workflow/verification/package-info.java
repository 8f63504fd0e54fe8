/** Checks, after filing, the applicants whose identity the population database could not confirm at filing. */
package vn.motcua.workflow.verification;
