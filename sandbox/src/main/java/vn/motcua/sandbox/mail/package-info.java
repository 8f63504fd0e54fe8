/** The mail gateway's stand-in: an SMTP server (GreenMail) whose inbox is listed at /sandbox/mail. */
package vn.motcua.sandbox.mail;
