/** The portal's record of staff accounts: the agency each works for, the roles each holds, whether it is active. */
package vn.motcua.cases.staff;
