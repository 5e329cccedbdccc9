#include "AdminService.h"

#include "../ChangeNotifier.h"
#include "../Logging.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../security/DatabaseSecrets.h"
#include "../security/PasswordHasher.h"
#include "../security/Sodium.h"
#include "../storage/Database.h"
#include "../storage/AccountStore.h"
#include "../storage/Repository.h"
#include "../storage/RoleStore.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"
#include "AuthService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <sodium.h>

namespace warden {

QString authMethodKey(AuthMethod method)
{
    return method == AuthMethod::LocalPassword ? QStringLiteral("local_password") : QStringLiteral("sso");
}

std::optional<AuthMethod> authMethodFromKey(const QString& key)
{
    if (key == QLatin1String("local_password")) {
        return AuthMethod::LocalPassword;
    }
    if (key == QLatin1String("sso")) {
        return AuthMethod::Sso;
    }
    return std::nullopt;
}

QString authMethodDisplayName(AuthMethod method)
{
    return method == AuthMethod::LocalPassword ? AdminService::tr("Password and authenticator app")
                                               : AdminService::tr("Single sign-on (SSO)");
}

namespace {

QJsonObject describe(const AdministratorSummary& admin)
{
    return QJsonObject {{QStringLiteral("roles"), QJsonArray::fromStringList(admin.roles)},
                        {QStringLiteral("authMethod"), authMethodKey(admin.authMethod)},
                        {QStringLiteral("backup"), admin.isBackup}};
}

} // namespace

AdminService::AdminService(Database& database, Authorizer& authorizer, AuditLog& audit, ChangeNotifier& notifier,
                           AuthService& auth, Keychain keychain)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_notifier(notifier)
    , m_auth(auth)
    , m_keychain(std::move(keychain))
{ }

QString AdminService::generateStrongPassword()
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&*+-=?@^_~";
    Sodium::ensureInitialized();
    QString out;
    out.reserve(kBackupPasswordLength);
    for (int i = 0; i < kBackupPasswordLength; ++i) {
        out.append(QLatin1Char(kAlphabet[randombytes_uniform(sizeof(kAlphabet) - 1)]));
    }
    return out;
}

QString AdminService::backupCredentialKey(qint64 userId) const
{
    return DatabaseSecrets::keychainKey(m_database.databaseId(), QStringLiteral("backup-credential/%1").arg(userId));
}

Status AdminService::canView(const Actor& actor, qint64 accountId) const
{
    return m_authorizer.check(actor, Action::ViewAdministrators, accountId);
}

Status AdminService::canManage(const Actor& actor, qint64 accountId) const
{
    return m_authorizer.check(actor, Action::ManageAdministrators, accountId);
}

Result<QString> AdminService::accountCode(qint64 accountId) const
{
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    return account.value().code;
}

Result<QList<AdministratorSummary>> AdminService::read(qint64 accountId, qint64 onlyUserId) const
{
    Repository repository(m_database);
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
        const qint64 userId = q.value(0).toLongLong();
        if (admins.isEmpty() || admins.last().userId != userId) {
            AdministratorSummary admin;
            admin.userId = userId;
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
                admin.secondFactor =
                    q.value(6).toBool() ? SecondFactorState::Enrolled : SecondFactorState::PendingEnrollment;
            }
            admin.mustChangePassword = q.value(7).toInt() != 0;
            admin.lastSignIn = q.value(8).toString();
            admin.isBackup = q.value(9).toInt() != 0;
            admins.append(admin);
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

Result<QList<AdministratorSummary>> AdminService::administrators(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = canView(actor, accountId); !allowed) {
        return allowed.refusal();
    }
    return read(accountId, 0);
}

Result<AdministratorSummary> AdminService::administrator(const Actor& actor, qint64 accountId, qint64 userId) const
{
    if (auto allowed = canView(actor, accountId); !allowed) {
        return allowed.refusal();
    }
    auto found = read(accountId, userId);
    if (!found) {
        return found.refusal();
    }
    if (found.value().isEmpty()) {
        return Refusal {Refusal::Kind::NotFound, tr("That user holds no role in this account.")};
    }
    return found.value().first();
}

Result<AdministratorSummary> AdminService::managed(const Actor& actor, qint64 accountId, qint64 userId) const
{
    if (auto allowed = canManage(actor, accountId); !allowed) {
        return allowed.refusal();
    }
    return administrator(actor, accountId, userId);
}

