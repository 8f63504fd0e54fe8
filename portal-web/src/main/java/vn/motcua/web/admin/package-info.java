/** Administration: the register of issued documents and their revocation, the national-portal sync backlog. */
package vn.motcua.web.admin;
