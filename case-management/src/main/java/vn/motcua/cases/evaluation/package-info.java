/** The applicant's rating of the service once the result exists: 1 to 5 with an optional comment, once per dossier. */
package vn.motcua.cases.evaluation;
