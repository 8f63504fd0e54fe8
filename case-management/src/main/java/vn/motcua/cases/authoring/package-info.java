/** Procedure authoring: drafts of procedure versions, their forms edited field by field, and their publication. */
package vn.motcua.cases.authoring;
