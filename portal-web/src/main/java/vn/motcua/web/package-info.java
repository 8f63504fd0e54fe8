/** The portal application: security, pages for citizens and staff, configuration; assembles the other modules. */
package vn.motcua.web;
