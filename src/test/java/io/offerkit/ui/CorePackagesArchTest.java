package io.offerkit.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** JavaFX stays in the UI: the core must run in the CLI and in tests without a toolkit. */
class CorePackagesArchTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.offerkit");

    @Test
    void onlyTheUiAndMainUseJavaFx() {
        noClasses().that().resideOutsideOfPackage("io.offerkit.ui..")
                .and().doNotHaveFullyQualifiedName("io.offerkit.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
