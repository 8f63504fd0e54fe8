/** Jobs that exhausted their retries (the dead-letter list): what failed, why, and moving them back to run again. */
package vn.motcua.workflow.deadletter;
