/** The one issuer of official documents: deterministic ids, signed outside the transaction, stored in a short one. */
package vn.motcua.workflow.issuance;
