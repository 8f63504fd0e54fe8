package vn.motcua.web.api;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description of REST API v1, served publicly at {@value #DOCUMENT}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String DOCUMENT = "/api/v1/openapi.json";
    static final String BEARER = "eid-bearer";
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";

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

    /**
     * Every error response is a problem (RFC 9457) with the portal's {@code code}; operations that need a token also
     * answer 401 without one and 403 without the scope or the e-ID level.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                    addIfMissing(operation, "401", "Thiếu access token hoặc token không hợp lệ");
                    addIfMissing(operation, "403", "Token thiếu phạm vi cần thiết, không phải của công dân, hoặc "
                            + "tài khoản định danh chưa đạt mức 2 (với thao tác nộp hồ sơ)");
                }
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        response.setContent(new Content().addMediaType(PROBLEM, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
                    }
                });
            }));
        };
    }

    private static void addIfMissing(Operation operation, String status, String description) {
        if (!operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description));
        }
    }

    private static Schema<?> problemSchema() {
        ObjectSchema valueProblem = new ObjectSchema();
        valueProblem.setProperties(new java.util.LinkedHashMap<>(Map.of("path", new StringSchema(), "code",
                new StringSchema(), "message", new StringSchema())));
        ObjectSchema problem = new ObjectSchema();
        problem.description("Problem details (RFC 9457); detail bằng tiếng Việt, code ổn định để ứng dụng xử lý");
        problem.addProperty("type", new StringSchema());
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("code", new StringSchema().description("Mã lỗi ổn định, ví dụ IDEMPOTENCY_CONFLICT"));
        problem.addProperty("problems", new ArraySchema().items(valueProblem)
                .description("Với hồ sơ chưa đầy đủ: từng trường sai"));
        problem.addProperty("dossierId", new StringSchema().format("uuid")
                .description("Với bản nháp đã nộp: hồ sơ tương ứng"));
        return problem;
    }
}
