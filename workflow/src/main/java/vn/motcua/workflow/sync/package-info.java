/** Synchronises every dossier status change to the national public-service portal through a transactional outbox. */
package vn.motcua.workflow.sync;
