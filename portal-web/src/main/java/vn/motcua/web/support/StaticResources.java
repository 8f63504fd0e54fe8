package vn.motcua.web.support;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The portal's static files, under names that carry a hash of their content. Pages link to {@code /css/portal.css} and
 * Spring's {@code ResourceUrlEncodingFilter} writes {@code /css/portal-<md5>.css}; the hash of each file is computed on
 * its first use and kept (the resource chain's cache), so a page costs no file lookup. A hashed name is served as
 * immutable for a year: a new version of the file has a new name. The plain name still answers, to be revalidated on
 * every use. WebJars carry their version in their path and are served for a year too.
 * <p>
 * Only these paths are resource paths. With Spring Boot's catch-all mapping ({@code /**}) every link of every page
 * ({@code /procedures/…}, {@code /lookup}…) was looked up as a classpath file, in vain and on every request, inside the
 * nested jar: most of a page's CPU. Hence {@code spring.web.resources.add-mappings=false}.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** How long a browser or a proxy keeps a file whose name carries its version. */
    static final Duration VERSIONED_LIFETIME = Duration.ofDays(365);
    /** The portal's own static directories, under {@code classpath:/static/}. */
    static final List<String> DIRECTORIES = List.of("css", "js");
    /**
     * A file name with the content hash (32 hexadecimal digits of MD5) that {@link VersionResourceResolver}'s content
     * strategy puts in it. A path pattern's expression cannot hold a slash, hence the explicit name characters.
     */
    private static final String HASHED_NAME = "{file:[\\w.-]+-[0-9a-f]{32}\\.[a-z0-9]+}";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl immutable = CacheControl.maxAge(VERSIONED_LIFETIME).cachePublic().immutable();
        for (String directory : DIRECTORIES) {
            String location = "classpath:/static/" + directory + "/";
            registry.addResourceHandler("/" + directory + "/" + HASHED_NAME).addResourceLocations(location)
                    .setCacheControl(immutable).resourceChain(true).addResolver(contentHashes());
            registry.addResourceHandler("/" + directory + "/**").addResourceLocations(location)
                    .setCacheControl(CacheControl.noCache()).resourceChain(true).addResolver(contentHashes());
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(immutable).resourceChain(true);
    }

    private static VersionResourceResolver contentHashes() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }
}
