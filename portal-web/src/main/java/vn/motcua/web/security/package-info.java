/**
 * Login through the e-ID provider (OpenID Connect), roles from its claims, the rules of every route, and refusals
 * explained on the error page.
 */
package vn.motcua.web.security;
