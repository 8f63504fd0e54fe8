/** The administrators' audit log page: staff actions, administrators' changes, logins and personal-data access. */
package vn.motcua.web.audit;
