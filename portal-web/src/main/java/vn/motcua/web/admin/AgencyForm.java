package vn.motcua.web.admin;

import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.agency.AgencyDetails;

/** An agency as the page posts it; the code only when it is created. */
record AgencyForm(String code, String name, String superiorName, String parentCode, String place) {

    AgencyDetails toDetails() {
        return new AgencyDetails(code, name, superiorName, parentCode, place);
    }

    static AgencyForm of(Agency agency) {
        return new AgencyForm(agency.code(), agency.name(), agency.superiorName(),
                agency.parentCode() == null ? "" : agency.parentCode(), agency.place());
    }

    static AgencyForm blank() {
        return new AgencyForm("", "", "", "", "");
    }
}
