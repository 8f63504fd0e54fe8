/** Statistics pages for administrators (every agency) and leaders (their agency), exports and the dossier register. */
package vn.motcua.web.statistics;
