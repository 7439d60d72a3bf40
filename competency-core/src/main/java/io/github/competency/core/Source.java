package io.github.competency.core;

import io.github.competency.core.internal.Texts;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an item of a catalogue comes from: a document, its publisher and what kind of publisher
 * it is, where the document is, when it was published, and the section the item was taken from.
 * Every part is optional; the ones present must not be blank.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Source {

  Source() {}

  /**
   * Returns the title of the source document.
   *
   * @return the title, if known
   */
  public abstract Optional<String> title();

  /**
   * Returns who published the source document.
   *
   * @return the publisher, if known
   */
  public abstract Optional<String> publisher();

  /**
   * Returns what kind of publisher issued the document, so that a reader can weigh it, such as
   * "recruiting firm's blog" or "standards body".
   *
   * @return the kind of publisher, if known
   */
  public abstract Optional<String> publisherKind();

  /**
   * Returns where the source document can be found.
   *
   * @return the address, if known
   */
  public abstract Optional<URI> uri();

  /**
   * Returns when the document was published, as precisely as it is known, in ISO 8601: a year
   * ({@code 2023}), a month ({@code 2023-05}) or a day ({@code 2023-05-14}).
   *
   * @return the date, if known
   */
  public abstract Optional<String> date();

  /**
   * Returns the part of the source document an item comes from, such as a section heading.
   *
   * @return the section, if known
   */
  public abstract Optional<String> section();

  /**
   * Obtains a source that names only a section of the catalogue's own source document.
   *
   * @param section the section heading
   * @return the source
   * @throws IllegalArgumentException if the section is blank
   */
  public static Source ofSection(String section) {
    Objects.requireNonNull(section, "section");
    if (Texts.isBlank(section)) {
      throw new IllegalArgumentException("the section must not be blank");
    }
    return builder().section(section).build();
  }

  /**
   * Returns a copy with another title.
   *
   * @param title the new title
   * @return the changed copy
   */
  public final Source withTitle(String title) {
    Objects.requireNonNull(title, "title");
    return builder().from(this).title(title).build();
  }

  /**
   * Returns a copy with another publisher.
   *
   * @param publisher the new publisher
   * @return the changed copy
   */
  public final Source withPublisher(String publisher) {
    Objects.requireNonNull(publisher, "publisher");
    return builder().from(this).publisher(publisher).build();
  }

  /**
   * Returns a copy with another publisher kind.
   *
   * @param publisherKind the new publisher kind
   * @return the changed copy
   */
  public final Source withPublisherKind(String publisherKind) {
    Objects.requireNonNull(publisherKind, "publisherKind");
    return builder().from(this).publisherKind(publisherKind).build();
  }

  /**
   * Returns a copy with another uri.
   *
   * @param uri the new uri
   * @return the changed copy
   */
  public final Source withUri(URI uri) {
    Objects.requireNonNull(uri, "uri");
    return builder().from(this).uri(uri).build();
  }

  /**
   * Returns a copy with another date.
   *
   * @param date the new date
   * @return the changed copy
   */
  public final Source withDate(String date) {
    Objects.requireNonNull(date, "date");
    return builder().from(this).date(date).build();
  }

  /**
   * Returns a copy with another section.
   *
   * @param section the new section
   * @return the changed copy
   */
  public final Source withSection(String section) {
    Objects.requireNonNull(section, "section");
    return builder().from(this).section(section).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; not thread-safe. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
