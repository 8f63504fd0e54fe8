package vn.motcua.cases.draft;

/** Port: whether dossiers of a process can be routed now, i.e. the process is deployed. */
@FunctionalInterface
public interface ProcessAvailability {

    boolean isRoutable(String processKey);
}
