/** Agencies that receive and handle dossiers. */
package vn.motcua.cases.agency;
