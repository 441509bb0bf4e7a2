package io.offerkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is pure: it never touches JavaFX, the UI or the command line, so it runs and tests without a toolkit. */
@AnalyzeClasses(packages = "io.offerkit", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerTest {
    private static final String[] CORE = {
        "io.offerkit.common..", "io.offerkit.profile..", "io.offerkit.project..", "io.offerkit.imaging..",
        "io.offerkit.text..", "io.offerkit.check..", "io.offerkit.bundle..", "io.offerkit.demo..",
        "io.offerkit.document.."
    };

    @ArchTest
    static final ArchRule coreImportsNoJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
            .because("the core must run and be tested without a UI toolkit");

    @ArchTest
    static final ArchRule coreKnowsNoUiOrCli = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("io.offerkit.ui..", "io.offerkit.cli..")
            .because("the UI and the command line sit on top of the core, not the other way round");

    @ArchTest
    static final ArchRule onlyTheUiAndMainUseJavaFx = noClasses().that().resideOutsideOfPackage("io.offerkit.ui..")
            .and().doNotHaveFullyQualifiedName("io.offerkit.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("JavaFX stays in the UI: everything else runs without a toolkit");

    @ArchTest
    static final ArchRule cliUsesNoJavaFx = noClasses().that().resideInAPackage("io.offerkit.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.offerkit.ui..")
            .because("the command line must work on a machine without a display");
}
