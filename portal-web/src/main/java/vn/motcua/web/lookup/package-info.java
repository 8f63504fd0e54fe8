/** The public dossier lookup page, its form and the per-address limit on lookups. */
package vn.motcua.web.lookup;
