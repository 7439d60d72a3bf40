package example.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void printsWhatTheSeniorRoleNeeds() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[] {"../catalogues/platform-team.json"});
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Senior Platform Engineer (Senior)\n")
        .contains("  Kubernetes: Practitioner (essential)\n")
        .contains("  next: Staff Platform Engineer\n")
        .contains("  'K8s' is Kubernetes\n");
  }
}
