/** Citizen identity numbers (số định danh cá nhân): format and consistency with birth year and gender. */
package vn.motcua.cases.identity;
