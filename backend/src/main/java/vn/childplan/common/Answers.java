package vn.childplan.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The errors a resource method answers that its signature does not show: a check of the caller's scope
 * ({@link ErrorCode#FORBIDDEN} although every role may call it), conflicts (409) and broken business rules (422).
 * {@link OpenApiConventions} adds them to the method's operation with an example of each code; the errors every
 * operation's signature implies (400, 401, 403, 404, 412, 413, 415, 428) it derives itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {
    ErrorCode[] value();
}
