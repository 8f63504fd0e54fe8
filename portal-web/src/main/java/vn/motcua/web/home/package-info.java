/** The home page: the catalogue's search form, the procedures citizens can file, and the dossier lookup. */
package vn.motcua.web.home;
