/** The agency inbox: tasks offered to the staff member's agency and role, the specialist's review and the leader's approval. */
package vn.motcua.web.inbox;