Status AdminService::refuseLastSuperAdministrator(qint64 accountId, const AdministratorSummary& admin,
                                                  AdminChange change) const
{
    if (!admin.holdsSuperAdministrator || admin.disabled) {
        return {};
    }
    auto count = RoleStore(m_database).activeSuperAdministrators(accountId);
    if (!count) {
        return count.refusal();
    }
    if (count.value() <= 1) {
        return Refusal {Refusal::Kind::Forbidden,
                        change == AdminChange::Delete
                            ? tr("%1 is the last Super Administrator of this account and cannot be deleted. Add "
                                 "another Super Administrator first.")
                                  .arg(admin.email)
                            : tr("%1 is the last Super Administrator of this account and cannot be removed. Add "
                                 "another Super Administrator first.")
                                  .arg(admin.email)};
    }
    return {};
}

Status AdminService::refuseProtected(const Actor& actor, qint64 accountId, const AdministratorSummary& admin,
                                     AdminChange change) const
{
    if (!admin.holdsProtectedRole) {
        return {};
    }
    Repository repository(m_database);
    for (const qint64 roleId : admin.roleIds) {
        auto role = RoleStore(m_database).role(roleId);
        if (!role) {
            return role.refusal();
        }
        if (!role.value().isProtected()) {
            continue;
        }
        auto decision = m_authorizer.check(actor, Action::RemoveRoleMember, accountId, &role.value());
        if (!decision) {
            if (decision.refusal().kind == Refusal::Kind::NeedsChangeRequest) {
                return Refusal {Refusal::Kind::NeedsChangeRequest,
                                change == AdminChange::ResetPassword
                                    ? tr("%1 holds the protected role \"%2\": to reset their password, file a "
                                         "change request for an account contact of Director level or higher to "
                                         "approve.")
                                          .arg(admin.email, role.value().name)
                                    : tr("%1 holds the protected role \"%2\": to remove them, file a change "
                                         "request for an account contact of Director level or higher to approve.")
                                          .arg(admin.email, role.value().name)};
            }
            return decision;
        }
    }
    return {};
}

Result<IssuedCredentials> AdminService::issueTemporaryPassword(qint64 userId)
{
    const QString temporary = PasswordHasher::generateTemporary();
    auto hash = PasswordHasher::hash(temporary);
    if (!hash) {
        return hash.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("UPDATE administrators SET auth_method = 'local_password', "
                                                "password_hash = ?, totp_secret = '', totp_last_step = 0, "
                                                "must_change_password = 1, failed_attempts = 0, locked_until = '' "
                                                "WHERE user_id = ?"),
                                 {hash.value(), userId}, "setting a temporary password");
        !done) {
        return done.refusal();
    }
    QSqlQuery sessions(m_database.connection());
    if (auto done = execPrepared(sessions, QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {userId},
                                 "ending sessions");
        !done) {
        return done.refusal();
    }
    auto user = Repository(m_database).user(userId);
    if (!user) {
        return user.refusal();
    }
    return IssuedCredentials {user.value().email, temporary};
}

Result<IssuedCredentials> AdminService::grantRole(qint64 userId, qint64 roleId, AuthMethod methodIfNew)
{
    QSqlQuery existing(m_database.connection());
    if (auto done = execPrepared(existing, QStringLiteral("SELECT auth_method FROM administrators WHERE user_id = ?"),
                                 {userId}, "reading an administrator");
        !done) {
        return done.refusal();
    }
    const bool hasSignIn = existing.next();
    existing.finish();
    IssuedCredentials issued;
    if (!hasSignIn) {
        QSqlQuery insert(m_database.connection());
        if (auto done =
                execPrepared(insert, QStringLiteral("INSERT INTO administrators (user_id, auth_method) VALUES (?, ?)"),
                             {userId, authMethodKey(methodIfNew)}, "adding an administrator");
            !done) {
            return done.refusal();
        }
        if (methodIfNew == AuthMethod::LocalPassword) {
            auto temporary = issueTemporaryPassword(userId);
            if (!temporary) {
                return temporary.refusal();
            }
            issued = temporary.value();
        }
    }
    QSqlQuery member(m_database.connection());
    if (auto done = execPrepared(member,
                                 QStringLiteral("INSERT INTO role_members (role_id, user_id, added_at, added_by) "
                                                "VALUES (?, ?, ?, 'admin-management') ON CONFLICT DO NOTHING"),
                                 {roleId, userId, Repository::now()}, "adding a role member");
        !done) {
        return done.refusal();
    }
    return issued;
}

