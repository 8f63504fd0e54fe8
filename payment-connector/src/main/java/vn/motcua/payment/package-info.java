/** Port to the payment platform (PayGov-like): the API the portal codes against, its records and its errors. */
package vn.motcua.payment;
