/**
 * The project's load tests: Gatling simulations (Java DSL) that drive a running portal over HTTP as its users do.
 */
package vn.motcua.load;
