/** Administrator pages for procedures: the list, drafts of versions with their details and forms, preview and publication. */
package vn.motcua.web.authoring;
