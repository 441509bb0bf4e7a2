package io.offerkit.imaging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ImagingIsPureTest {
    @Test
    void theImagingCoreDoesNotDependOnJavaFx() {
        noClasses().that().resideInAPackage("io.offerkit.imaging..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.offerkit.imaging"));
    }
}
