/** The process picture of a dossier for the staff of its agency: the diagram as PNG and its steps as text. */
package vn.motcua.web.diagram;
