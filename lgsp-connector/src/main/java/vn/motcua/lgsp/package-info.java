/** Port to the city's LGSP gateway and the national databases behind it: the API the portal codes against. */
package vn.motcua.lgsp;
