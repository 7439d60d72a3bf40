package io.github.competency.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated implementations stay package-private behind
 * the abstract value types, builders are reached through {@code Type.builder()}, and collection
 * attributes get singular {@code add}/{@code put} methods.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jdk9Collections = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false),
    depluralize = true,
    depluralizeDictionary = {
      "alias:aliases",
      "proficiency:proficiencies",
      "category:categories",
      "responsibility:responsibilities",
      "indicator:indicators",
      "collaborator:collaborators",
      "requirement:requirements",
      "reference:references",
      "behaviour:behaviours",
      "level:levels",
      "skill:skills",
      "role:roles",
      "patch:patches",
      "option:options",
      "group:groups",
      "version:versions"
    })
public @interface ValueStyle {}
