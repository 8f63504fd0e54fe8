/** The agency inbox: tasks offered to the staff member's agency and role, and the leader's approval. */
package vn.motcua.web.inbox;
