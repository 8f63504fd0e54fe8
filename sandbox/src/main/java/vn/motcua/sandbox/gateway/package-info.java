/** The LGSP gateway stand-in: client-credentials tokens, the checks every API call passes (token, headers), its journal. */
package vn.motcua.sandbox.gateway;
