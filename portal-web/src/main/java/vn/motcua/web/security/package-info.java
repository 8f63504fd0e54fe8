/** Login through the e-ID provider (OpenID Connect), roles from its claims, and the rules of every route. */
package vn.motcua.web.security;
