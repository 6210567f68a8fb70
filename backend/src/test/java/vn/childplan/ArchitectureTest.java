package vn.childplan;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * Where code may reach, checked on the compiled main classes (tests may cross features for their fixtures):
 * features form no cycles, resources leave persistence to services, and entities stay behind DTO records.
 */
class ArchitectureTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.childplan");

    /** JAX-RS resources: the classes named *Resource and every class carrying @Path. */
    static final DescribedPredicate<JavaClass> RESOURCES = simpleNameEndingWith("Resource")
            .or(annotatedWith(Path.class)).as("resources (*Resource, @Path)");

    static final DescribedPredicate<JavaClass> PERSISTENCE = assignableTo(PanacheRepositoryBase.class)
            .or(assignableTo(EntityManager.class)).or(assignableTo(Session.class))
            .or(simpleNameEndingWith("Repository"))
            .as("repositories, EntityManager or Session");

    /** What a Panache entity inherits to query and store itself: find, list, count, persist, delete... */
    static final Set<String> PANACHE_METHODS = Arrays.stream(PanacheEntityBase.class.getDeclaredMethods())
            .map(Method::getName).filter(name -> !name.equals("toString")).collect(Collectors.toSet());

    static final ArchRule NO_CYCLES = slices().matching("vn.childplan.(*)..").should().beFreeOfCycles();

    static final ArchRule RESOURCES_LEAVE_PERSISTENCE_TO_SERVICES = noClasses().that(RESOURCES)
            .should().dependOnClassesThat(PERSISTENCE)
            .orShould().callMethodWhere(describe("a Panache persistence method (find, list, persist, delete...)",
                    call -> call.getTarget().getOwner().isAssignableTo(PanacheEntityBase.class)
                            && PANACHE_METHODS.contains(call.getTarget().getName())));

    static final ArchRule ENTITIES_STAY_BEHIND_THE_API = methods().that().areDeclaredInClassesThat(RESOURCES)
            .and().arePublic()
            .should(new ArchCondition<JavaMethod>("neither return nor accept an @Entity, nor a type argument of one") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    Stream.concat(method.getReturnType().getAllInvolvedRawTypes().stream(),
                            method.getParameters().stream().map(JavaParameter::getType)
                                    .flatMap(t -> t.getAllInvolvedRawTypes().stream()))
                            .filter(t -> t.isAnnotatedWith(Entity.class))
                            .distinct()
                            .forEach(t -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " exposes the entity " + t.getName())));
                }
            });

    @Test
    void features_form_no_cycles() {
        NO_CYCLES.check(MAIN);
    }

    @Test
    void resources_leave_persistence_to_services() {
        RESOURCES_LEAVE_PERSISTENCE_TO_SERVICES.check(MAIN);
    }

    @Test
    void entities_never_leave_through_the_api() {
        ENTITIES_STAY_BEHIND_THE_API.check(MAIN);
    }
}
