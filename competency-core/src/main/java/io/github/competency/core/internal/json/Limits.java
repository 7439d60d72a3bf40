package io.github.competency.core.internal.json;

/**
 * What {@link JsonDocuments} reads within: the numbers of the public {@code ReadLimits}, which
 * the formats' front doors hand over.
 *
 * @param maxDocumentBytes the largest document, in bytes (in characters for text)
 * @param maxDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string, in characters
 * @param maxProblems after how many problems reading stops
 */
public record Limits(int maxDocumentBytes, int maxDepth, int maxStringLength, int maxProblems) {}
