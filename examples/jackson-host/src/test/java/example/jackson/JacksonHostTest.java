package example.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JacksonHostTest {

  @Test
  void theHostMapperRoundTripsTheCatalogue() {
    assertThat(JacksonHost.roundTrip()).isTrue();
  }
}
