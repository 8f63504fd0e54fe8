/** The national population database stand-in: a generated, deterministic data set and its API behind the gateway. */
package vn.motcua.sandbox.population;