Status AdminService::revokeRole(qint64 userId, const Role& role)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("DELETE FROM role_members WHERE role_id = ? AND user_id = ?"),
                        {role.id, userId}, "removing a role member");
}

Status AdminService::forgetIfNoRoles(qint64 userId, bool* forgotBackup)
{
    *forgotBackup = false;
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT (SELECT count(*) FROM role_members WHERE user_id = ?), "
                                                "COALESCE((SELECT is_backup FROM administrators WHERE user_id = ?), "
                                                "0)"),
                                 {userId, userId}, "reading an administrator's roles");
        !done) {
        return done;
    }
    const bool noRoles = q.next() && q.value(0).toLongLong() == 0;
    const bool backup = q.value(1).toInt() != 0;
    q.finish();
    if (!noRoles) {
        return {};
    }
    QSqlQuery remove(m_database.connection());
    if (auto done = execPrepared(remove, QStringLiteral("DELETE FROM administrators WHERE user_id = ?"), {userId},
                                 "removing sign-in details");
        !done) {
        return done;
    }
    QSqlQuery sessions(m_database.connection());
    if (auto done = execPrepared(sessions, QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {userId},
                                 "ending sessions");
        !done) {
        return done;
    }
    *forgotBackup = backup;
    return {};
}

Result<IssuedCredentials> AdminService::addAdministrator(const Actor& actor, qint64 accountId, const QString& email,
                                                         qint64 roleId, AuthMethod method)
{
    if (auto allowed = canManage(actor, accountId); !allowed) {
        return allowed.refusal();
    }
    Repository repository(m_database);
    auto user = repository.userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    if (user.value().accountId != accountId) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 belongs to another account's directory; add administrators from this account's "
                           "directory.")
                            .arg(user.value().email)};
    }
    if (user.value().disabled) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is disabled in the directory; enable them first.").arg(user.value().email)};
    }
    auto role = RoleStore(m_database).role(roleId);
    if (!role) {
        return role.refusal();
    }
    if (role.value().accountId != accountId) {
        return Refusal {Refusal::Kind::BadInput, tr("That role belongs to another account.")};
    }
    auto current = read(accountId, user.value().id);
    if (!current) {
        return current.refusal();
    }
    if (!current.value().isEmpty()) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("%1 is already an administrator of this account (%2); use Edit to change their roles.")
                            .arg(user.value().email, current.value().first().roles.join(QStringLiteral(", ")))};
    }
    if (auto allowed = m_authorizer.check(actor, Action::AddRoleMember, accountId, &role.value()); !allowed) {
        return allowed.refusal();
    }
    auto code = accountCode(accountId);
    if (!code) {
        return code.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    auto issued = grantRole(user.value().id, roleId, method);
    if (!issued) {
        return issued.refusal();
    }
    auto after = read(accountId, user.value().id);
    if (!after) {
        return after.refusal();
    }
    if (after.value().isEmpty()) {
        return Refusal {Refusal::Kind::Storage, tr("The new administrator could not be read back.")};
    }
    if (auto logged = m_audit.append(actor.auditName(), code.value(), QStringLiteral("admin.added"), user.value().email,
                                     {}, describe(after.value().first()));
        !logged) {
        return logged.refusal();
    }
    if (auto committed = commitAndAnnounce(tx,
                                           [&] {
                                               m_notifier.administratorsChanged(accountId);
                                               m_notifier.membersChanged(roleId);
                                           });
        !committed) {
        return committed.refusal();
    }
    issued.value().email = user.value().email;
    logger("core.admins")->info("administrator added");
    return issued;
}

