package se.arena;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

class DemoContentCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return demoContentEnabled(context.getEnvironment());
    }

    static boolean demoContentEnabled(Environment environment) {
        String explicit = environment.getProperty("arena.demo.enabled");
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        String url = environment.getProperty("spring.datasource.url", "");
        return url.isBlank() || url.startsWith("jdbc:h2:");
    }
}
