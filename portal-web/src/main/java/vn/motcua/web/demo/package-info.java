/** The demo run: starts the sandbox's stand-ins in the portal's JVM, reached over HTTP like the real systems. */
package vn.motcua.web.demo;
