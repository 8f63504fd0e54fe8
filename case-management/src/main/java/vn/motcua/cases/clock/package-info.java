/** The legal clock: working days, the holiday calendar and due dates. */
package vn.motcua.cases.clock;
