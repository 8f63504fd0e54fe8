/** The catalogue of procedures (search and filters) and a procedure's public page. */
package vn.motcua.web.catalog;
