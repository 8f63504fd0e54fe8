/**
 * A test-only probe: a class placed in case-management's {@code clock} feature package that uses the {@code dossier}
 * feature, an arrow the feature rules do not declare (and, as {@code dossier} uses {@code clock}, a cycle), so that
 * {@code ArchitectureTest} can show the real rules rejecting it. Production checks exclude test classes.
 */
package vn.motcua.cases.clock.archprobe;
