package vn.motcua.cases.clock.archprobe;

import vn.motcua.cases.dossier.DossierStatus;

/** The legal clock reaching into the dossier: the arrow between feature packages that the rules forbid. */
public class ClockUsingDossier {

    public String statusName(DossierStatus status) {
        return status.name();
    }
}
