/** Statistics of dossiers per agency, procedure and period, from a summary kept up to date incrementally; the dossier register. */
package vn.motcua.cases.statistics;
