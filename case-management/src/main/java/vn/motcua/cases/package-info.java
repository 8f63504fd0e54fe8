/** The domain of the portal: procedures, dossiers, the legal clock and stored files. */
package vn.motcua.cases;
