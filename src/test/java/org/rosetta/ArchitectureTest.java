package org.rosetta;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The borders the code keeps: the engine's packages in layers, each using only those below it,
 * and the engine knowing nothing of HTTP, the database, Quarkus or the terminal, which belong to
 * what is built on it: the settings and the engine a front door is given ({@code setup}), the
 * stored checks and accounts ({@code review}, {@code account}), the front doors ({@code api},
 * {@code web}, {@code cli}) and the entry point that starts one of them ({@code app}).
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.rosetta");

  private static final String[] ENGINE = {
    "org.rosetta", "org.rosetta.text..", "org.rosetta.input..", "org.rosetta.cache..", "org.rosetta.lang..", "org.rosetta.memory..", "org.rosetta.document..", "org.rosetta.segment..",
    "org.rosetta.detect..", "org.rosetta.terminology..", "org.rosetta.lexicon..", "org.rosetta.align..", "org.rosetta.check..",
    "org.rosetta.report..", "org.rosetta.batch..", "org.rosetta.eval..", "org.rosetta.bilingual.."
  };

  /**
   * What is built on the engine: the settings and engine for a front door, the service's storage
   * helpers, its library of glossaries and memories, its checks and accounts, the doors, the entry
   * point.
   */
  private static final String[] ABOVE_THE_ENGINE = {"Setup", "Storage", "Library", "Service", "Front doors", "Entry point"};

  private static String[] above(String... engineLayers) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(engineLayers), java.util.Arrays.stream(ABOVE_THE_ENGINE)).toArray(String[]::new);
  }

  private static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Text").definedBy("org.rosetta.text..", "org.rosetta.input..", "org.rosetta.cache..")
          .layer("Languages and files").definedBy("org.rosetta.lang..", "org.rosetta.memory..", "org.rosetta.document..")
          .layer("Reading").definedBy("org.rosetta.segment..", "org.rosetta.detect..", "org.rosetta.terminology..", "org.rosetta.lexicon..")
          .layer("Alignment").definedBy("org.rosetta.align..")
          .layer("Checks").definedBy("org.rosetta.check..")
          .layer("Reports").definedBy("org.rosetta.report..")
          .layer("Batches").definedBy("org.rosetta.batch..", "org.rosetta.eval..", "org.rosetta.bilingual..")
          .layer("Engine").definedBy("org.rosetta")
          .layer("Setup").definedBy("org.rosetta.setup..")
          .layer("Storage").definedBy("org.rosetta.store..")
          .layer("Library").definedBy("org.rosetta.library..")
          .layer("Service").definedBy("org.rosetta.review..", "org.rosetta.account..")
          .layer("Front doors").definedBy("org.rosetta.api..", "org.rosetta.web..", "org.rosetta.cli..")
          .layer("Entry point").definedBy("org.rosetta.app..")
          .whereLayer("Entry point").mayNotBeAccessedByAnyLayer()
          .whereLayer("Front doors").mayOnlyBeAccessedByLayers("Entry point")
          .whereLayer("Service").mayOnlyBeAccessedByLayers("Front doors", "Entry point")
          .whereLayer("Library").mayOnlyBeAccessedByLayers("Service", "Front doors", "Entry point")
          .whereLayer("Storage").mayOnlyBeAccessedByLayers("Library", "Service", "Front doors", "Entry point")
          .whereLayer("Setup").mayOnlyBeAccessedByLayers("Storage", "Library", "Service", "Front doors", "Entry point")
          .whereLayer("Engine").mayOnlyBeAccessedByLayers(ABOVE_THE_ENGINE)
          .whereLayer("Batches").mayOnlyBeAccessedByLayers(above("Engine"))
          .whereLayer("Reports").mayOnlyBeAccessedByLayers(above("Batches", "Engine"))
          .whereLayer("Checks").mayOnlyBeAccessedByLayers(above("Reports", "Batches", "Engine"))
          .whereLayer("Alignment").mayOnlyBeAccessedByLayers(above("Checks", "Reports", "Batches", "Engine"))
          .whereLayer("Reading").mayOnlyBeAccessedByLayers(above("Alignment", "Checks", "Reports", "Batches", "Engine"))
          .whereLayer("Languages and files").mayOnlyBeAccessedByLayers(above("Reading", "Alignment", "Checks", "Reports", "Batches", "Engine"));

  private static final ArchRule ENGINE_WITHOUT_FRONT_DOORS =
      noClasses()
          .that().resideInAnyPackage(ENGINE)
          .should().dependOnClassesThat().resideInAnyPackage(
              "io.quarkus..", "io.vertx..", "jakarta.ws.rs..", "jakarta.persistence..", "jakarta.enterprise..", "jakarta.inject..",
              "org.hibernate..", "picocli..", "org.jboss.resteasy..")
          .because("the engine is called the same way by the command line, the service and the tests");

  /** Flyway's migrations, in their package by convention. */
  private static final ArchRule MIGRATIONS_KEEP_THEIR_OWN_CODE =
      noClasses()
          .that().resideInAPackage("db.migration..")
          .should().dependOnClassesThat().resideInAnyPackage("org.rosetta..")
          .because("a migration must write what it wrote when it was released, whatever the live code becomes");

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    LAYERS.check(CLASSES);
  }

  @Test
  void theEngineKnowsNothingOfHttpTheDatabaseOrTheTerminal() {
    ENGINE_WITHOUT_FRONT_DOORS.check(CLASSES);
  }

  @Test
  void migrationsCallNoLiveCode() {
    MIGRATIONS_KEEP_THEIR_OWN_CODE.check(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("db.migration"));
  }
}
