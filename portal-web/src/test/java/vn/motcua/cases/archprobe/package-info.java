/**
 * A test-only probe: a class placed in the case-management package that uses the workflow, so that
 * {@code ArchitectureTest} can show the real rule rejecting that arrow. Production checks exclude test classes.
 */
package vn.motcua.cases.archprobe;
