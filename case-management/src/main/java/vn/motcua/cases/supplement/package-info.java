/** Supplements (status 5): the desk's request for missing items and the applicant's answer with files. */
package vn.motcua.cases.supplement;
