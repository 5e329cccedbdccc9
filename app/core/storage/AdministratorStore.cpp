#include "AdministratorStore.h"

#include "../domain/BuiltInRoles.h"
#include "Database.h"
#include "RoleStore.h"
#include "SqlErrors.h"

#include <QSqlQuery>
#include <algorithm>

namespace warden {

AdministratorStore::AdministratorStore(Database& database)
    : m_database(database)
{ }

namespace {

AdministratorSummary summaryFromRow(const QSqlQuery& q)
{
    AdministratorSummary admin;
    admin.userId = q.value(0).toLongLong();
    admin.email = q.value(1).toString();
    admin.displayName = q.value(2).toString();
    admin.disabled = q.value(3).toInt() != 0;
    const auto method = authMethodFromKey(q.value(5).toString());
    admin.authMethod = method.value_or(AuthMethod::Sso);
    if (!method) {
        admin.secondFactor = SecondFactorState::NotSetUp;
    } else if (*method == AuthMethod::Sso) {
        admin.secondFactor = SecondFactorState::IdentityProvider;
    } else {
        admin.secondFactor = q.value(6).toBool() ? SecondFactorState::Enrolled : SecondFactorState::PendingEnrollment;
    }
    admin.mustChangePassword = q.value(7).toInt() != 0;
    admin.lastSignIn = q.value(8).toString();
    admin.isBackup = q.value(9).toInt() != 0;
    return admin;
}

} // namespace

Result<AdministratorSummary> AdministratorStore::summary(qint64 accountId, qint64 userId) const
{
    auto found = summaries(accountId, userId);
    if (!found) {
        return found.refusal();
    }
    if (found.value().isEmpty()) {
        return Refusal {Refusal::Kind::NotFound, tr("That user holds no role in this account.")};
    }
    return found.value().first();
}

Result<QList<AdministratorSummary>> AdministratorStore::summaries(qint64 accountId, qint64 onlyUserId) const
{
    auto roles = RoleStore(m_database).roles(accountId);
    if (!roles) {
        return roles.refusal();
    }
    QSqlQuery q(m_database.connection());
    QString sql = QStringLiteral(
        "SELECT u.id, u.email, u.display_name, u.disabled, m.role_id, COALESCE(a.auth_method, ''), "
        "COALESCE(a.totp_secret, '') <> '', COALESCE(a.must_change_password, 0), COALESCE(a.last_sign_in, ''), "
        "COALESCE(a.is_backup, 0) FROM role_members m JOIN roles r ON r.id = m.role_id JOIN users u ON u.id = "
        "m.user_id LEFT JOIN administrators a ON a.user_id = u.id WHERE r.account_id = ?");
    QVariantList values {accountId};
    if (onlyUserId != 0) {
        sql += QStringLiteral(" AND u.id = ?");
        values.append(onlyUserId);
    }
    sql += QStringLiteral(" ORDER BY u.email_key, u.id");
    if (auto done = execPrepared(q, sql, values, "reading administrators"); !done) {
        return done.refusal();
    }
    QList<AdministratorSummary> admins;
    while (q.next()) {
        if (admins.isEmpty() || admins.last().userId != q.value(0).toLongLong()) {
            admins.append(summaryFromRow(q));
        }
        const qint64 roleId = q.value(4).toLongLong();
        const auto role = std::find_if(roles.value().cbegin(), roles.value().cend(),
                                       [roleId](const Role& r) { return r.id == roleId; });
        if (role != roles.value().cend()) {
            AdministratorSummary& admin = admins.last();
            admin.roles.append(role->name);
            admin.roleIds.append(role->id);
            admin.holdsProtectedRole = admin.holdsProtectedRole || role->isProtected();
            admin.holdsSuperAdministrator =
                admin.holdsSuperAdministrator || role->builtInKey == BuiltInRoles::kSuperAdministrator;
        }
    }
    for (AdministratorSummary& admin : admins) {
        admin.roles.sort(Qt::CaseInsensitive);
    }
    return admins;
}

Result<QSet<qint64>> AdministratorStore::withSignInMethod(const QList<qint64>& userIds) const
{
    constexpr qsizetype kChunk = 1000;
    QSet<qint64> found;
    for (qsizetype from = 0; from < userIds.size(); from += kChunk) {
        const QList<qint64> chunk = userIds.mid(from, kChunk);
        QVariantList values;
        for (const qint64 id : chunk) {
            values.append(id);
        }
        QSqlQuery q(m_database.connection());
        if (auto done = execPrepared(q,
                                     QStringLiteral("SELECT user_id FROM administrators WHERE user_id IN (%1)")
                                         .arg(placeholders(chunk.size())),
                                     values, "reading sign-in methods");
            !done) {
            return done.refusal();
        }
        while (q.next()) {
            found.insert(q.value(0).toLongLong());
        }
    }
    return found;
}

Result<std::optional<QString>> AdministratorStore::signInMethodKey(qint64 userId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT auth_method FROM administrators WHERE user_id = ?"),
                                 {userId}, "reading an administrator");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(q.value(0).toString());
}

