package io.offerkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;

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
    private static final String[] FEATURES = {"logos", "description", "documents", "checklist", "inspect", "media", "listing",
        "handoff", "preview"};

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

    /**
     * The UI's common rooms, lowest first: fx and look (executor, words, icons, themes) and prefs serve everyone;
     * session (the open project, autosave, recent files) serves the features; app starts it all. None of them
     * reaches up into a feature, the shell or the app, so a feature can be tested with the rooms below it alone.
     */
    @ArchTest
    static final ArchRule commonRoomsKnowNoFeature = noClasses()
            .that().resideInAnyPackage("io.offerkit.ui.fx..", "io.offerkit.ui.look..", "io.offerkit.ui.prefs..")
            .should().dependOnClassesThat().resideInAnyPackage(above("session", "app", "shell"))
            .because("fx, look and prefs are the floor every room stands on");

    @ArchTest
    static final ArchRule sessionKnowsNoFeature = noClasses().that().resideInAPackage("io.offerkit.ui.session..")
            .should().dependOnClassesThat().resideInAnyPackage(above("app", "shell"))
            .because("the session is the open project, whichever rooms show it");

    private static String[] above(String... rooms) {
        return Stream.concat(Arrays.stream(FEATURES), Arrays.stream(rooms))
                .map(room -> "io.offerkit.ui." + room + "..").toArray(String[]::new);
    }

    /** The translators' text folder is one way in and out of a project; the project itself knows nothing of it. */
    @ArchTest
    static final ArchRule projectKnowsNoTextFolder = noClasses().that().resideInAPackage("io.offerkit.project")
            .should().dependOnClassesThat().resideInAPackage("io.offerkit.project.textfolder..")
            .because("the text folder reads and writes listings through the project's own API, as the CLI and the app do");

    /** imaging's wings (package-info.java of each says what it offers); its top package is the public face. */
    @ArchTest
    static final ArchRule imagingWingsServeTheFace = noClasses().that().resideInAPackage("io.offerkit.imaging.(*)..")
            .should().dependOnClassesThat().resideInAPackage("io.offerkit.imaging")
            .because("the face (decoder, renderers, inspector) is built from the wings, not the other way round");

    @ArchTest
    static final ArchRule imagingWingsHaveNoCycles = slices().matching("io.offerkit.imaging.(*)..").should().beFreeOfCycles();
}
