/**
 * The operator's view: the management port's security, health of the portal's parts, business figures as metrics.
 */
package vn.motcua.web.operations;