Status AdministratorStore::insertSignIn(qint64 userId, AuthMethod method)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("INSERT INTO administrators (user_id, auth_method) VALUES (?, ?)"),
                        {userId, authMethodKey(method)}, "adding an administrator");
}

Status AdministratorStore::ensureSignIn(qint64 userId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("INSERT INTO administrators (user_id, auth_method) VALUES (?, 'sso') "
                                       "ON CONFLICT (user_id) DO NOTHING"),
                        {userId}, "recording the sign-in method");
}

Status AdministratorStore::setTemporaryPassword(qint64 userId, const QString& hash)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("UPDATE administrators SET auth_method = 'local_password', password_hash = ?, "
                                       "totp_secret = '', totp_last_step = 0, must_change_password = 1, "
                                       "failed_attempts = 0, locked_until = '' WHERE user_id = ?"),
                        {hash, userId}, "setting a temporary password");
}

Status AdministratorStore::switchToSso(qint64 userId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("UPDATE administrators SET auth_method = 'sso', password_hash = '', "
                                       "totp_secret = '', totp_last_step = 0, must_change_password = 0 "
                                       "WHERE user_id = ?"),
                        {userId}, "switching to single sign-on");
}

Status AdministratorStore::markBackup(qint64 userId, const QString& hash)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("INSERT INTO administrators (user_id, auth_method, password_hash, is_backup) "
                                       "VALUES (?, 'local_password', ?, 1) ON CONFLICT (user_id) DO UPDATE SET "
                                       "auth_method = 'local_password', password_hash = excluded.password_hash, "
                                       "totp_secret = CASE WHEN administrators.auth_method = 'local_password' THEN "
                                       "administrators.totp_secret ELSE '' END, must_change_password = 0, "
                                       "is_backup = 1"),
                        {userId, hash}, "marking a backup account");
}

Status AdministratorStore::unmarkBackup(qint64 userId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("UPDATE administrators SET is_backup = 0, password_hash = '', "
                                       "must_change_password = 1 WHERE user_id = ?"),
                        {userId}, "unmarking a backup account");
}

Status AdministratorStore::setBackupPassword(qint64 userId, const QString& hash)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("UPDATE administrators SET password_hash = ?, failed_attempts = 0, "
                                       "locked_until = '' WHERE user_id = ? AND is_backup = 1"),
                        {hash, userId}, "rotating a backup credential");
}

Result<std::pair<int, bool>> AdministratorStore::rolesHeldAndBackup(qint64 userId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT (SELECT count(*) FROM role_members WHERE user_id = ?), "
                                                "COALESCE((SELECT is_backup FROM administrators WHERE user_id = ?), "
                                                "0)"),
                                 {userId, userId}, "reading an administrator's roles");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return std::pair<int, bool>(0, false);
    }
    return std::pair<int, bool>(q.value(0).toInt(), q.value(1).toInt() != 0);
}

Status AdministratorStore::deleteSignIn(qint64 userId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("DELETE FROM administrators WHERE user_id = ?"), {userId},
                        "removing sign-in details");
}

Status AdministratorStore::endSessions(qint64 userId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {userId}, "ending sessions");
}

} // namespace warden
