/** The citizen's side: filing a dossier with a prefilled form, following it, downloading the result. */
package vn.motcua.web.citizen;
