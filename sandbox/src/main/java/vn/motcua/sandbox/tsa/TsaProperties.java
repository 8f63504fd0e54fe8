package vn.motcua.sandbox.tsa;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The policy under which the time-stamping authority issues its tokens ({@code sandbox.tsa.*}). */
@ConfigurationProperties("sandbox.tsa")
record TsaProperties(@DefaultValue(TsaProperties.DEFAULT_POLICY) String policy) {

    static final String DEFAULT_POLICY = "1.3.6.1.4.1.99999.1.1";
}
