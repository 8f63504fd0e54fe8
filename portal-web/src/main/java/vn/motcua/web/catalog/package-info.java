/** A procedure's public page: legal basis, documents, fee, deadline, agency, online level. */
package vn.motcua.web.catalog;
