/** The one-stop desk: the intake queue of the clerk's agency, acceptance of dossiers and fees paid at the desk. */
package vn.motcua.web.desk;
