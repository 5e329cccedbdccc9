#pragma once

#include "../Result.h"
#include "../domain/Permissions.h"
#include "../domain/Role.h"
#include "../storage/AccountStore.h"
#include "Actor.h"

#include <QHash>
#include <QList>

namespace warden {

class Database;

/// What one actor may do in one account: the roles that count there and their union.
struct AccountAccess
{
    QList<Role> roles; ///< the actor's roles that apply to the account and are admitted
    PermissionSet effective;
    int droppedByDelegation = 0; ///< partner roles in an account that withdrew its delegation
    int droppedByAllowList = 0; ///< roles blocked by the account's IP allow-list
};

/// Everything that decides one actor's access, read once (a handful of queries whatever the number
/// of accounts) and then answered from memory for any account: the roles the actor holds with
/// their permissions, the account tree, and the accounts' allow-lists and delegations. The
/// Authorizer keeps one for an operation or a view and drops it when the core announces a change.
class PermissionContext
{
public:
    /// The actor's access to every account.
    [[nodiscard]] static Result<PermissionContext> load(Database& database, const Actor& actor);
    /// Only what decides the actor's access to `accountId` (fresh reads for a check inside a write).
    [[nodiscard]] static Result<PermissionContext> loadFor(Database& database, const Actor& actor, qint64 accountId);

    [[nodiscard]] const Actor& actor() const { return m_actor; }
    /// Whether this context was read for the same actor (user, home account, client address).
    [[nodiscard]] bool isFor(const Actor& actor) const;
    [[nodiscard]] const AccountAccess& access(qint64 accountId) const;
    /// The ids of every role the actor holds, ascending (empty while their user is disabled).
    [[nodiscard]] QList<qint64> heldRoleIds() const;

private:
    explicit PermissionContext(const Actor& actor);
    [[nodiscard]] QList<qint64> ancestors(qint64 accountId) const;

    Actor m_actor;
    QList<Role> m_held; ///< every role the actor holds (none while their user is disabled)
    QHash<qint64, qint64> m_parentOf; ///< account id → parent id (0 for top level)
    QHash<qint64, AccountAccessRules> m_rules;
    mutable QHash<qint64, AccountAccess> m_access; ///< computed on first use
};

} // namespace warden
