#include "RoleStore.h"

#include "../domain/BuiltInRoles.h"
#include "Database.h"
#include "DirectoryStore.h"
#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace warden {

namespace {

Refusal notFound(const QString& message)
{
    return Refusal {Refusal::Kind::NotFound, message};
}

} // namespace

RoleStore::RoleStore(Database& database)
    : m_database(database)
{ }

Result<QList<Role>> RoleStore::selectRoles(const QString& where, const QVariantList& values,
                                           bool withMemberCounts) const
{
    QSqlQuery q(m_database.connection());
    const QString sql =
        QStringLiteral(
            "SELECT r.id, r.account_id, r.name, r.description, r.builtin_key, r.always_protected, "
            "r.protected_permissions, r.management_level, %1, r.version, r.changed_by, r.changed_at FROM roles r "
            "WHERE %2 ORDER BY r.name_key")
            .arg(withMemberCounts ? QStringLiteral("(SELECT count(*) FROM role_members m WHERE m.role_id = r.id)")
                                  : QStringLiteral("0"),
                 where);
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
        role.version = q.value(9).toInt();
        role.changedBy = q.value(10).toString();
        role.changedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        if (const BuiltInRole* builtIn = BuiltInRoles::find(role.builtInKey)) {
            role.neverProtected = builtIn->neverProtected;
        }
        indexById.insert(role.id, roles.size());
        roles.append(role);
    }
    if (roles.isEmpty()) {
        return roles;
    }
    // The same condition again, not a list of ids: binding thousands of parameters costs more
    // than the query.
    QSqlQuery p(m_database.connection());
    p.setForwardOnly(true);
    if (auto done = execPrepared(p,
                                 QStringLiteral("SELECT role_id, area, verbs FROM role_permissions WHERE role_id IN "
                                                "(SELECT r.id FROM roles r WHERE %1)")
                                     .arg(where),
                                 values, "reading role permissions");
        !done) {
        return done.refusal();
    }
    while (p.next()) {
        const auto area = areaFromKey(p.value(1).toString());
        const auto index = indexById.constFind(p.value(0).toLongLong());
        if (area && index != indexById.cend()) {
            roles[index.value()].permissions.setVerbs(*area, static_cast<Verbs>(p.value(2).toInt()));
        }
    }
    return roles;
}

Result<Role> RoleStore::role(qint64 id) const
{
    auto roles = selectRoles(QStringLiteral("r.id = ?"), {id});
    if (!roles) {
        return roles.refusal();
    }
    if (roles.value().isEmpty()) {
        return notFound(QCoreApplication::translate("RoleStore", "No such role."));
    }
    return roles.value().first();
}

Result<Role> RoleStore::roleByName(qint64 accountId, const QString& name) const
{
    auto roles =
        selectRoles(QStringLiteral("r.account_id = ? AND r.name_key = ?"), {accountId, DirectoryStore::nameKey(name)});
    if (!roles) {
        return roles.refusal();
    }
    if (roles.value().isEmpty()) {
        return notFound(QCoreApplication::translate("RoleStore", "There is no role named \"%1\".").arg(name));
    }
    return roles.value().first();
}

Result<QList<Role>> RoleStore::roles(qint64 accountId) const
{
    return selectRoles(QStringLiteral("r.account_id = ?"), {accountId});
}

Result<QList<Role>> RoleStore::rolesOfUser(qint64 userId, bool withMemberCounts) const
{
    return selectRoles(QStringLiteral("r.id IN (SELECT role_id FROM role_members WHERE user_id = ?)"), {userId},
                       withMemberCounts);
}

Result<QList<qint64>> RoleStore::roleIdsOfUser(qint64 userId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT m.role_id FROM role_members m JOIN users u ON u.id = m.user_id "
                                                "WHERE m.user_id = ? AND u.disabled = 0 ORDER BY m.role_id"),
                                 {userId}, "reading the actor's roles");
        !done) {
        return done.refusal();
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

Result<QList<Role>> RoleStore::rolesOfUserIn(qint64 userId, const QList<qint64>& accountIds) const
{
    if (accountIds.isEmpty()) {
        return QList<Role>();
    }
    QVariantList values;
    for (const qint64 id : accountIds) {
        values.append(id);
    }
    values.append(userId);
    // From the accounts' roles to the membership, not from all of the user's memberships: a
    // partner administrator holds a role in each of many accounts.
    return selectRoles(QStringLiteral("r.account_id IN (%1) AND EXISTS (SELECT 1 FROM role_members m WHERE m.role_id "
                                      "= r.id AND m.user_id = ?)")
                           .arg(placeholders(accountIds.size())),
                       values, false);
}

Result<Role> RoleStore::insertRole(const Role& role)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q,
            QStringLiteral("INSERT INTO roles (account_id, name, name_key, description, builtin_key, "
                           "always_protected, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {role.accountId, role.name.simplified(), DirectoryStore::nameKey(role.name), role.description,
             role.builtInKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(role.builtInKey),
             role.alwaysProtected ? 1 : 0, DirectoryStore::now()},
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

Status RoleStore::writePermissions(qint64 roleId, const PermissionSet& permissions)
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

Result<int> RoleStore::activeSuperAdministrators(qint64 accountId) const
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

Status RoleStore::updateRole(const Role& role, const QString& changedBy)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("UPDATE roles SET name = ?, name_key = ?, description = ?, version = "
                                                "version + 1, changed_by = ?, changed_at = ? WHERE id = ?"),
                                 {role.name, DirectoryStore::nameKey(role.name), role.description, changedBy,
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), role.id},
                                 "updating a role");
        !done) {
        return done;
    }
    return writePermissions(role.id, role.permissions);
}

