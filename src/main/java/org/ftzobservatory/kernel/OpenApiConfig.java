package org.ftzobservatory.kernel;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    /**
     * The schema must describe the wire format: the API reads and writes snake_case (spring.jackson
     * .property-naming-strategy), while springdoc resolves models with swagger-core's own Jackson 2 mapper, which
     * would declare camelCase and make generated clients send fields the API ignores.
     */
    @Bean
    public ModelResolver snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    public OpenAPI ftzOpenApi() {
        return new OpenAPI().info(new Info()
                .title("FTZ Observatory API (自贸试验区制度创新观测平台)")
                .version("v1")
                .description("Read API over the zone registry, policy documents, statistics and chronicle of the China Pilot "
                        + "FTZ Development Report 2022. Every record carries `source`: the report lines it comes from. "
                        + "Errors are RFC 9457 problem details; a bad parameter is named in `errors[].parameter`.")
                .license(new License().name("Data: cite the CAITEC report; code: see repository")));
    }
}
