package vn.childplan.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Resources every test shares: one PostgreSQL and one mock OIDC server (for the real bearer-token path). */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
public final class GlobalTestResources {
    private GlobalTestResources() {
    }
}
