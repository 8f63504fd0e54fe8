/**
 * The operator's view: the management port's security, health of the portal's parts, business figures as metrics, and
 * the trace context for the calls made without Spring's observed HTTP clients.
 */
package vn.motcua.web.operations;
