#pragma once

#include "../Result.h"
#include "../domain/Permissions.h"
#include "../write/Write.h"
#include "Action.h"
#include "Actor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <memory>

namespace warden {

class Database;
class PermissionContext;
struct AccountAccess;
struct Role;

/// The one place that decides whether an actor may do something in an account. Services ask
/// it before every read of protected data and every write; the UI asks it to grey out actions
/// and show the reason. Effective permissions are the union of the actor's roles in the
/// account plus those of roles held in an ancestor that apply to nested accounts.
class Authorizer
{
    Q_DECLARE_TR_FUNCTIONS(Authorizer)

public:
    explicit Authorizer(Database& database);
    ~Authorizer();
    Authorizer(const Authorizer&) = delete;
    Authorizer& operator=(const Authorizer&) = delete;

    /// Drops what it knows of the actor's roles; the core calls it whenever it announces a change.
    /// After a change of the members of role `id`, only whether the actor is a member of that
    /// role is read again (one query; all their roles when `id` is 0), and the rest kept when it
    /// is as before.
    void forget(Changed what = Changed::Accounts, qint64 id = 0);

    [[nodiscard]] Result<PermissionSet> effectivePermissions(const Actor& actor, qint64 accountId) const;
    /// Names of the roles the actor holds that apply to the account, for messages.
    [[nodiscard]] Result<QStringList> roleNames(const Actor& actor, qint64 accountId) const;

    /// `role` is the role acted on (edit, delete, add/remove member) or the proposed new role
    /// (create); nullptr for actions without one.
    [[nodiscard]] Status check(const Actor& actor, Action action, qint64 accountId, const Role* role = nullptr) const;
    /// Allowed when `action` is allowed in at least one account (for views that span accounts,
    /// such as the audit log); otherwise the refusal of the last account checked.
    [[nodiscard]] Status checkInAnyAccount(const Actor& actor, Action action) const;

    /// Why roles the actor holds do not count in the account (delegation withdrawn, address not
    /// in the IP allow-list); empty when nothing is blocked.
    [[nodiscard]] QString accessBlockedReason(const Actor& actor, qint64 accountId) const;

private:
    /// How long a permission context serves (one operation or view), in milliseconds.
    static constexpr qint64 kContextMs = 2000;

    /// The actor's permission context: kept for a moment outside writes, read fresh inside one.
    [[nodiscard]] Result<std::shared_ptr<const PermissionContext>> context(const Actor& actor, qint64 accountId) const;
    [[nodiscard]] Result<AccountAccess> access(const Actor& actor, qint64 accountId) const;
    /// Whether the actor's memberships are still those of the cached context, as far as the
    /// changes announced since say.
    [[nodiscard]] Result<bool> sameMemberships(const Actor& actor) const;
    /// What the action does, to end "…, so you cannot %1."
    [[nodiscard]] static QString actionDescription(Action action);
    /// `permissions` are the actor's effective ones, already computed by check().
    [[nodiscard]] QString deniedMessage(const Actor& actor, qint64 accountId, const PermissionSet& permissions,
                                        AppArea area, const QString& what) const;

    Database& m_database;
    mutable std::shared_ptr<const PermissionContext> m_cached;
    mutable bool m_membershipStale = false; ///< members of unknown roles changed
    mutable QSet<qint64> m_changedRoles; ///< roles whose members changed since the context was read
    mutable QElapsedTimer m_cachedAge;
};

} // namespace warden
