/** Who accessed whose personal data: the citizen's own view of the access log, and the administrators' search and chain check. */
package vn.motcua.web.dataaccess;
