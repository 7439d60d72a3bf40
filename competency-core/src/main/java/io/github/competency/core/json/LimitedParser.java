package io.github.competency.core.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A host's parser held to the library's {@link ReadLimits} while the module reads one value
 * from it: the value's size, its nesting depth and the length of its strings, each broken limit
 * reported in the words of the library's own readers. The host's own limits apply as well.
 *
 * <p>Not thread-safe; one instance reads one value.
 */
final class LimitedParser extends JsonParserDelegate {

  private final ReadLimits limits;
  private final long start;

  LimitedParser(JsonParser host, ReadLimits limits) {
    super(host);
    this.limits = limits;
    this.start = offset(host.currentTokenLocation());
  }

  @Override
  public JsonToken nextToken() {
    JsonToken token = delegate.nextToken();
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_OBJECT, START_ARRAY -> {
        int depth = delegate.streamReadContext().getNestingDepth();
        if (depth > limits.maxDepth()) {
          throw broken(
              "Document nesting depth ("
                  + depth
                  + ") exceeds the maximum allowed ("
                  + limits.maxDepth()
                  + ")");
        }
      }
      case VALUE_STRING, PROPERTY_NAME -> {
        int length = delegate.getStringLength();
        if (length > limits.maxStringLength()) {
          throw broken(
              "String value length ("
                  + length
                  + ") exceeds the maximum allowed ("
                  + limits.maxStringLength()
                  + ")");
        }
      }
      default -> {}
    }
    TokenStreamLocation at = delegate.currentLocation();
    long size = offset(at) - start;
    if (start >= 0 && size > limits.maxDocumentBytes()) {
      throw broken(
          "Document length ("
              + size
              + ") exceeds the maximum allowed ("
              + limits.maxDocumentBytes()
              + (at.getByteOffset() >= 0 ? " bytes)" : " characters)"));
    }
    return token;
  }

  /** Skips the value at the current token through {@link #nextToken()}, so limits hold there. */
  @Override
  public JsonParser skipChildren() {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    for (int open = 1; open > 0; ) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private StreamConstraintsException broken(String message) {
    return new StreamConstraintsException(message, delegate.currentTokenLocation());
  }

  /** Where the parser is in its input: in bytes, or in characters for text. */
  private static long offset(TokenStreamLocation location) {
    long bytes = location.getByteOffset();
    return bytes >= 0 ? bytes : location.getCharOffset();
  }
}
