/** The public dossier lookup: a dossier's progress by its code and the last digits of its owner's identity number. */
package vn.motcua.cases.lookup;
