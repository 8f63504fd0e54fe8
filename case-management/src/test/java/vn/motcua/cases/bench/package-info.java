/** Benchmarks of the case-management module, run by hand; they measure and print, they are not tests. */
package vn.motcua.cases.bench;