Status RoleStore::deleteRole(qint64 roleId)
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q, QStringLiteral("DELETE FROM role_members WHERE role_id = ?"), {roleId}, "deleting a role");
        !done) {
        return done;
    }
    return execPrepared(q, QStringLiteral("DELETE FROM roles WHERE id = ?"), {roleId}, "deleting a role");
}

Result<int> RoleStore::activeMembers(qint64 roleId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT count(*) FROM role_members m JOIN users u ON u.id = m.user_id "
                                                "WHERE m.role_id = ? AND u.disabled = 0"),
                                 {roleId}, "counting role members");
        !done) {
        return done.refusal();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<MemberPage> RoleStore::members(qint64 roleId, const QString& afterEmailKey, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT %1, u.email_key FROM role_members m JOIN users u ON u.id = "
                                        "m.user_id WHERE m.role_id = ? AND u.email_key > ? ORDER BY u.email_key "
                                        "LIMIT ?")
                             .arg(DirectoryStore::userColumns(QStringLiteral("u."))),
                         {roleId, afterEmailKey, limit + 1}, "listing role members");
        !done) {
        return done.refusal();
    }
    MemberPage page;
    while (q.next()) {
        if (page.members.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.nextAfterEmail = q.value(7).toString();
        page.members.append(DirectoryStore::userFromRow(q));
    }
    return page;
}

Result<QSet<qint64>> RoleStore::membersAmong(qint64 roleId, const QList<qint64>& userIds) const
{
    QSet<qint64> members;
    if (userIds.isEmpty()) {
        return members;
    }
    QVariantList values {roleId};
    for (const qint64 id : userIds) {
        values.append(id);
    }
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT user_id FROM role_members WHERE role_id = ? AND user_id IN (%1)")
                             .arg(placeholders(userIds.size())),
                         values, "reading role members");
        !done) {
        return done.refusal();
    }
    while (q.next()) {
        members.insert(q.value(0).toLongLong());
    }
    return members;
}

Result<bool> RoleStore::isMember(qint64 roleId, qint64 userId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT 1 FROM role_members WHERE role_id = ? AND user_id = ?"),
                                 {roleId, userId}, "reading role members");
        !done) {
        return done.refusal();
    }
    return q.next();
}

Status RoleStore::removeMember(qint64 roleId, qint64 userId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("DELETE FROM role_members WHERE role_id = ? AND user_id = ?"),
                        {roleId, userId}, "removing a role member");
}

Status RoleStore::removeAllMemberships(qint64 userId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("DELETE FROM role_members WHERE user_id = ?"), {userId},
                        "removing role memberships");
}

Result<bool> RoleStore::isLastActiveSuperAdministrator(qint64 userId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q,
            QStringLiteral("SELECT r.id, (SELECT count(*) FROM role_members m2 JOIN users u2 ON u2.id = m2.user_id "
                           "WHERE m2.role_id = r.id AND u2.disabled = 0) FROM roles r JOIN role_members m "
                           "ON m.role_id = r.id WHERE m.user_id = ? AND r.builtin_key = ?"),
            {userId, BuiltInRoles::kSuperAdministrator}, "checking Super Administrators");
        !done) {
        return done.refusal();
    }
    return q.next() && q.value(1).toInt() <= 1;
}

RoleStore::MemberAdder::MemberAdder(Database& database, qint64 roleId, QString addedBy)
    : m_insert(database.connection())
    , m_roleId(roleId)
    , m_addedBy(std::move(addedBy))
    , m_at(DirectoryStore::now())
{
    m_insert.prepare(SqlDialect(database.dialect())
                         .insertOrIgnore(QStringLiteral("role_members (role_id, user_id, added_at, added_by) "
                                                        "VALUES (?, ?, ?, ?)")));
}

Result<bool> RoleStore::MemberAdder::add(qint64 userId)
{
    m_insert.addBindValue(m_roleId);
    m_insert.addBindValue(userId);
    m_insert.addBindValue(m_at);
    m_insert.addBindValue(m_addedBy);
    if (auto done = exec(m_insert, "adding role members"); !done) {
        return done.refusal();
    }
    return m_insert.numRowsAffected() > 0;
}

} // namespace warden
