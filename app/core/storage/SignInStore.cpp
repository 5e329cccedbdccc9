#include "SignInStore.h"

#include "Database.h"
#include "DirectoryStore.h"
#include "SqlErrors.h"

#include <QSqlQuery>

namespace warden {

SignInStore::SignInStore(Database& database)
    : m_database(database)
{ }

Result<qint64> SignInStore::administratorCount() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM administrators"))) {
        return storageRefusal(q.lastError(), "checking for administrators");
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<std::optional<SignInRecord>> SignInStore::select(const QString& where, const QVariant& value) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT u.id, u.account_id, u.email, u.disabled, a.auth_method, "
                                                "a.password_hash, a.totp_secret, a.totp_last_step, a.failed_attempts, "
                                                "a.locked_until, a.must_change_password FROM users u JOIN "
                                                "administrators a ON a.user_id = u.id WHERE ")
                                     + where,
                                 {value}, "reading sign-in details");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return std::optional<SignInRecord>();
    }
    SignInRecord record;
    record.userId = q.value(0).toLongLong();
    record.accountId = q.value(1).toLongLong();
    record.email = q.value(2).toString();
    record.disabled = q.value(3).toInt() != 0;
    record.method = q.value(4).toString();
    record.passwordHash = q.value(5).toString();
    record.sealedTotpSecret = q.value(6).toString();
    record.lastStep = q.value(7).toLongLong();
    record.failedAttempts = q.value(8).toInt();
    record.lockedUntil = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    record.mustChangePassword = q.value(10).toInt() != 0;
    return std::optional(record);
}

Result<std::optional<SignInRecord>> SignInStore::recordByEmail(const QString& email) const
{
    return select(QStringLiteral("u.email_key = ?"), DirectoryStore::emailKey(email));
}

Result<std::optional<SignInRecord>> SignInStore::recordOfUser(qint64 userId) const
{
    return select(QStringLiteral("u.id = ?"), userId);
}

Status SignInStore::enrollLocalPassword(qint64 userId, const QString& hash, const QString& sealedSecret)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("INSERT INTO administrators (user_id, auth_method, password_hash, totp_secret) "
                                       "VALUES (?, 'local_password', ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                                       "auth_method = excluded.auth_method, password_hash = excluded.password_hash, "
                                       "totp_secret = excluded.totp_secret, totp_last_step = 0, failed_attempts = 0, "
                                       "locked_until = ''"),
                        {userId, hash, sealedSecret}, "enrolling an administrator");
}

Result<QList<std::pair<qint64, QString>>> SignInStore::sealedSecrets() const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q,
            QStringLiteral("SELECT user_id, totp_secret FROM administrators WHERE totp_secret <> '' ORDER BY user_id"),
            {}, "reading sealed secrets");
        !done) {
        return done.refusal();
    }
    QList<std::pair<qint64, QString>> sealed;
    while (q.next()) {
        sealed.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return sealed;
}

Status SignInStore::setSealedSecret(qint64 userId, const QString& sealedSecret)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE administrators SET totp_secret = ? WHERE user_id = ?"),
                        {sealedSecret, userId}, "sealing a secret again");
}

Status SignInStore::setThrottle(qint64 userId, int failedAttempts, const QString& lockedUntil)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("UPDATE administrators SET failed_attempts = ?, locked_until = ? WHERE "
                                       "user_id = ?"),
                        {failedAttempts, lockedUntil, userId}, "recording a failed sign-in");
}

Status SignInStore::setLastStep(qint64 userId, qint64 step)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE administrators SET totp_last_step = ? WHERE user_id = ?"),
                        {step, userId}, "recording the code");
}

Result<bool> SignInStore::spendCode(qint64 userId, qint64 step)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("UPDATE administrators SET totp_last_step = ?, failed_attempts = 0, "
                                                "locked_until = '' WHERE user_id = ? AND totp_last_step < ?"),
                                 {step, userId, step}, "spending the code");
        !done) {
        return done.refusal();
    }
    return q.numRowsAffected() == 1;
}

Status SignInStore::completeEnrollment(qint64 userId, const QString& hash, const QString& sealedSecret, qint64 step)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("UPDATE administrators SET password_hash = ?, totp_secret = ?, totp_last_step = "
                                       "?, must_change_password = 0, failed_attempts = 0, locked_until = '', "
                                       "last_sign_in = ? WHERE user_id = ?"),
                        {hash, sealedSecret, step, DirectoryStore::now(), userId}, "completing the enrollment");
}

Status SignInStore::recordSignIn(qint64 userId, qint64 step)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("UPDATE administrators SET totp_last_step = ?, failed_attempts = 0, "
                                       "locked_until = '', last_sign_in = ? WHERE user_id = ?"),
                        {step, DirectoryStore::now(), userId}, "recording the sign-in");
}

Status SignInStore::insertSession(const QString& tokenHash, qint64 userId, qint64 expiresAt,
                                  const QString& clientAddress)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, "
                                       "client_address) VALUES (?, ?, ?, ?, ?)"),
                        {tokenHash, userId, DirectoryStore::now(), expiresAt, clientAddress}, "opening a session");
}

Result<std::optional<SessionRecord>> SignInStore::session(const QString& tokenHash) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT u.id, u.account_id, u.email, u.disabled, s.expires_at, "
                                                "s.client_address FROM sessions s JOIN users u ON u.id = s.user_id "
                                                "WHERE s.token_hash = ?"),
                                 {tokenHash}, "resuming a session");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return std::optional<SessionRecord>();
    }
    return std::optional(SessionRecord {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                        q.value(3).toInt() != 0, q.value(4).toLongLong(), q.value(5).toString()});
}

Status SignInStore::extendSession(const QString& tokenHash, qint64 expiresAt)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE sessions SET expires_at = ? WHERE token_hash = ?"),
                        {expiresAt, tokenHash}, "resuming a session");
}

Status SignInStore::deleteSession(const QString& tokenHash, qint64 now)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("DELETE FROM sessions WHERE token_hash = ? OR expires_at < ?"),
                        {tokenHash, now}, "closing a session");
}

} // namespace warden
