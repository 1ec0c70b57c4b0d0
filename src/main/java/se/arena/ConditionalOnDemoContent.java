package se.arena;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Marks a bean that loads demo content. Demo content is on when {@code arena.demo.enabled}
 * says so; when the property is absent it follows the database, so the embedded H2 default
 * starts with demo content and a PostgreSQL installation starts empty.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(DemoContentCondition.class)
public @interface ConditionalOnDemoContent {
}
