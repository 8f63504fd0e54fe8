/** The LGSP gateway stand-in: client-credentials tokens and the checks every API call passes (token, headers). */
package vn.motcua.sandbox.gateway;