Result<IssuedCredentials> AdminService::editAdministrator(const Actor& actor, qint64 accountId, qint64 userId,
                                                          const QList<qint64>& roleIds, AuthMethod method)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    const AdministratorSummary& before = found.value();
    if (roleIds.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("An administrator needs at least one role; use Delete to remove %1 as an administrator.")
                            .arg(before.email)};
    }
    if (before.isBackup && method == AuthMethod::Sso) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is a backup account, which keeps a local password to survive an identity-provider "
                           "outage; unmark it as a backup first.")
                            .arg(before.email)};
    }
    Repository repository(m_database);
    QList<Role> adding;
    QList<Role> removing;
    for (const qint64 roleId : roleIds) {
        if (before.roleIds.contains(roleId)) {
            continue;
        }
        auto role = RoleStore(m_database).role(roleId);
        if (!role) {
            return role.refusal();
        }
        if (role.value().accountId != accountId) {
            return Refusal {Refusal::Kind::BadInput, tr("That role belongs to another account.")};
        }
        if (auto allowed = m_authorizer.check(actor, Action::AddRoleMember, accountId, &role.value()); !allowed) {
            return allowed.refusal();
        }
        adding.append(role.value());
    }
    for (const qint64 roleId : before.roleIds) {
        if (roleIds.contains(roleId)) {
            continue;
        }
        auto role = RoleStore(m_database).role(roleId);
        if (!role) {
            return role.refusal();
        }
        if (role.value().builtInKey == BuiltInRoles::kSuperAdministrator) {
            if (auto last = refuseLastSuperAdministrator(accountId, before, AdminChange::Remove); !last) {
                return last.refusal();
            }
        }
        if (auto allowed = m_authorizer.check(actor, Action::RemoveRoleMember, accountId, &role.value()); !allowed) {
            return allowed.refusal();
        }
        removing.append(role.value());
    }
    const bool notSetUp = before.secondFactor == SecondFactorState::NotSetUp;
    const bool methodChanges = notSetUp || method != before.authMethod;
    if (adding.isEmpty() && removing.isEmpty() && !methodChanges) {
        return IssuedCredentials {before.email, {}};
    }
    auto code = accountCode(accountId);
    if (!code) {
        return code.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    IssuedCredentials issued {before.email, {}};
    for (const Role& role : adding) {
        if (auto granted = grantRole(userId, role.id, method); !granted) {
            return granted.refusal();
        }
    }
    for (const Role& role : removing) {
        if (auto revoked = revokeRole(userId, role); !revoked) {
            return revoked.refusal();
        }
    }
    if (notSetUp) {
        QSqlQuery insert(m_database.connection());
        if (auto done = execPrepared(insert,
                                     QStringLiteral("INSERT INTO administrators (user_id, auth_method) VALUES (?, "
                                                    "'sso') ON CONFLICT (user_id) DO NOTHING"),
                                     {userId}, "recording the sign-in method");
            !done) {
            return done.refusal();
        }
    }
    if (methodChanges) {
        if (method == AuthMethod::LocalPassword) {
            auto temporary = issueTemporaryPassword(userId);
            if (!temporary) {
                return temporary.refusal();
            }
            issued = temporary.value();
        } else {
            QSqlQuery q(m_database.connection());
            if (auto done = execPrepared(q,
                                         QStringLiteral("UPDATE administrators SET auth_method = 'sso', "
                                                        "password_hash = '', totp_secret = '', totp_last_step = 0, "
                                                        "must_change_password = 0 WHERE user_id = ?"),
                                         {userId}, "switching to single sign-on");
                !done) {
                return done.refusal();
            }
        }
    }
    auto after = read(accountId, userId);
    if (!after || after.value().isEmpty()) {
        return after ? Refusal {Refusal::Kind::Storage, tr("The administrator could not be read back.")}
                     : after.refusal();
    }
    if (auto logged = m_audit.append(actor.auditName(), code.value(), QStringLiteral("admin.edited"), before.email,
                                     describe(before), describe(after.value().first()));
        !logged) {
        return logged.refusal();
    }
    if (auto committed = commitAndAnnounce(tx,
                                           [&] {
                                               m_notifier.administratorsChanged(accountId);
                                               for (const Role& role : adding + removing) {
                                                   m_notifier.membersChanged(role.id);
                                               }
                                           });
        !committed) {
        return committed.refusal();
    }
    return issued;
}

