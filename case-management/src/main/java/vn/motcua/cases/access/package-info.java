/** The personal-data access log: who read or sent whose personal data, why, and with what outcome; append-only and hash-chained. */
package vn.motcua.cases.access;
