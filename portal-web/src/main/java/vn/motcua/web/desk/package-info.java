/** The one-stop desk: the intake queue of the clerk's agency and acceptance of dossiers. */
package vn.motcua.web.desk;
