/** What every page shares: language, dates in Vietnam's time zone, error pages without internals. */
package vn.motcua.web.support;
