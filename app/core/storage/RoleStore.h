#pragma once

#include "../Result.h"
#include "../domain/Role.h"
#include "../domain/User.h"

#include <QList>
#include <QSet>
#include <QSqlQuery>

namespace warden {

class Database;

/// One page of a role's members, ordered by address; pass `nextAfterEmail` back for more.
struct MemberPage
{
    QList<User> members;
    QString nextAfterEmail;
    bool hasMore = false;
};

/// Roles, their permission rows and their members. No authorization here: services check
/// before they call, and write through the write path.
class RoleStore
{
public:
    explicit RoleStore(Database& database);

    [[nodiscard]] Result<Role> role(qint64 id) const;
    [[nodiscard]] Result<Role> roleByName(qint64 accountId, const QString& name) const;
    [[nodiscard]] Result<QList<Role>> roles(qint64 accountId) const;
    /// `withMemberCounts` false leaves every memberCount 0 and reads much less.
    [[nodiscard]] Result<QList<Role>> rolesOfUser(qint64 userId, bool withMemberCounts = true) const;
    /// The ids of the roles the user holds, ascending; none while the user is disabled.
    [[nodiscard]] Result<QList<qint64>> roleIdsOfUser(qint64 userId) const;
    /// The roles the user holds in these accounts (memberCount left 0).
    [[nodiscard]] Result<QList<Role>> rolesOfUserIn(qint64 userId, const QList<qint64>& accountIds) const;

    [[nodiscard]] Result<Role> insertRole(const Role& role);
    /// Writes the role's name, description and permissions.
    /// Saves name, description and permissions, and counts the role's version up.
    [[nodiscard]] Status updateRole(const Role& role, const QString& changedBy);
    /// Deletes the role and its memberships.
    [[nodiscard]] Status deleteRole(qint64 roleId);

    /// Enabled members of the account's Super Administrator role.
    [[nodiscard]] Result<int> activeSuperAdministrators(qint64 accountId) const;
    /// Enabled members of the role.
    [[nodiscard]] Result<int> activeMembers(qint64 roleId) const;
    [[nodiscard]] Result<MemberPage> members(qint64 roleId, const QString& afterEmailKey, int limit) const;
    /// Which of `userIds` hold the role.
    [[nodiscard]] Result<QSet<qint64>> membersAmong(qint64 roleId, const QList<qint64>& userIds) const;
    [[nodiscard]] Result<bool> isMember(qint64 roleId, qint64 userId) const;
    [[nodiscard]] Status removeMember(qint64 roleId, qint64 userId);
    /// Removes the user from every role they hold.
    [[nodiscard]] Status removeAllMemberships(qint64 userId);
    /// Whether the user is the only enabled member of a Super Administrator role.
    [[nodiscard]] Result<bool> isLastActiveSuperAdministrator(qint64 userId) const;

    /// Adds members one by one through one prepared statement.
    class MemberAdder
    {
    public:
        MemberAdder(Database& database, qint64 roleId, QString addedBy);
        /// True when the user was added, false when they already held the role.
        [[nodiscard]] Result<bool> add(qint64 userId);

    private:
        QSqlQuery m_insert;
        qint64 m_roleId;
        QString m_addedBy;
        QString m_at;
    };

private:
    [[nodiscard]] Result<QList<Role>> selectRoles(const QString& where, const QVariantList& values,
                                                  bool withMemberCounts = true) const;
    [[nodiscard]] Status writePermissions(qint64 roleId, const PermissionSet& permissions);

    Database& m_database;
};

} // namespace warden
