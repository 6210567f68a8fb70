package vn.childplan.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, Long> {
    /** A notification with what its answer names, fetched in the same statement. */
    static final String FETCHED = "from Notification n join fetch n.document d join fetch n.agency g"
            + " left join fetch n.task t";
}
