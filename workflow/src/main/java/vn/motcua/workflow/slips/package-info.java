/** Slips 01, 02 and 06 issued after the dossier's transitions: rendered, signed, stored and registered once each. */
package vn.motcua.workflow.slips;
