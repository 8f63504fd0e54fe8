/** The linked procedure HCM.LT.01: the calls to the population database and social insurance its process makes. */
package vn.motcua.workflow.interagency;
