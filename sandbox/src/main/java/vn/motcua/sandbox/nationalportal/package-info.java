/** The national public-service portal stand-in: receives the sync records of dossiers, once per record id. */
package vn.motcua.sandbox.nationalportal;
