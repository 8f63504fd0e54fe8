/** HTTP adapter of the LGSP ports: client-credentials token, request headers, error mapping, JSON payloads. */
package vn.motcua.lgsp.http;
