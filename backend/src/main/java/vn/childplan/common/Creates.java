package vn.childplan.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that creates a record and answers with {@link Responses#created}: 201 with Location and
 * ETag. {@link OpenApiConventions} documents it so; every other POST (a state transition, a batch, a query) answers
 * what it returns. ContractConformanceTest calls each operation and fails when the mark and the answer disagree.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Creates {
}
