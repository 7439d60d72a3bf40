package example.spring;

import io.github.competency.core.assess.Assessor;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot 4 service that answers with the library's values. It configures nothing about
 * JSON: Spring Boot's auto-configured Jackson 3 {@code JsonMapper} finds the competency module
 * on the class path (through {@code ServiceLoader}) and writes roles, gap reports and rankings
 * in the library's formats, and reads the profiles it is sent.
 */
@SpringBootApplication
public class HostApplication {

  /**
   * Starts the service, on port 8080 unless {@code --server.port} says otherwise.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(HostApplication.class, args);
  }

  /**
   * The assessor of the shipped senior backend engineer catalogue.
   *
   * @return the assessor
   */
  @Bean
  Assessor assessor() {
    return Assessor.of(SeniorBackendEngineer.catalogue());
  }
}
