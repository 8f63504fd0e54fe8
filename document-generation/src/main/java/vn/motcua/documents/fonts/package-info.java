/** The embedded DejaVu Serif Condensed fonts (Vietnamese coverage, Identity-H) for pages and signature appearances. */
package vn.motcua.documents.fonts;
