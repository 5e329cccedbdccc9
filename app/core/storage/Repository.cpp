#include "Repository.h"

#include "../domain/BuiltInRoles.h"
#include "Database.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace warden {

namespace {

const QString kAccountColumns = QStringLiteral(
    "id, code, name, kind, parent_id, policy_inheritance, federated_administration, federated_content_view, "
    "federated_admin_domain");

Account accountFrom(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.name = q.value(2).toString();
    a.kind = accountKindFromKey(q.value(3).toString()).value_or(AccountKind::Standard);
    if (!q.value(4).isNull()) {
        a.parentId = q.value(4).toLongLong();
    }
    a.policyInheritance = q.value(5).toInt() != 0;
    a.federatedAdministration = q.value(6).toInt() != 0;
    a.federatedContentView = q.value(7).toInt() != 0;
    a.federatedAdminDomain = q.value(8).toString();
    return a;
}

Refusal notFound(const QString& message)
{
    return Refusal {Refusal::Kind::NotFound, message};
}

} // namespace

QString Repository::userColumns(const QString& alias)
{
    QStringList columns = {QStringLiteral("id"),      QStringLiteral("account_id"),   QStringLiteral("email"),
                           QStringLiteral("upn"),     QStringLiteral("display_name"), QStringLiteral("source"),
                           QStringLiteral("disabled")};
    for (QString& column : columns) {
        column.prepend(alias);
    }
    return columns.join(QStringLiteral(", "));
}

User Repository::userFromRow(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.accountId = q.value(1).toLongLong();
    u.email = q.value(2).toString();
    u.upn = q.value(3).toString();
    u.displayName = q.value(4).toString();
    u.source = q.value(5).toString();
    u.disabled = q.value(6).toInt() != 0;
    return u;
}

Repository::Repository(Database& database)
    : m_database(database)
{ }

QString Repository::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<Account> Repository::account(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kAccountColumns), {id},
                                 "reading an account");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return notFound(QCoreApplication::translate("Repository", "No such account."));
    }
    return accountFrom(q);
}

Result<Account> Repository::accountByCode(const QString& code) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM accounts WHERE code_key = ?").arg(kAccountColumns),
                                 {code.trimmed().toLower()}, "reading an account");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return notFound(
            QCoreApplication::translate("Repository", "There is no account with the code \"%1\".").arg(code));
    }
    return accountFrom(q);
}

Result<QList<Account>> Repository::accounts() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM accounts ORDER BY name, id").arg(kAccountColumns))) {
        return storageRefusal(q.lastError(), "listing accounts");
    }
    QList<Account> result;
    while (q.next()) {
        result.append(accountFrom(q));
    }
    return result;
}

Result<QList<qint64>> Repository::ancestors(qint64 accountId) const
{
    QList<qint64> chain;
    qint64 current = accountId;
    for (int depth = 0; depth < 32; ++depth) {
        QSqlQuery q(m_database.connection());
        if (auto done = execPrepared(q, QStringLiteral("SELECT parent_id FROM accounts WHERE id = ?"), {current},
                                     "reading the account hierarchy");
            !done) {
            return done.refusal();
        }
        if (!q.next() || q.value(0).isNull()) {
            break;
        }
        current = q.value(0).toLongLong();
        chain.append(current);
    }
    return chain;
}

Result<QStringList> Repository::domains(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT name FROM domains WHERE account_id = ? UNION SELECT d.name FROM "
                                        "domains d JOIN domain_links l ON l.domain_id = d.id WHERE "
                                        "l.account_id = ? ORDER BY 1"),
                         {accountId, accountId}, "reading domains");
        !done) {
        return done.refusal();
    }
    QStringList names;
    while (q.next()) {
        names.append(q.value(0).toString());
    }
    return names;
}

Result<QStringList> Repository::ipAllowList(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q, QStringLiteral("SELECT cidr FROM account_ip_ranges WHERE account_id = ? ORDER BY id"),
                         {accountId}, "reading the IP allow-list");
        !done) {
        return done.refusal();
    }
    QStringList ranges;
    while (q.next()) {
        ranges.append(q.value(0).toString());
    }
    return ranges;
}

Result<int> Repository::activeSuperAdministrators(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT count(*) FROM role_members m JOIN roles r ON r.id = m.role_id "
                                                "JOIN users u ON u.id = m.user_id WHERE r.account_id = ? AND "
                                                "r.builtin_key = ? AND u.disabled = 0"),
                                 {accountId, BuiltInRoles::kSuperAdministrator}, "counting Super Administrators");
        !done) {
        return done.refusal();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<User> Repository::user(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(userColumns()), {id},
                                 "reading a user");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return notFound(QCoreApplication::translate("Repository", "No such user."));
    }
    return userFromRow(q);
}

Result<User> Repository::userByEmail(const QString& email) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM users WHERE email_key = ?").arg(userColumns()),
                                 {emailKey(email)}, "reading a user");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return notFound(
            QCoreApplication::translate("Repository", "%1 is not in the internal directory.").arg(email.trimmed()));
    }
    return userFromRow(q);
}

Result<QString> Repository::accountCodeOfAddress(const QString& email) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT a.code FROM users u JOIN accounts a ON a.id = u.account_id "
                                                "WHERE u.email_key = ?"),
                                 {emailKey(email)}, "finding the account of an address");
        !done) {
        return done.refusal();
    }
    if (q.next()) {
        return q.value(0).toString();
    }
    const QString domain = emailKey(email).section(QLatin1Char('@'), 1);
    if (domain.isEmpty()) {
        return QString();
    }
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT a.code FROM domains d JOIN accounts a ON a.id = d.account_id "
                                                "WHERE d.name = ?"),
                                 {domain}, "finding the account of a domain");
        !done) {
        return done.refusal();
    }
    return q.next() ? q.value(0).toString() : QString();
}

