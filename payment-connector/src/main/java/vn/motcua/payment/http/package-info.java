/** HTTP adapter of the payment platform's port: signed requests, checksum-verified answers and notifications. */
package vn.motcua.payment.http;
