/**
 * What the stand-in APIs share: their stateless security chain, their JSON error answers and the journal of the calls
 * they answered.
 */
package vn.motcua.sandbox.api;
