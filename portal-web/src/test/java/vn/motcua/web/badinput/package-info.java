/** The bad-input corpus run against every state-changing form and API endpoint: no 5xx, no leak, no half-saved state. */
package vn.motcua.web.badinput;
