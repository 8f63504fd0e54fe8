/** Dossiers (hồ sơ): filing, codes, national statuses and the transitions between them. */
package vn.motcua.cases.dossier;
