/** Administrative procedures and their published versions (form rules, fee, deadline, legal basis). */
package vn.motcua.cases.procedure;
