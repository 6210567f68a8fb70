package vn.childplan.valueimport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, Long> {
}
