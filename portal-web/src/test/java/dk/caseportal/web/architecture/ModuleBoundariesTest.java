package dk.caseportal.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of DESIGN.md, checked on the compiled classes of every module: each
 * module shows only its {@code api} package, dependencies run one way, and pages never touch
 * persistence.
 */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.caseportal");
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirModule() {
        for (String module : new String[] {"identity", "cases", "attachments", "notifications"}) {
            noClasses().that().resideOutsideOfPackage("dk.caseportal." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("dk.caseportal." + module + ".internal..")
                    .because("other modules use only the api package of " + module)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void identityAndAttachmentsDependOnNoOtherModule() {
        noClasses().that().resideInAPackage("dk.caseportal.identity..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dk.caseportal.cases..", "dk.caseportal.attachments..", "dk.caseportal.notifications..",
                        "dk.caseportal.web..", "dk.caseportal.launcher..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("dk.caseportal.attachments..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dk.caseportal.identity..", "dk.caseportal.cases..", "dk.caseportal.notifications..",
                        "dk.caseportal.web..", "dk.caseportal.launcher..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void casesDependOnlyOnIdentityAndAttachments() {
        noClasses().that().resideInAPackage("dk.caseportal.cases..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dk.caseportal.notifications..", "dk.caseportal.web..", "dk.caseportal.launcher..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void notificationsDoNotDependOnTheWebOrAttachments() {
        noClasses().that().resideInAPackage("dk.caseportal.notifications..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dk.caseportal.web..", "dk.caseportal.attachments..", "dk.caseportal.launcher..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("dk.caseportal.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void pagesAndBeansNeverTouchPersistence() {
        noClasses().that().resideInAPackage("dk.caseportal.web..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .because("backing beans call application services; services own the EntityManager")
                .check(classes);
    }

    @Test
    void theApplicationNeverPrintsStackTracesOrToTheConsole() {
        noClasses().that().resideOutsideOfPackage("dk.caseportal.launcher..")
                .should().callMethod(Throwable.class, "printStackTrace")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("the portal logs with java.util.logging")
                .check(classes);
    }
}
