package vn.childplan.notification;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.childplan.notification.NotificationDtos.ReminderRun;
import vn.childplan.security.Roles;
import vn.childplan.support.SignedInUser;

/**
 * The daily reminders on the demo data (Huế 26/KH-UBND: 2016-H1 due 25/5, consolidated by the Sở LĐTBXH; the Sở Y
 * tế's report submitted 18/5, returned 20/5, resubmitted 24/5; the Sở LĐTBXH's a draft from 16/5 until 24/5; the Sở
 * Thông tin và Truyền thông and the Sở Văn hóa, Thể thao và Du lịch without a report on 26/5; the Sở LĐTBXH's
 * assignment II.7 due 30/6). The job is run by calling it with the day; each test signs in users of its own (GET
 * /me makes their profiles), so what they receive is theirs alone.
 */
@QuarkusTest
class ReminderTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PLAN = "26/KH-UBND";

    @Inject
    ReminderService reminders;
    @Inject
    MockMailbox mailbox;
    @Inject
    EntityManager em;

    private static SignedInUser officer(String agency, boolean withEmail) {
        return SignedInUser.signIn(Roles.OFFICER, "46", agency, withEmail);
    }

    @BeforeEach
    void clearMailbox() {
        mailbox.clear();
    }

    @Test
    void reports_still_to_send_7_3_and_1_days_before_the_deadline_remind_their_agencys_officers_only() {
        SignedInUser syt = officer("HUE-SYT", false);
        SignedInUser ldtbxh = officer("HUE-LDTBXH", false);
        SignedInUser planner = SignedInUser.signIn(Roles.PLANNER, "46", null, false);

        // 18/5: the Sở Y tế has submitted that day, the Sở LĐTBXH still holds a draft
        reminders.run(LocalDate.of(2016, 5, 18));
        syt.notifications().body("items.findAll { it.document.number == '" + PLAN + "' }", empty());
        ldtbxh.notifications().body("items.findAll { it.document.number == '" + PLAN + "' }.daysLeft", contains(7))
                .body("items[0].kind", is("REPORT_DUE")).body("items[0].periodCode", is("2016-H1"))
                .body("items[0].deadline", is("2016-05-25")).body("items[0].escalated", is(false))
                .body("items[0].agency.shortName", notNullValue()).body("items[0].readAt", is((Object) null));

        // 22/5: the Sở Y tế's report was returned on 20/5, so it is owed again
        reminders.run(LocalDate.of(2016, 5, 22));
        syt.notifications().body("items.findAll { it.document.number == '" + PLAN + "' }.daysLeft", contains(3))
                .body("items[0].kind", is("REPORT_DUE"));
        ldtbxh.notifications().body("items.findAll { it.document.number == '" + PLAN + "' }.daysLeft",
                containsInAnyOrder(7, 3));

        // 24/5: both have sent; nobody is reminded one day before
        reminders.run(LocalDate.of(2016, 5, 24));
        syt.notifications().body("items.findAll { it.document.number == '" + PLAN + "' }.daysLeft", contains(3));
        ldtbxh.notifications().body("items.findAll { it.day == '2016-05-24' }", empty());
        // before the deadline the planners are not told
        planner.notifications().body("items.findAll { it.document.number == '" + PLAN + "' }", empty());
    }

    @Test
    void overdue_reports_go_to_the_consolidating_agency_and_the_planners_not_to_other_agencies() {
        SignedInUser syt = officer("HUE-SYT", false);
        SignedInUser ldtbxh = officer("HUE-LDTBXH", false);
        SignedInUser planner = SignedInUser.signIn(Roles.PLANNER, "46", null, false);
        SignedInUser otherProvince = SignedInUser.signIn(Roles.PLANNER, "30", null, false);

        reminders.run(LocalDate.of(2016, 5, 26));
        String overdue = "items.findAll { it.document.number == '" + PLAN + "' && it.kind == 'REPORT_OVERDUE' }";
        for (SignedInUser escalatedTo : List.of(ldtbxh, planner)) {
            escalatedTo.notifications()
                    .body(overdue + ".agency.shortName", containsInAnyOrder("Sở TT&TT", "Sở VHTTDL"))
                    .body(overdue + ".escalated", everyItem(is(true)))
                    .body(overdue + ".daysLeft", everyItem(is(-1)));
        }
        syt.notifications().body("items.findAll { it.document.number == '" + PLAN + "' }", empty());
        otherProvince.notifications().body("items", empty());
    }

    @Test
    void an_assignment_past_due_reminds_its_agency_and_escalates_to_the_planners() {
        SignedInUser ldtbxh = officer("HUE-LDTBXH", false);
        SignedInUser planner = SignedInUser.signIn(Roles.PLANNER, "46", null, false);
        SignedInUser syt = officer("HUE-SYT", false);

        reminders.run(LocalDate.of(2016, 7, 1));
        String past = "items.findAll { it.kind == 'ASSIGNMENT_OVERDUE' && it.document.number == '" + PLAN + "' }";
        ldtbxh.notifications().body(past + ".task.number", contains("II.7")).body(past + ".escalated", contains(false))
                .body(past + ".deadline", contains("2016-06-30")).body(past + ".periodCode", contains((Object) null));
        planner.notifications().body(past + ".task.number", contains("II.7")).body(past + ".escalated", contains(true));
        syt.notifications().body(past, empty());
        // 2/7 is not a reminder day (1, 7, 14 and 30 days after): nothing new
        reminders.run(LocalDate.of(2016, 7, 2));
        ldtbxh.notifications().body(past + ".day", contains("2016-07-01"));
    }

    @Test
    void a_second_run_of_the_day_writes_and_sends_nothing_and_the_database_refuses_a_second_row() {
        SignedInUser ldtbxh = officer("HUE-LDTBXH", true);
        LocalDate day = LocalDate.of(2016, 5, 22);

        ReminderRun first = reminders.run(day);
        assertTrue(first.ran());
        assertEquals(1, mailbox.getMailsSentTo(ldtbxh.email()).size());
        ReminderRun second = reminders.run(day);
        assertEquals(new ReminderRun(day, true, 0, 0), second);
        assertEquals(1, mailbox.getMailsSentTo(ldtbxh.email()).size());
        ldtbxh.notifications().body("items.findAll { it.document.number == '" + PLAN + "' }.day", contains("2016-05-22"));

        // after a restart nothing in memory remains: the unique key is what a new run meets
        Notification mine = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from Notification n where n.recipient in (select p.subject from UserProfile p where p.email = ?1)",
                Notification.class).setParameter(1, ldtbxh.email()).getSingleResult());
        Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("INSERT INTO notification (recipient_subject, kind, obligation_key, day, escalated,"
                        + " document_id, agency_id, deadline, created_at) SELECT recipient_subject, kind,"
                        + " obligation_key, day, escalated, document_id, agency_id, deadline, now() FROM notification"
                        + " WHERE id = ?1").setParameter(1, mine.id).executeUpdate()));
        assertTrue(String.valueOf(refused.getCause()).contains("notification_once_a_day")
                || String.valueOf(refused).contains("notification_once_a_day"), refused.toString());
    }

    @Test
    void a_run_while_another_replica_runs_does_nothing() {
        SignedInUser ldtbxh = officer("HUE-LDTBXH", false);
        // the other replica: a transaction holding the job's lock while this one starts
        ReminderRun meanwhile = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, ReminderService.LOCK)
                    .getSingleResult();
            return reminders.run(LocalDate.of(2016, 5, 18));
        });
        assertEquals(new ReminderRun(LocalDate.of(2016, 5, 18), false, 0, 0), meanwhile);
        ldtbxh.notifications().body("items", empty());
        assertTrue(reminders.run(LocalDate.of(2016, 5, 18)).ran());
        ldtbxh.notifications().body("items.kind", contains("REPORT_DUE"));
    }

    @Test
    void email_goes_to_those_who_keep_it_on_and_the_app_notifies_everybody() {
        SignedInUser keeps = officer("HUE-LDTBXH", true);
        SignedInUser optsOut = officer("HUE-LDTBXH", true);
        optsOut.call().when().get("/api/v1/me/preferences").then().statusCode(200).body("emailEnabled", is(true))
                .body("email", is(optsOut.email()));
        optsOut.call().contentType(ContentType.JSON).body(Map.of("emailEnabled", false)).when()
                .put("/api/v1/me/preferences").then().statusCode(200).body("emailEnabled", is(false));
        optsOut.call().contentType(ContentType.JSON).body(Map.of()).when().put("/api/v1/me/preferences").then()
                .statusCode(400).contentType(startsWith(PROBLEM)).body("violations[0].field", is("emailEnabled"));

        reminders.run(LocalDate.of(2016, 5, 18));
        List<Mail> sent = mailbox.getMailsSentTo(keeps.email());
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).getSubject().contains("2016-H1") && sent.get(0).getSubject().contains("còn 7 ngày"),
                sent.get(0).getSubject());
        assertTrue(sent.get(0).getText().contains(PLAN), sent.get(0).getText());
        assertTrue(mailbox.getMailsSentTo(optsOut.email()) == null || mailbox.getMailsSentTo(optsOut.email()).isEmpty());
        optsOut.notifications().body("items.kind", hasItem("REPORT_DUE"));
        // signing in again keeps the choice
        optsOut.call().when().get("/api/v1/me").then().statusCode(200);
        optsOut.call().when().get("/api/v1/me/preferences").then().body("emailEnabled", is(false));
    }

    @Test
    void a_user_reads_and_marks_only_their_own_notifications() {
        SignedInUser owner = officer("HUE-SYT", false);
        SignedInUser other = officer("HUE-SYT", false);
        reminders.run(LocalDate.of(2016, 5, 22));
        int before = owner.call().when().get("/api/v1/notifications/unread-count").then().statusCode(200)
                .extract().path("count");
        assertTrue(before >= 1);
        int id = owner.notifications().extract().path("items[0].id");

        other.call().when().post("/api/v1/notifications/" + id + "/read").then().statusCode(404)
                .contentType(startsWith(PROBLEM)).body("code", is("NOT_FOUND"));
        other.notifications().body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        owner.call().when().get("/api/v1/notifications/unread-count").then().body("count", is(before));

        owner.call().when().post("/api/v1/notifications/" + id + "/read").then().statusCode(200)
                .body("id", is(id)).body("readAt", notNullValue());
        owner.call().when().get("/api/v1/notifications/unread-count").then().body("count", is(before - 1));
        owner.call().queryParam("unread", false).when().get("/api/v1/notifications").then()
                .body("items.id", contains(id));
        owner.call().when().post("/api/v1/notifications/read-all").then().statusCode(200).body("count", is(before - 1));
        owner.call().when().get("/api/v1/notifications/unread-count").then().body("count", is(0));
        other.call().when().get("/api/v1/notifications/unread-count").then().body("count", is(before));
    }
}