Result<IssuedCredentials> AdminService::resetPassword(const Actor& actor, qint64 accountId, qint64 userId)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    const AdministratorSummary& admin = found.value();
    if (admin.secondFactor == SecondFactorState::NotSetUp) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 has no sign-in method yet; use Edit to choose one.").arg(admin.email)};
    }
    if (admin.authMethod != AuthMethod::LocalPassword) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 signs in through the identity provider (SSO) and has no Warden password to reset.")
                            .arg(admin.email)};
    }
    if (admin.isBackup) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is a backup account: rotate its credential instead, so the keychain keeps the "
                           "password.")
                            .arg(admin.email)};
    }
    if (auto allowed = refuseProtected(actor, accountId, admin, AdminChange::ResetPassword); !allowed) {
        return allowed.refusal();
    }
    auto code = accountCode(accountId);
    if (!code) {
        return code.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    auto issued = issueTemporaryPassword(userId);
    if (!issued) {
        return issued.refusal();
    }
    if (auto logged =
            m_audit.append(actor.auditName(), code.value(), QStringLiteral("admin.password_reset"), admin.email, {},
                           QJsonObject {{QStringLiteral("secondFactor"), QStringLiteral("re-enroll")}});
        !logged) {
        return logged.refusal();
    }
    if (auto committed = commitAndAnnounce(tx, [&] { m_notifier.administratorsChanged(accountId); }); !committed) {
        return committed.refusal();
    }
    return issued;
}

Status AdminService::deleteAdministrator(const Actor& actor, qint64 accountId, qint64 userId)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    const AdministratorSummary& admin = found.value();
    if (auto last = refuseLastSuperAdministrator(accountId, admin, AdminChange::Delete); !last) {
        return last;
    }
    if (actor.userId == userId) {
        return Refusal {Refusal::Kind::Forbidden, tr("You cannot delete yourself; ask another Super Administrator.")};
    }
    if (auto allowed = refuseProtected(actor, accountId, admin, AdminChange::Delete); !allowed) {
        return allowed;
    }
    Repository repository(m_database);
    QList<Role> held;
    for (const qint64 roleId : admin.roleIds) {
        auto role = RoleStore(m_database).role(roleId);
        if (!role) {
            return role.refusal();
        }
        if (auto allowed = m_authorizer.check(actor, Action::RemoveRoleMember, accountId, &role.value()); !allowed) {
            return allowed;
        }
        held.append(role.value());
    }
    auto code = accountCode(accountId);
    if (!code) {
        return code.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    for (const Role& role : held) {
        if (auto revoked = revokeRole(userId, role); !revoked) {
            return revoked;
        }
    }
    bool forgotBackup = false;
    if (auto forgot = forgetIfNoRoles(userId, &forgotBackup); !forgot) {
        return forgot;
    }
    if (auto logged = m_audit.append(actor.auditName(), code.value(), QStringLiteral("admin.deleted"), admin.email,
                                     describe(admin), {});
        !logged) {
        return logged;
    }
    // The keychain entry goes last: a keychain refusal rolls the deletion back.
    if (forgotBackup) {
        if (auto removed = m_keychain.remove(backupCredentialKey(userId));
            !removed && removed.refusal().kind != Refusal::Kind::NotFound) {
            return removed;
        }
    }
    return commitAndAnnounce(tx, [&] {
        m_notifier.administratorsChanged(accountId);
        for (const Role& role : held) {
            m_notifier.membersChanged(role.id);
        }
    });
}

Status AdminService::setBackup(const Actor& actor, qint64 accountId, qint64 userId, bool backup)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    const AdministratorSummary& admin = found.value();
    if (admin.isBackup == backup) {
        return {};
    }
    auto code = accountCode(accountId);
    if (!code) {
        return code.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    QString password;
    QSqlQuery q(m_database.connection());
    if (backup) {
        password = generateStrongPassword();
        auto hash = PasswordHasher::hash(password);
        if (!hash) {
            return hash.refusal();
        }
        // The second factor stays as it is; one not yet enrolled is enrolled at first sign-in.
        if (auto done = execPrepared(q,
                                     QStringLiteral("INSERT INTO administrators (user_id, auth_method, password_hash, "
                                                    "is_backup) VALUES (?, 'local_password', ?, 1) ON CONFLICT "
                                                    "(user_id) DO UPDATE SET auth_method = 'local_password', "
                                                    "password_hash = excluded.password_hash, totp_secret = CASE WHEN "
                                                    "administrators.auth_method = 'local_password' THEN "
                                                    "administrators.totp_secret ELSE '' END, must_change_password = "
                                                    "0, is_backup = 1"),
                                     {userId, hash.value()}, "marking a backup account");
            !done) {
            return done;
        }
    } else if (auto done = execPrepared(q,
                                        QStringLiteral("UPDATE administrators SET is_backup = 0, password_hash = '', "
                                                       "must_change_password = 1 WHERE user_id = ?"),
                                        {userId}, "unmarking a backup account");
               !done) {
        return done;
    }
    if (auto logged =
            m_audit.append(actor.auditName(), code.value(),
                           backup ? QStringLiteral("admin.backup_marked") : QStringLiteral("admin.backup_unmarked"),
                           admin.email, describe(admin),
                           QJsonObject {{QStringLiteral("backup"), backup},
                                        {QStringLiteral("credential"),
                                         backup ? QStringLiteral("stored in the OS keychain")
                                                : QStringLiteral("removed from the OS keychain")}});
        !logged) {
        return logged;
    }
    const QString key = backupCredentialKey(userId);
    if (backup) {
        if (auto stored = m_keychain.write(key, password.toUtf8()); !stored) {
            return stored; // rolled back: the database never points at a credential that is not there
        }
    } else if (auto removed = m_keychain.remove(key); !removed && removed.refusal().kind != Refusal::Kind::NotFound) {
        return removed;
    }
    Status committed = commitAndAnnounce(tx, [&] { m_notifier.administratorsChanged(accountId); });
    if (!committed && backup) {
        (void)m_keychain.remove(key);
    }
    return committed;
}

