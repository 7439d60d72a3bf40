package io.github.competency.interchange.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this module, the same as the core's for small values: generated
 * implementations stay package-private behind the abstract value types, values are made with
 * {@code of(...)}, no builders. The core's style lives in a package it does not export, hence
 * this copy.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(builder = false, copy = false))
public @interface ValueStyle {}
