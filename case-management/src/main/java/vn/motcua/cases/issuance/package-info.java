/** The register of signed documents the portal issued, looked up by QR id or hash, and their revocation. */
package vn.motcua.cases.issuance;
