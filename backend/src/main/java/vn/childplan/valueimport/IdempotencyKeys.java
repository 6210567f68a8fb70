package vn.childplan.valueimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;

/**
 * Idempotency-Key (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): a client retrying a request with
 * the same key gets the first answer again instead of a second import. The key belongs to the caller (token
 * subject) and is kept with the request (operation and parameters) and the SHA-256 of its body: the same key and
 * request → the stored answer (same status and body); the same key with another body or other parameters → 422
 * IDEMPOTENCY_KEY_REUSED; the same key while the first request still
 * runs → 409 IDEMPOTENCY_KEY_IN_USE. Answers are kept {@link #RETENTION_HOURS} hours ({@link #purge}); a request
 * that failed on the server's side (5xx) releases its key, so the retry runs.
 */
@ApplicationScoped
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    public static final int RETENTION_HOURS = 24;
    private static final int MAX_KEY = 255;

    private final EntityManager em;
    private final ImportJobRunners runners;

    public IdempotencyKeys(EntityManager em, ImportJobRunners runners) {
        this.em = em;
        this.runners = runners;
    }

    /** A stored answer: its status, media type and body. */
    public record Answer(int status, String contentType, String body) {
    }

    /** 400 unless the key is 1–255 visible ASCII characters. */
    static void check(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            String message = "must be 1 to " + MAX_KEY + " visible ASCII characters, e.g. a UUID";
            throw new ApiException(ErrorCode.INVALID_PARAMETER, List.of(new Problem.Violation(HEADER, message,
                    "IdempotencyKey")), HEADER, message);
        }
    }

    /**
     * Holds {@code key} for this request (committed at once, so a concurrent request sees it), or answers what the
     * first request with this key answered.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Answer> hold(String subject, String key, String request, String sha256) {
        purge();
        int held = em.createNativeQuery("""
                INSERT INTO idempotency_key (subject, key, operation, body_sha256, state, runner)
                VALUES (?1, ?2, ?3, ?4, 'RUNNING', ?5) ON CONFLICT DO NOTHING""").setParameter(1, subject)
                .setParameter(2, key).setParameter(3, request).setParameter(4, sha256).setParameter(5, runners.runner())
                .executeUpdate();
        if (held == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT operation, body_sha256, state, status, content_type, response FROM idempotency_key
                WHERE subject = ?1 AND key = ?2""").setParameter(1, subject).setParameter(2, key).getResultList();
        if (rows.isEmpty() || "RUNNING".equals(rows.get(0)[2])) {
            // empty: released by a failed first request a moment ago; the retry may come now
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_IN_USE);
        }
        Object[] row = rows.get(0);
        if (!request.equals(row[0]) || !sha256.equals(row[1])) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        }
        return Optional.of(new Answer(((Number) row[3]).intValue(), (String) row[4], (String) row[5]));
    }

    /** Stores the answer of the request holding {@code key}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String subject, String key, Answer answer) {
        em.createNativeQuery("""
                UPDATE idempotency_key SET state = 'DONE', status = ?3, content_type = ?4, response = ?5
                WHERE subject = ?1 AND key = ?2""").setParameter(1, subject).setParameter(2, key)
                .setParameter(3, answer.status()).setParameter(4, answer.contentType()).setParameter(5, answer.body())
                .executeUpdate();
    }

    /** Lets {@code key} go after the server failed, so a retry is processed rather than answered 409. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String subject, String key) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE subject = ?1 AND key = ?2").setParameter(1, subject)
                .setParameter(2, key).executeUpdate();
    }

    /**
     * The clean-up a scheduler can run (it also runs before each key is held): answers older than the retention
     * go. {@code DELETE FROM idempotency_key WHERE state = 'DONE' AND created_at < now() - interval '24 hours'}.
     */
    @Transactional
    public int purge() {
        return em.createNativeQuery("DELETE FROM idempotency_key WHERE state = 'DONE' AND created_at < now() - "
                + "make_interval(hours => ?1)").setParameter(1, RETENTION_HOURS).executeUpdate();
    }
}
