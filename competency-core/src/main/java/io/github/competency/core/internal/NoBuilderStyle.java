package io.github.competency.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's style for small values made only with {@code of(...)}, such as {@code Problem}
 * and {@code ReadLimits}: like
 * {@link ValueStyle} but without builders. Kept as a style rather than attributes on
 * {@code @Value.Immutable}, so that the API's class files carry no annotation attributes that
 * users, who compile without Immutables, would be warned about.
 */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(builder = false, copy = false))
public @interface NoBuilderStyle {}
