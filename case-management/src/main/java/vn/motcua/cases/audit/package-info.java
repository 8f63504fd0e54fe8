/** The security audit trail: who logged in, who failed to, and which requests were refused. */
package vn.motcua.cases.audit;
