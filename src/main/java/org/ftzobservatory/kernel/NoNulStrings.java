package org.ftzobservatory.kernel;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/** Every JSON string the API reads is refused when it holds U+0000 (PostgreSQL refuses 0x00 in text columns). */
@Configuration
class NoNulStrings {

    @Bean
    JsonMapperBuilderCustomizer refuseNulInStrings() {
        SimpleModule module = new SimpleModule("no-nul-strings");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                String s = super.deserialize(p, ctxt);
                if (s != null && s.indexOf('\0') >= 0) {
                    throw new NulCharacterException(p);
                }
                return s;
            }
        });
        return builder -> builder.addModule(module);
    }
}
