/** REST API v1 for the mobile channel: bearer tokens from the e-ID provider, the same ownership rules as the pages. */
package vn.motcua.web.api;
