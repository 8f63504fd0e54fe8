/** The one way to issue an official document: deterministic id, rendered and signed outside the transaction, stored and registered in one short one. */
package vn.motcua.workflow.issuance;