Result<bool> AdminService::hasBackupCredential(qint64 userId) const
{
    return m_keychain.contains(backupCredentialKey(userId));
}

Result<QString> AdminService::revealBackupCredential(const Actor& actor, qint64 accountId, qint64 userId,
                                                     const QString& password, const QString& code)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    if (!found.value().isBackup) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is not a backup account; only backup accounts keep a credential in the keychain.")
                            .arg(found.value().email)};
    }
    auto account = accountCode(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto confirmed = m_auth.reauthenticate(actor, password, code); !confirmed) {
        return confirmed.refusal();
    }
    auto secret = m_keychain.read(backupCredentialKey(userId));
    if (!secret) {
        if (secret.refusal().kind == Refusal::Kind::NotFound) {
            return Refusal {
                Refusal::Kind::Keychain,
                tr("The keychain holds no credential for %1. Rotate it to store a new one.").arg(found.value().email)};
        }
        return secret.refusal();
    }
    QByteArray bytes = std::move(secret).value();
    QString revealed = QString::fromUtf8(bytes);
    Sodium::wipe(bytes);
    // Audited before the value leaves the core: no record, no credential.
    if (auto logged = m_audit.append(actor.auditName(), account.value(),
                                     QStringLiteral("admin.backup_credential_revealed"), found.value().email);
        !logged) {
        return logged.refusal();
    }
    logger("core.admins")->warn("backup credential revealed");
    return revealed;
}

Status AdminService::rotateBackupCredential(const Actor& actor, qint64 accountId, qint64 userId)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    if (!found.value().isBackup) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is not a backup account; mark it as one first.").arg(found.value().email)};
    }
    auto account = accountCode(accountId);
    if (!account) {
        return account.refusal();
    }
    const QString key = backupCredentialKey(userId);
    // Read the old value first: an unavailable keychain stops here, before anything changes,
    // and the old value can be put back should the commit fail.
    auto previous = m_keychain.read(key);
    if (!previous && previous.refusal().kind != Refusal::Kind::NotFound) {
        return previous.refusal();
    }
    const QString password = generateStrongPassword();
    auto hash = PasswordHasher::hash(password);
    if (!hash) {
        return hash.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("UPDATE administrators SET password_hash = ?, failed_attempts = 0, "
                                                "locked_until = '' WHERE user_id = ? AND is_backup = 1"),
                                 {hash.value(), userId}, "rotating a backup credential");
        !done) {
        return done;
    }
    QSqlQuery sessions(m_database.connection());
    if (auto done = execPrepared(sessions, QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {userId},
                                 "ending sessions");
        !done) {
        return done;
    }
    if (auto logged =
            m_audit.append(actor.auditName(), account.value(), QStringLiteral("admin.backup_credential_rotated"),
                           found.value().email, {}, QJsonObject {{QStringLiteral("length"), kBackupPasswordLength}});
        !logged) {
        return logged;
    }
    if (auto stored = m_keychain.write(key, password.toUtf8()); !stored) {
        return stored;
    }
    Status committed = commitAndAnnounce(tx, [&] { m_notifier.administratorsChanged(accountId); });
    if (!committed) {
        if (previous) {
            (void)m_keychain.write(key, previous.value());
        } else {
            (void)m_keychain.remove(key);
        }
    }
    return committed;
}

} // namespace warden
