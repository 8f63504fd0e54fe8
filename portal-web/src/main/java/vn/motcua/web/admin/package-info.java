/** Administration: the register of issued documents and their revocation. */
package vn.motcua.web.admin;
