/** Administrator pages for staff: which agency each account works for and which roles it holds. */
package vn.motcua.web.staff;
