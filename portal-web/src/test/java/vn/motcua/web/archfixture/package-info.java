/** A deliberately broken pair of "modules" that the architecture rules must reject. */
package vn.motcua.web.archfixture;
