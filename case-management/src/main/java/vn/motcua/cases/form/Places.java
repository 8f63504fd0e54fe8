package vn.motcua.cases.form;

import java.util.Optional;

/** The administrative units an address field may name: provinces and their wards. */
public interface Places {

    /** The province's name, if the code is a province. */
    Optional<String> provinceName(String provinceCode);

    /** The ward's name, if the code is a ward of that province. */
    Optional<String> wardName(String wardCode, String provinceCode);
}
