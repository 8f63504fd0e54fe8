/**
 * Staff-side load: the clerk's desk acceptance, the specialist's review and the leader's approval, each as a browser
 * does it (e-ID login, the dossier page, its form), with a ledger of the actions the portal acknowledged.
 */
package vn.motcua.load.staff;
