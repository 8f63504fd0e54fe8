/** The social-insurance stand-in: issues health-insurance card numbers to children under six. */
package vn.motcua.sandbox.insurance;
