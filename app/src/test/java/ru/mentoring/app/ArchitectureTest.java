package ru.mentoring.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module rules of DESIGN.md, checked on the compiled classes.
 */
@AnalyzeClasses(packages = "ru.mentoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandSideNeverSeesTheQuerySide = noClasses()
            .that().resideInAPackage("ru.mentoring.command..")
            .should().dependOnClassesThat().resideInAPackage("ru.mentoring.query..");

    @ArchTest
    static final ArchRule querySideNeverSeesTheCommandSide = noClasses()
            .that().resideInAPackage("ru.mentoring.query..")
            .should().dependOnClassesThat().resideInAPackage("ru.mentoring.command..");

    @ArchTest
    static final ArchRule sharedKernelDependsOnNothingOfOursNorOnSpring = noClasses()
            .that().resideInAPackage("ru.mentoring.api..")
            .should().dependOnClassesThat().resideInAnyPackage("ru.mentoring.command..", "ru.mentoring.query..",
                    "ru.mentoring.app..", "org.springframework..");

    @ArchTest
    static final ArchRule aggregatesUseNoSpringBeyondAxon = noClasses()
            .that().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                    "ru.mentoring.query..");

    @ArchTest
    static final ArchRule everyEventCarriesARevision = classes()
            .that().resideInAPackage("ru.mentoring.api..").and().haveSimpleNameEndingWith("ed")
            // events are top-level records, one a file; a record nested in a query's answer is not one
            .and().areRecords().and().areTopLevelClasses()
            .should().beAnnotatedWith(Revision.class);
}
