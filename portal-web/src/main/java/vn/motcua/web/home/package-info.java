/** The home page: what the portal offers and the procedures citizens can file. */
package vn.motcua.web.home;
