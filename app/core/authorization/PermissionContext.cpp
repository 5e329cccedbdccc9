#include "PermissionContext.h"

#include "../domain/BuiltInRoles.h"
#include "../domain/IpRange.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"

#include <algorithm>
#include <optional>

namespace warden {

PermissionContext::PermissionContext(const Actor& actor)
    : m_actor(actor)
{ }

bool PermissionContext::isFor(const Actor& actor) const
{
    return actor.userId == m_actor.userId && actor.homeAccountId == m_actor.homeAccountId
        && actor.clientAddress == m_actor.clientAddress && actor.isSystem == m_actor.isSystem;
}

namespace {

/// The roles the actor's user holds (in `accountIds` only, when given); none while the user is
/// disabled.
Result<QList<Role>> heldRoles(Database& database, const Actor& actor,
                              const std::optional<QList<qint64>>& accountIds = std::nullopt)
{
    auto user = DirectoryStore(database).user(actor.userId);
    if (!user) {
        return user.refusal().kind == Refusal::Kind::NotFound ? Result<QList<Role>>(QList<Role>())
                                                              : Result<QList<Role>>(user.refusal());
    }
    if (user.value().disabled) {
        return QList<Role>();
    }
    return accountIds ? RoleStore(database).rolesOfUserIn(actor.userId, *accountIds)
                      : RoleStore(database).rolesOfUser(actor.userId, false);
}

} // namespace

Result<PermissionContext> PermissionContext::load(Database& database, const Actor& actor)
{
    PermissionContext context(actor);
    auto held = heldRoles(database, actor);
    if (!held) {
        return held.refusal();
    }
    context.m_held = held.value();
    auto accounts = AccountStore(database).accounts();
    if (!accounts) {
        return accounts.refusal();
    }
    for (const Account& account : accounts.value()) {
        context.m_parentOf.insert(account.id, account.parentId.value_or(0));
    }
    auto rules = AccountStore(database).accessRules();
    if (!rules) {
        return rules.refusal();
    }
    context.m_rules = rules.value();
    return context;
}

Result<PermissionContext> PermissionContext::loadFor(Database& database, const Actor& actor, qint64 accountId)
{
    PermissionContext context(actor);
    AccountStore accounts(database);
    auto chain = accounts.ancestors(accountId);
    if (!chain) {
        return chain.refusal();
    }
    auto held = heldRoles(database, actor, QList<qint64> {accountId} + chain.value());
    if (!held) {
        return held.refusal();
    }
    context.m_held = held.value();
    qint64 child = accountId;
    for (const qint64 parent : chain.value()) {
        context.m_parentOf.insert(child, parent);
        child = parent;
    }
    context.m_parentOf.insert(child, 0);
    auto rules = accounts.accessRules(accountId);
    if (!rules) {
        return rules.refusal();
    }
    context.m_rules = rules.value();
    return context;
}

QList<qint64> PermissionContext::heldRoleIds() const
{
    QList<qint64> ids;
    for (const Role& role : m_held) {
        ids.append(role.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> PermissionContext::ancestors(qint64 accountId) const
{
    QList<qint64> chain;
    qint64 current = m_parentOf.value(accountId);
    for (int depth = 0; depth < 32 && current != 0; ++depth) {
        chain.append(current);
        current = m_parentOf.value(current);
    }
    return chain;
}

const AccountAccess& PermissionContext::access(qint64 accountId) const
{
    if (auto it = m_access.constFind(accountId); it != m_access.cend()) {
        return it.value();
    }
    const QList<qint64> above = ancestors(accountId);
    QList<Role> applying;
    bool external = false;
    for (const Role& role : m_held) {
        bool applies = role.accountId == accountId;
        if (!applies && above.contains(role.accountId)) {
            const BuiltInRole* builtIn = BuiltInRoles::find(role.builtInKey);
            applies = builtIn != nullptr && builtIn->appliesToNested;
        }
        if (applies) {
            applying.append(role);
            // A role held in an account outside the user's own is an external (partner) role.
            external = external || m_actor.homeAccountId != role.accountId;
        }
    }
    AccountAccess access;
    const AccountAccessRules rules = m_rules.value(accountId);
    if (applying.isEmpty()) {
        // nothing held here
    } else if (external && !rules.delegatedPartnerHomes.contains(m_actor.homeAccountId)) {
        access.droppedByDelegation = int(applying.size());
    } else {
        const bool exempt = external && rules.partnerSignInExempt;
        const auto client = parseClientAddress(m_actor.clientAddress);
        if (!exempt && !allowListPermits(parseAllowList(rules.allowList), client ? client.value() : QHostAddress())) {
            access.droppedByAllowList = int(applying.size());
        } else {
            access.roles = applying;
            for (const Role& role : applying) {
                access.effective = access.effective.united(role.permissions);
            }
        }
    }
    return m_access.insert(accountId, access).value();
}

} // namespace warden
