#include "HealthStore.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QSqlQuery>

namespace warden {

HealthStore::HealthStore(Database& database)
    : m_database(database)
{ }

Result<QList<AdministratorFacts>> HealthStore::administratorFacts(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT u.id, u.email, COALESCE(r.builtin_key, ''), a.user_id IS NOT NULL, "
                                        "COALESCE(a.auth_method, ''), COALESCE(a.password_hash, '') <> '', "
                                        "COALESCE(a.totp_secret, '') <> '', COALESCE(a.is_backup, 0) FROM "
                                        "role_members m JOIN roles r ON r.id = m.role_id JOIN users u ON "
                                        "u.id = m.user_id LEFT JOIN administrators a ON a.user_id = u.id "
                                        "WHERE r.account_id = ? AND u.disabled = 0 ORDER BY u.email_key"),
                         {accountId}, "reading administrators");
        !done) {
        return done.refusal();
    }
    QList<AdministratorFacts> admins;
    while (q.next()) {
        admins.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                       q.value(4).toString(), q.value(5).toBool(), q.value(6).toBool(), q.value(7).toInt() != 0});
    }
    return admins;
}

Result<std::optional<AccessTestRecord>> HealthStore::latestAccessTest(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT t.tested_at, t.login_ok, t.mfa_ok, t.permissions_ok, u.email "
                                                "FROM backup_access_tests t JOIN users u ON u.id = t.admin_user_id "
                                                "WHERE t.account_id = ? ORDER BY t.tested_at DESC, t.id DESC LIMIT 1"),
                                 {accountId}, "reading backup access tests");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return std::optional<AccessTestRecord>();
    }
    const bool passed = q.value(1).toInt() != 0 && q.value(2).toInt() != 0 && q.value(3).toInt() != 0;
    return std::optional(AccessTestRecord {q.value(0).toString(), passed, q.value(4).toString()});
}

Result<std::optional<AccessReviewRecord>> HealthStore::latestAccessReview(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT reviewed_at, reviewed_by FROM access_reviews WHERE account_id "
                                                "= ? ORDER BY reviewed_at DESC, id DESC LIMIT 1"),
                                 {accountId}, "reading access reviews");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return std::optional<AccessReviewRecord>();
    }
    return std::optional(AccessReviewRecord {q.value(0).toString(), q.value(1).toString()});
}

Result<int> HealthStore::auditEntriesSince(const QString& accountCode, const QString& action,
                                           const QString& sinceUtc) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND account_code = ? "
                                                "AND at >= ?"),
                                 {action, accountCode, sinceUtc}, "counting audit entries");
        !done) {
        return done.refusal();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<bool> HealthStore::holdsRoleIn(qint64 userId, qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT 1 FROM role_members m JOIN roles r ON r.id = m.role_id WHERE "
                                                "m.user_id = ? AND r.account_id = ?"),
                                 {userId, accountId}, "reading role members");
        !done) {
        return done.refusal();
    }
    return q.next();
}

Status HealthStore::insertAccessTest(qint64 accountId, qint64 adminUserId, const BackupAccessTest& test,
                                     const QString& at, const QString& recordedBy)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("INSERT INTO backup_access_tests (account_id, admin_user_id, tested_at, "
                                       "login_ok, mfa_ok, permissions_ok, notes, recorded_by) VALUES (?, ?, ?, ?, ?, "
                                       "?, ?, ?)"),
                        {accountId, adminUserId, at, test.loginOk ? 1 : 0, test.mfaOk ? 1 : 0,
                         test.permissionsOk ? 1 : 0, test.notes.trimmed(), recordedBy},
                        "recording a backup access test");
}

Status HealthStore::insertAccessReview(qint64 accountId, const QString& at, const QString& reviewedBy,
                                       const QString& notes)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("INSERT INTO access_reviews (account_id, reviewed_at, reviewed_by, notes) "
                                       "VALUES (?, ?, ?, ?)"),
                        {accountId, at, reviewedBy, notes}, "recording an access review");
}

} // namespace warden
