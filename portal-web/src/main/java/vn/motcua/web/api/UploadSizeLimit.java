package vn.motcua.web.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal refuses attachments over its own limits with a problem (413). Above the servlet container's multipart
 * limit, which is set higher, the container would refuse the request while parsing it, before any API code runs and
 * with the verification page's HTML; this filter answers such an upload from its declared length instead.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiUploadSizeLimit(
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest, ApiProblems problems,
            JsonMapper json) {
        long limit = Math.min(maxFile.toBytes(), maxRequest.toBytes());
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/attachments")
                        && declaredLength(request) > limit) {
                    ProblemDetail detail = problems.of(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE",
                            "api.upload.tooLarge").getBody();
                    Map<String, Object> problem = new LinkedHashMap<>();
                    problem.put("type", detail.getType() == null ? "about:blank" : detail.getType().toString());
                    problem.put("title", detail.getTitle());
                    problem.put("status", detail.getStatus());
                    problem.put("detail", detail.getDetail());
                    problem.put("instance", request.getRequestURI());
                    problem.put("code", "REQUEST_TOO_LARGE");
                    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
                    response.setContentType(OpenApiConfiguration.PROBLEM);
                    response.setCharacterEncoding("UTF-8");
                    response.setHeader("Connection", "close");
                    json.writeValue(response.getOutputStream(), problem);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/v1/drafts/*");
        registration.setName("apiUploadSizeLimit");
        return registration;
    }

    /** The request's declared length, from its header (a chunked request has none and is left to the container). */
    private static long declaredLength(HttpServletRequest request) {
        String header = request.getHeader("Content-Length");
        try {
            return header == null ? request.getContentLengthLong() : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
