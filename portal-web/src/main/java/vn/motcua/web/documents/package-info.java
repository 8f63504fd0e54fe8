/** The signed slips and results of a dossier, listed on its pages and downloaded by its owner or its agency's staff. */
package vn.motcua.web.documents;
