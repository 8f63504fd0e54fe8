package vn.motcua.web.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description of REST API v1, served publicly at {@value #DOCUMENT}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String DOCUMENT = "/api/v1/openapi.json";
    static final String BEARER = "eid-bearer";

    @Bean
    OpenAPI motcuaApi() {
        return new OpenAPI()
                .info(new Info().title("Một Cửa — REST API v1").version("v1")
                        .description("Hồ sơ của công dân cho ứng dụng di động. Mọi yêu cầu mang access token của "
                                + "VNeID (Bearer, JWT) cấp cho audience motcua-mobile; phạm vi dossiers.read để đọc, "
                                + "dossiers.write để thao tác. Hồ sơ của người khác được trả lời 404 như hồ sơ không "
                                + "tồn tại. Lỗi theo RFC 9457 (application/problem+json), trường detail bằng tiếng Việt."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token của nhà cung cấp định danh điện tử (VNeID)")));
    }
}
