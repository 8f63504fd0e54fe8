/** Fault injection into the stand-in APIs (latency, errors, outages), switchable at run time. */
package vn.motcua.sandbox.fault;
