package vn.motcua.web.authoring;

import vn.motcua.cases.authoring.NewProcedure;

record NewProcedureForm(String code, String name, String field, String onlineLevel) {

    NewProcedure toCommand() {
        return new NewProcedure(code, name, field, onlineLevel);
    }
}
