package io.offerkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

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

    /** The UI's feature rooms: each stands alone; the shell puts them together. */
    private static final String[] FEATURES = {"logos", "description", "documents", "checklist", "inspect"};

    @ArchTest
    static final ArchRule viewModelsKnowNoScene = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a view-model holds properties and commands, tested without a window; the view owns the nodes");

    @ArchTest
    static void featuresDependNotOnEachOther(JavaClasses classes) {
        for (String feature : FEATURES) {
            String[] others = Arrays.stream(FEATURES).filter(f -> !f.equals(feature))
                    .map(f -> "io.offerkit.ui." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("io.offerkit.ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a feature is one room: what two features share lives in the UI's common rooms")
                    .check(classes);
        }
    }
}
