/** The portal's database: Flyway migrations (under db/migration) and the embedded PostgreSQL of the demo run and the tests. */
package vn.motcua.db;
