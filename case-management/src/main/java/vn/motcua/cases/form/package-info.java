/** Filing forms defined as data: steps, fields of several types, labels in two languages, and their validation. */
package vn.motcua.cases.form;
