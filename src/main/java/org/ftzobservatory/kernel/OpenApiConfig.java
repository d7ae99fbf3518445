package org.ftzobservatory.kernel;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

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
