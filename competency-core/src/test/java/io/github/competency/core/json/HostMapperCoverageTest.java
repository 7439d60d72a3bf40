package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueDiff;
import io.github.competency.core.Fixtures;
import io.github.competency.core.GroupId;
import io.github.competency.core.Overlay;
import io.github.competency.core.OverlayId;
import io.github.competency.core.Overlays;
import io.github.competency.core.Patch;
import io.github.competency.core.Problem;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.RandomOverlays;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import io.github.competency.core.TextKey;
import io.github.competency.core.Translation;
import io.github.competency.core.Translations;
import io.github.competency.core.ValidationException;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.ProfileGenerator;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.core.assess.Rating;
import io.github.competency.core.assess.ReadinessMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's promise that a host's Jackson 3 mapper handles every public value of the core,
 * tested by enumeration: every public type of every package the core's module descriptor
 * exports is found in the compiled classes, and either is a value, whose instances (reached by
 * walking everything an assessment, an overlay, a diff and a translation of generated
 * catalogues return) a host mapper must write as something other than {@code {}}, or is left
 * out by a named rule. Values the module reads (profiles, ratings, evidence, catalogues and
 * their values, ids ...) must also read back equal. A new public type is therefore either
 * covered or stopped by {@link #everyExportedPublicTypeIsAValueWrittenByTheModuleOrExcludedByARule()},
 * which writes each type with its verdict, and the rule of each one left out, to {@code
 * target/host-mapper-coverage.txt}.
 */
class HostMapperCoverageTest {

  /** A rule that excludes a type from the value check, with the reason the test prints. */
  record Rule(String name, Predicate<Class<?>> applies) {}

  /** The rules, applied in order; a type no rule excludes is a value. */
  static final List<Rule> RULES =
      List.of(
          new Rule(
              "exception: thrown, not returned; its problems() are values, checked as such",
              Throwable.class::isAssignableFrom),
          new Rule(
              "builder: a mutable helper that makes the value it is nested in",
              type -> type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null),
          new Rule(
              "interface: its instances are of the public types that implement it, each checked",
              Class::isInterface),
          new Rule(
              "enum: written by its label or name as a JSON string, checked by"
                  + " everyEnumIsWrittenAsAStringAndReadBack",
              Class::isEnum),
          new Rule(
              "front door: no instances (no public constructor, nothing returns one); its"
                  + " static methods return values, checked as such",
              type -> !hasInstances(type)),
          new Rule(
              "service: compared by identity and does work when called with arguments (a"
                  + " reader, writer, assessor or module); what it returns is checked",
              type -> !hasValueEquality(type) && takesArguments(type)));

  @Example
  void everyExportedPublicTypeIsAValueWrittenByTheModuleOrExcludedByARule() {
    Map<Class<?>, List<Object>> samples = new LinkedHashMap<>();
    for (long seed = 1; seed <= 12; seed++) {
      collect(scenario(seed), samples);
    }
    collect(fixtureRoots(), samples);

    List<String> report = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int values = 0;
    for (Class<?> type : exportedPublicTypes()) {
      Optional<Rule> rule = RULES.stream().filter(r -> r.applies().test(type)).findFirst();
      if (rule.isPresent()) {
        report.add("excluded " + type.getName() + ": " + rule.get().name());
        continue;
      }
      values++;
      List<Object> found = samples.getOrDefault(type, List.of());
      boolean byModule = CompetencyModule.writtenTypes().contains(type);
      report.add(
          "value    "
              + type.getName()
              + ": "
              + found.size()
              + " samples, "
              + (receivable(type) ? "written and read back" : "written")
              + (byModule ? " by the module" : " by Jackson's support for records"));
      if (!byModule && !type.isRecord()) {
        failures.add(
            type.getName()
                + " is written by Jackson's defaults, which see no getters on the library's"
                + " values: give it a table");
      }
      if (found.isEmpty()) {
        missing.add(type.getName());
      }
      for (Object sample : found) {
        try {
          checkThroughHosts(type, sample);
        } catch (AssertionError e) {
          failures.add(e.getMessage());
          break;
        }
      }
    }
    writeReport(report);
    assertThat(CompetencyModule.readTypes())
        .as("what a host may send is read")
        .contains(
            Profile.class,
            Rating.class,
            io.github.competency.core.assess.Evidence.class,
            Catalogue.class,
            Role.class,
            RoleId.class);
    assertThat(failures).as("values a host mapper gets wrong").isEmpty();
    assertThat(missing)
        .as(
            "public value types with no sample: make one reachable from the roots of this test"
                + " (scenario or fixtureRoots), so that a host mapper is tried on it")
        .isEmpty();
    assertThat(values).as("values found in the exported packages").isGreaterThan(40);
  }

  @Property(tries = 40)
  void everyValueOfAnAssessmentIsWrittenAndEveryInputReadsBack(
      @ForAll("scenarios") ProfileGenerator.Scenario scenario) {
    Map<Class<?>, List<Object>> samples = new LinkedHashMap<>();
    collect(roots(scenario, new Random(scenario.profile.hashCode())), samples);
    List<String> failures = new ArrayList<>();
    samples.forEach(
        (type, found) -> {
          if (RULES.stream().noneMatch(r -> r.applies().test(type))) {
            for (Object sample : found) {
              try {
                checkThroughHosts(type, sample);
              } catch (AssertionError e) {
                failures.add(e.getMessage());
                break;
              }
            }
          }
        });
    assertThat(failures).as("values a host mapper gets wrong").isEmpty();
  }

  @Test
  void everyEnumIsWrittenAsAStringAndReadBack() {
    for (Class<?> type : exportedPublicTypes()) {
      if (!type.isEnum()) {
        continue;
      }
      for (Object constant : type.getEnumConstants()) {
        for (JsonMapper host : HostMapperProperties.HOSTS) {
          JsonNode written = host.readTree(host.writeValueAsString(constant));
          assertThat(written.isString()).as(type.getName() + "." + constant).isTrue();
          assertThat(written.asString()).as(type.getName() + "." + constant).isNotEmpty();
          assertThat(host.readValue(host.writeValueAsString(constant), type))
              .as(type.getName() + "." + constant)
              .isEqualTo(constant);
        }
      }
    }
  }

  // ------------------------------------------------------------------------------- the checks

  /**
   * Writes a sample with every host: never as {@code {}} (unless it is a value that holds
   * nothing and reads back so, such as a source that names nothing), and a value the module
   * reads reads back equal.
   */
  private static void checkThroughHosts(Class<?> type, Object sample) {
    for (JsonMapper host : HostMapperProperties.HOSTS) {
      String json;
      try {
        json = host.writeValueAsString(sample);
      } catch (RuntimeException e) {
        throw new AssertionError("a host mapper cannot write " + type.getName() + ": " + e, e);
      }
      JsonNode tree = host.readTree(json);
      boolean empty = tree.isObject() && tree.isEmpty();
      if (empty && !receivable(type)) {
        throw new AssertionError("a host mapper writes " + type.getName() + " as {}");
      }
      if (receivable(type)) {
        Object back;
        try {
          back = host.readValue(json, type);
        } catch (RuntimeException e) {
          throw new AssertionError(
              "a host mapper cannot read back "
                  + type.getName()
                  + " from "
                  + abbreviated(json)
                  + ": "
                  + e,
              e);
        }
        if (!back.equals(sample)) {
          throw new AssertionError(
              type.getName() + " read back from " + abbreviated(json) + " is not equal");
        }
      }
    }
  }

  private static String abbreviated(String json) {
    return json.length() <= 300 ? json : json.substring(0, 300) + "...";
  }

  /**
   * Whether the module reads values of this type, so that they must read back equal; results,
   * computed by the library, are written only.
   */
  static boolean receivable(Class<?> type) {
    return CompetencyModule.readTypes().contains(type);
  }

  /** Whether a type has instances: a public constructor, or a static member that gives one. */
  static boolean hasInstances(Class<?> type) {
    return Stream.of(type.getConstructors()).anyMatch(c -> Modifier.isPublic(c.getModifiers()))
        || Stream.of(type.getMethods())
            .anyMatch(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type)
        || Stream.of(type.getFields())
            .anyMatch(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == type)
        || Stream.of(type.getDeclaredMethods())
            .anyMatch(
                m -> !Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()));
  }

  /** Whether a type has a public instance method of its own that takes arguments. */
  static boolean takesArguments(Class<?> type) {
    return Stream.of(type.getMethods())
        .anyMatch(
            m ->
                !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() > 0
                    && m.getDeclaringClass() != Object.class
                    && !m.getName().equals("equals"));
  }

  /**
   * Whether instances of a type are compared by value: a record, a type that overrides {@code
   * equals}, or an Immutables value (whose generated {@code Immutable...} class does).
   */
  static boolean hasValueEquality(Class<?> type) {
    if (type.isRecord()) {
      return true;
    }
    try {
      if (type.getMethod("equals", Object.class).getDeclaringClass() != Object.class) {
        return true;
      }
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
    try {
      Class<?> generated =
          Class.forName(
              type.getPackageName() + ".Immutable" + type.getSimpleName(),
              false,
              type.getClassLoader());
      return type.isAssignableFrom(generated);
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  // ------------------------------------------------------------------------------- the types

  /** The public types, nested ones included, of every package the core's module exports. */
  static List<Class<?>> exportedPublicTypes() {
    ModuleDescriptor descriptor = descriptor();
    Set<String> packages =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(packages)
        .as("the exported packages")
        .contains("io.github.competency.core", "io.github.competency.core.assess");
    List<Class<?>> types = new ArrayList<>();
    for (String name : classNames()) {
      int dot = name.lastIndexOf('.');
      if (!packages.contains(name.substring(0, dot))) {
        continue;
      }
      Class<?> type;
      try {
        type = Class.forName(name, false, CompetencyModule.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      if (isPublicApi(type)) {
        types.add(type);
      }
    }
    types.sort((a, b) -> a.getName().compareTo(b.getName()));
    return types;
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static ModuleDescriptor descriptor() {
    Module module = CompetencyModule.class.getModule();
    if (module.isNamed()) {
      return module.getDescriptor();
    }
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path classes() {
    try {
      return Path.of(
          CompetencyModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** The binary names of every class the core's jar or class folder holds. */
  private static List<String> classNames() {
    Path root = classes();
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          files
              .filter(f -> f.toString().endsWith(".class"))
              .map(f -> root.relativize(f).toString().replace('\\', '/'))
              .forEach(n -> names.add(n));
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names.stream()
        .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
        .sorted()
        .collect(Collectors.toList());
  }

  // ------------------------------------------------------------------------------- the samples

  private static ProfileGenerator.Scenario scenario(long seed) {
    return ProfileGenerator.scenarios().generator(1000).next(new Random(seed)).value();
  }

  /** Everything the library returns for a scenario, as roots of the walk. */
  static List<Object> roots(ProfileGenerator.Scenario scenario, Random random) {
    Catalogue catalogue = scenario.catalogue;
    Assessor assessor = Assessor.of(catalogue);
    Profile profile = scenario.profile;
    List<Object> roots = new ArrayList<>();
    roots.add(catalogue);
    roots.add(profile);
    roots.addAll(scenario.group);
    roots.add(assessor.ratingRule());
    roots.add(assessor.agreement(profile));
    roots.add(assessor.agreement(profile, 1));
    roots.add(assessor.nextSteps(profile));
    for (ReadinessMode mode : ReadinessMode.values()) {
      roots.add(assessor.bestFit(profile, mode));
    }
    roots.add(assessor.compact(profile));
    for (Role role : catalogue.roles()) {
      roots.add(assessor.gaps(profile, role.id()));
      roots.add(assessor.rank(role.id(), ReadinessMode.PROPORTIONAL, scenario.group, 3));
      roots.add(assessor.coverage(role.id(), scenario.group));
      role.requirements().forEach(r -> roots.add(assessor.whoCanHelp(r, scenario.group)));
      role.groups().forEach(g -> roots.add(assessor.whoCanHelp(g, scenario.group)));
      // a population with a profile that does not fit: rankings, coverage and helpers set it aside
      List<Profile> mixed = new ArrayList<>(scenario.group);
      mixed.add(profile.withCatalogue(profile.catalogue(), profile.catalogueVersion() + "-other"));
      roots.add(assessor.rank(role.id(), ReadinessMode.BINARY, mixed, 2));
      roots.add(assessor.coverage(role.id(), mixed));
      for (Role to : catalogue.roles()) {
        roots.add(assessor.progression(role.id(), to.id()));
      }
      if (profile.role().isPresent()) {
        roots.add(assessor.nextSteps(profile, role.id()));
      }
    }
    // an overlay as its format holds it: items by section, as a host reads it back
    Overlay overlay =
        OverlayJson.defaults()
            .fromJson(OverlayJson.defaults().toJson(RandomOverlays.of(catalogue, random, true)));
    roots.add(overlay);
    try {
      Overlays.Layered layered = Overlays.apply(catalogue, List.of(overlay));
      roots.add(layered);
      roots.add(CatalogueDiff.between(catalogue, layered.catalogue()));
    } catch (ValidationException e) {
      roots.add(e.problems());
    }
    Translation translation = Translation.of(catalogue);
    roots.add(translation);
    Translations translations = Translations.of(catalogue, List.of(translation));
    roots.add(translations.report(translation.language()));
    roots.add(
        assessor.check(
            Profile.builder()
                .from(profile)
                .addRatings(
                    Rating.of(
                        SkillId.of("no-such-skill"),
                        ProficiencyId.of("no-such-step"),
                        RaterKind.PEER))
                .build()));
    roots.add(ReadLimits.defaults());
    return roots;
  }

  /**
   * Values the generated scenarios may not reach: a progression that raises requirements, an
   * overlay that changes a choice group, and what applying an overlay did, on the fixture.
   */
  private static List<Object> fixtureRoots() {
    Catalogue catalogue = Fixtures.platformTeam();
    Assessor assessor = Assessor.of(catalogue);
    List<Object> roots = new ArrayList<>();
    for (Role from : catalogue.roles()) {
      for (Role to : catalogue.roles()) {
        roots.add(assessor.progression(from.id(), to.id()));
      }
    }
    Overlay overlay =
        Overlay.builder()
            .id(OverlayId.of("rename"))
            .base(catalogue.id())
            .addPatch(
                Patch.builder()
                    .target(SkillId.of("go"))
                    .putText(Patch.TextField.NAME, "Golang")
                    .build())
            .build();
    Overlays.Layered layered = Overlays.apply(catalogue, List.of(overlay));
    roots.add(layered);
    roots.add(CatalogueDiff.between(catalogue, layered.catalogue()));
    roots.add(
        Patch.builder()
            .target(RoleId.of("senior-platform-engineer"))
            .addGroupChanges(Patch.GroupChange.atLeast(GroupId.of("language"), 2))
            .build());
    roots.add(TextKey.parse("skills.go.name"));
    roots.add(Problem.of("roles[0].level", "unknown level 'x'", 3, 14));
    return roots;
  }

  private static void collect(ProfileGenerator.Scenario scenario, Map<Class<?>, List<Object>> to) {
    collect(roots(scenario, new Random(scenario.profile.hashCode())), to);
  }

  /**
   * Walks values: every public no-argument method of a public type of the library is called
   * (but not the {@code with...} and {@code without...} copies, which make values rather than
   * show their parts) and what it returns is walked in turn, through optionals, collections and
   * maps. Each value is filed under its public type, at most 20 samples a type; equal values are
   * walked once, and at most 500 values a type.
   */
  static void collect(List<Object> roots, Map<Class<?>, List<Object>> samples) {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Set<Object> equal = new HashSet<>();
    Map<Class<?>, Integer> walked = new HashMap<>();
    List<Object> queue = new ArrayList<>(roots);
    while (!queue.isEmpty()) {
      Object value = queue.remove(queue.size() - 1);
      if (value == null || seen.put(value, true) != null) {
        continue;
      }
      if (value instanceof Optional<?> optional) {
        optional.ifPresent(queue::add);
        continue;
      }
      if (value instanceof Collection<?> collection) {
        queue.addAll(collection);
        continue;
      }
      if (value instanceof Map<?, ?> map) {
        queue.addAll(map.keySet());
        queue.addAll(map.values());
        continue;
      }
      if (!value.getClass().getName().startsWith("io.github.competency.core")) {
        continue;
      }
      Class<?> type = publicType(value.getClass());
      if (!equal.add(value) || walked.merge(type, 1, Integer::sum) > 500) {
        continue;
      }
      List<Object> list = samples.computeIfAbsent(type, t -> new ArrayList<>());
      if (list.size() < 20) {
        list.add(value);
      }
      for (Method method : type.getMethods()) {
        if (method.getParameterCount() == 0
            && !Modifier.isStatic(method.getModifiers())
            && method.getDeclaringClass() != Object.class
            && method.getDeclaringClass().getName().startsWith("io.github.competency.core")
            && !method.getName().startsWith("with")
            && method.getReturnType() != void.class) {
          try {
            queue.add(method.invoke(value));
          } catch (IllegalAccessException | InvocationTargetException e) {
            // a method that refuses this value (or is not reachable) has nothing to add
          }
        }
      }
    }
  }

  /** The library's public type of a value: what a host declares, not Immutables' subclass. */
  static Class<?> publicType(Class<?> type) {
    Class<?> current = type;
    while (!isPublicApi(current)) {
      current = current.getSuperclass();
    }
    return current;
  }

  private static void writeReport(List<String> lines) {
    Path file = classes().getParent().resolve("host-mapper-coverage.txt");
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<ProfileGenerator.Scenario> scenarios() {
    return ProfileGenerator.scenarios();
  }
}
