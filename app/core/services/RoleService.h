#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/Role.h"
#include "../domain/User.h"
#include "../storage/RoleStore.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>
#include <functional>

namespace warden {

class Authorizer;
class Database;
class WritePath;

/// What `RoleService::addMembers` did: everyone added, or already a member.
struct MembershipChange
{
    QStringList added;
    QStringList alreadyMembers;
    /// Those added who have no sign-in method yet (no password, no single sign-on): they hold the
    /// role but cannot sign in until Admin Management gives them one.
    QStringList withoutSignIn;
};

/// Roles of an account: the catalogue, custom roles (create, copy, edit, delete) and
/// membership. Every call is checked by the Authorizer; every change goes through the write path.
class RoleService
{
    Q_DECLARE_TR_FUNCTIONS(RoleService)

public:
    RoleService(Database& database, Authorizer& authorizer, WritePath& writes);

    [[nodiscard]] Result<QList<Role>> roles(const Actor& actor, qint64 accountId) const;
    [[nodiscard]] Result<Role> role(const Actor& actor, qint64 roleId) const;
    [[nodiscard]] Result<Role> roleByName(const Actor& actor, qint64 accountId, const QString& name) const;
    [[nodiscard]] Result<MemberPage> members(const Actor& actor, qint64 roleId, const QString& afterEmail = {},
                                             int limit = 200) const;
    /// Every role the user holds, in any account the actor may see roles of.
    [[nodiscard]] Result<QList<Role>> rolesOfUser(const Actor& actor, const QString& email) const;

    [[nodiscard]] Result<Role> createRole(const Actor& actor, qint64 accountId, const QString& name,
                                          const QString& description, const PermissionSet& permissions);
    [[nodiscard]] Result<Role> copyRole(const Actor& actor, qint64 sourceRoleId, const QString& newName);
    /// `baseVersion`: the role's version the edit started from (Role::version); when someone saved
    /// the role since, the edit is refused with who and when, and nothing is overwritten. 0 edits
    /// the role as it is now.
    [[nodiscard]] Result<Role> updateRole(const Actor& actor, qint64 roleId, const QString& name,
                                          const QString& description, const PermissionSet& permissions,
                                          int baseVersion = 0);
    /// Refuses a role that still has members unless `removeMembers` is set.
    [[nodiscard]] Status deleteRole(const Actor& actor, qint64 roleId, bool removeMembers = false);

    /// Called during long changes with (done, total); returning false cancels (rolled back).
    using Progress = std::function<bool(int done, int total)>;

    /// All or nothing: every address must be in the account's directory.
    [[nodiscard]] Result<MembershipChange> addMembers(const Actor& actor, qint64 roleId, const QStringList& emails,
                                                      const Progress& progress = {});
    /// Which of `userIds` already hold the role (to show them as members in pickers).
    [[nodiscard]] Result<QSet<qint64>> membersAmong(const Actor& actor, qint64 roleId,
                                                    const QList<qint64>& userIds) const;
    [[nodiscard]] Status removeMember(const Actor& actor, qint64 roleId, const QString& email);
    /// Removes several members in one transaction, one audit entry per person; all or nothing:
    /// an address that is not a member, or leaving a Super Administrator role without an active
    /// member, refuses the whole removal.
    [[nodiscard]] Status removeMembers(const Actor& actor, qint64 roleId, const QStringList& emails);

    /// Why `actor` may not do `action`-like changes to `role`, or an empty refusal: for the UI.
    [[nodiscard]] Status canAddMembers(const Actor& actor, const Role& role) const;
    [[nodiscard]] Status canRemoveMembers(const Actor& actor, const Role& role) const;
    [[nodiscard]] Status canEdit(const Actor& actor, const Role& role) const;
    [[nodiscard]] Status canDelete(const Actor& actor, const Role& role) const;
    [[nodiscard]] Status canCreate(const Actor& actor, qint64 accountId) const;
    [[nodiscard]] Status canCopy(const Actor& actor, const Role& role) const;
    /// Whether `proposed` may be saved: a new role when its id is 0, else an edit of that role.
    /// Checks authorization (no escalation, protected, built-in) and the name.
    [[nodiscard]] Status canSave(const Actor& actor, const Role& proposed) const;

private:
    /// The refusal of a save that started from an older version of `now`.
    [[nodiscard]] static Refusal staleEdit(const Role& now);
    [[nodiscard]] Status validateName(qint64 accountId, const QString& name, qint64 exceptRoleId) const;
    /// The users `emails` name, each once, if every one of them may join `target`.
    [[nodiscard]] Result<QList<User>> usersToAdd(const Role& target, const QStringList& emails) const;
    /// Refuses removing `member` from the Super Administrator role when they are its last
    /// enabled member.
    /// The users `emails` name, each a member of `target`; refuses naming everyone who is not.
    [[nodiscard]] Result<QList<User>> membersLeaving(const Role& target, const QStringList& emails) const;
    /// Refuses a removal of `leaving` that would leave a Super Administrator role without an
    /// active member.
    [[nodiscard]] Status refuseLastSuperAdministrator(const Role& role, const QList<User>& leaving) const;

    Database& m_database;
    Authorizer& m_authorizer;
    WritePath& m_writes;
};

} // namespace warden