Result<int> Repository::countAuditEntries(const QString& accountCode, const QString& action,
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

Result<QList<Role>> Repository::selectRoles(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_database.connection());
    const QString sql =
        QStringLiteral("SELECT r.id, r.account_id, r.name, r.description, r.builtin_key, r.always_protected, "
                       "r.protected_permissions, r.management_level, "
                       "(SELECT count(*) FROM role_members m WHERE m.role_id = r.id) "
                       "FROM roles r WHERE %1 ORDER BY r.name_key")
            .arg(where);
    if (auto done = execPrepared(q, sql, values, "reading roles"); !done) {
        return done.refusal();
    }
    QList<Role> roles;
    QHash<qint64, qsizetype> indexById;
    while (q.next()) {
        Role role;
        role.id = q.value(0).toLongLong();
        role.accountId = q.value(1).toLongLong();
        role.name = q.value(2).toString();
        role.description = q.value(3).toString();
        role.builtInKey = q.value(4).toString();
        role.alwaysProtected = q.value(5).toInt() != 0;
        role.permissions.setProtectedPermissions(static_cast<ProtectedPermissions>(q.value(6).toInt()));
        role.permissions.setManagementLevel(static_cast<ManagementLevel>(std::clamp(q.value(7).toInt(), 0, 2)));
        role.memberCount = q.value(8).toInt();
        if (const BuiltInRole* builtIn = BuiltInRoles::find(role.builtInKey)) {
            role.neverProtected = builtIn->neverProtected;
        }
        indexById.insert(role.id, roles.size());
        roles.append(role);
    }
    if (roles.isEmpty()) {
        return roles;
    }
    QStringList placeholders;
    QVariantList ids;
    for (const Role& role : roles) {
        placeholders.append(QStringLiteral("?"));
        ids.append(role.id);
    }
    QSqlQuery p(m_database.connection());
    if (auto done =
            execPrepared(p,
                         QStringLiteral("SELECT role_id, area, verbs FROM role_permissions WHERE role_id IN (%1)")
                             .arg(placeholders.join(QLatin1Char(','))),
                         ids, "reading role permissions");
        !done) {
        return done.refusal();
    }
    while (p.next()) {
        const auto area = areaFromKey(p.value(1).toString());
        if (area) {
            roles[indexById.value(p.value(0).toLongLong())].permissions.setVerbs(
                *area, static_cast<Verbs>(p.value(2).toInt()));
        }
    }
    return roles;
}

Result<Role> Repository::role(qint64 id) const
{
    auto roles = selectRoles(QStringLiteral("r.id = ?"), {id});
    if (!roles) {
        return roles.refusal();
    }
    if (roles.value().isEmpty()) {
        return notFound(QCoreApplication::translate("Repository", "No such role."));
    }
    return roles.value().first();
}

Result<Role> Repository::roleByName(qint64 accountId, const QString& name) const
{
    auto roles = selectRoles(QStringLiteral("r.account_id = ? AND r.name_key = ?"), {accountId, nameKey(name)});
    if (!roles) {
        return roles.refusal();
    }
    if (roles.value().isEmpty()) {
        return notFound(QCoreApplication::translate("Repository", "There is no role named \"%1\".").arg(name));
    }
    return roles.value().first();
}

Result<QList<Role>> Repository::roles(qint64 accountId) const
{
    return selectRoles(QStringLiteral("r.account_id = ?"), {accountId});
}

Result<QList<Role>> Repository::rolesOfUser(qint64 userId) const
{
    return selectRoles(QStringLiteral("r.id IN (SELECT role_id FROM role_members WHERE user_id = ?)"), {userId});
}

Status Repository::writePermissions(qint64 roleId, const PermissionSet& permissions)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("DELETE FROM role_permissions WHERE role_id = ?"), {roleId},
                                 "writing role permissions");
        !done) {
        return done;
    }
    for (int i = 0; i < kAreaCount; ++i) {
        const auto area = static_cast<AppArea>(i);
        if (permissions.verbs(area) == NoVerb) {
            continue;
        }
        QSqlQuery insert(m_database.connection());
        if (auto done = execPrepared(
                insert, QStringLiteral("INSERT INTO role_permissions (role_id, area, verbs) VALUES (?, ?, ?)"),
                {roleId, areaKey(area), static_cast<int>(permissions.verbs(area))}, "writing role permissions");
            !done) {
            return done;
        }
    }
    QSqlQuery update(m_database.connection());
    return execPrepared(
        update, QStringLiteral("UPDATE roles SET protected_permissions = ?, management_level = ? WHERE id = ?"),
        {static_cast<int>(permissions.protectedPermissions()), static_cast<int>(permissions.managementLevel()), roleId},
        "writing role permissions");
}

Result<Role> Repository::insertRole(const Role& role)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q,
            QStringLiteral("INSERT INTO roles (account_id, name, name_key, description, builtin_key, "
                           "always_protected, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {role.accountId, role.name.simplified(), nameKey(role.name), role.description,
             role.builtInKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(role.builtInKey),
             role.alwaysProtected ? 1 : 0, now()},
            "creating a role");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return storageRefusal(q.lastError(), "creating a role");
    }
    Role created = role;
    created.id = q.value(0).toLongLong();
    created.name = role.name.simplified();
    if (auto done = writePermissions(created.id, created.permissions); !done) {
        return done.refusal();
    }
    return created;
}

} // namespace warden
