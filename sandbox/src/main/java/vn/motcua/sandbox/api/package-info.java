/** What the stand-in APIs share: their stateless security chain and their JSON error answers. */
package vn.motcua.sandbox.api;
