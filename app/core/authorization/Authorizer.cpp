#include "Authorizer.h"

#include "../domain/Account.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/IpRange.h"
#include "../domain/Role.h"
#include "../storage/AccountStore.h"
#include "../storage/Database.h"
#include "../storage/RoleStore.h"
#include "PermissionContext.h"

namespace warden {

namespace {

struct Requirement
{
    AppArea area;
    Verb verb;
};

Requirement requirementFor(Action action)
{
    switch (action) {
    case Action::ViewAccount:
        return {AppArea::Dashboard, NoVerb};
    case Action::CreateNestedAccount:
        return {AppArea::AccountHierarchy, Create};
    case Action::EditAccountSettings:
        return {AppArea::AccountSettings, Edit};
    case Action::ViewDirectory:
        return {AppArea::InternalDirectories, Read};
    case Action::EditDirectory:
        return {AppArea::InternalDirectories, Edit};
    case Action::ViewRoles:
        return {AppArea::AccountRoles, Read};
    case Action::CreateRole:
        return {AppArea::AccountRoles, Create};
    case Action::EditRole:
    case Action::AddRoleMember:
    case Action::RemoveRoleMember:
        return {AppArea::AccountRoles, Edit};
    case Action::DeleteRole:
        return {AppArea::AccountRoles, Delete};
    case Action::ManageAdministrators:
        return {AppArea::AdminManagement, Edit};
    case Action::ViewAdministrators:
        return {AppArea::AdminManagement, Read};
    case Action::ViewAuditLog:
        return {AppArea::AuditLogs, Read};
    case Action::ViewExternalAdministrators:
        return {AppArea::ExternalAdministrators, Read};
    case Action::ManageExternalAdministrators:
        return {AppArea::ExternalAdministrators, Edit};
    case Action::EditAccountHierarchy:
        return {AppArea::AccountHierarchy, Edit};
    case Action::ImportDirectory:
        return {AppArea::DirectoryImport, Edit};
    case Action::ViewDirectorySync:
        return {AppArea::DirectorySynchronization, Read};
    case Action::ConfigureDirectorySync:
        return {AppArea::DirectorySynchronization, Edit};
    case Action::RunDirectorySync:
        return {AppArea::DirectorySynchronization, TakeAction};
    }
    return {AppArea::AdminManagement, TakeAction};
}

bool changesRoles(Action action)
{
    return action == Action::CreateRole || action == Action::EditRole || action == Action::DeleteRole
        || action == Action::AddRoleMember || action == Action::RemoveRoleMember;
}

} // namespace

Authorizer::Authorizer(Database& database)
    : m_database(database)
{ }

Authorizer::~Authorizer() = default;

void Authorizer::forget(Changed what, qint64 id)
{
    if (what != Changed::Members) {
        m_cached.reset();
        m_changedRoles.clear();
        m_membershipStale = false;
    } else if (id == 0) {
        m_membershipStale = true;
    } else {
        m_changedRoles.insert(id);
    }
}

Result<bool> Authorizer::sameMemberships(const Actor& actor) const
{
    RoleStore roles(m_database);
    if (m_membershipStale) {
        auto held = roles.roleIdsOfUser(actor.userId);
        if (!held) {
            return held.refusal();
        }
        return held.value() == m_cached->heldRoleIds();
    }
    const QList<qint64> heldBefore = m_cached->heldRoleIds();
    for (const qint64 roleId : std::as_const(m_changedRoles)) {
        auto member = roles.isMember(roleId, actor.userId);
        if (!member) {
            return member.refusal();
        }
        if (member.value() != heldBefore.contains(roleId)) {
            return false;
        }
    }
    return true;
}

Result<std::shared_ptr<const PermissionContext>> Authorizer::context(const Actor& actor, qint64 accountId) const
{
    // Inside a write the answer must be fresh: read only what decides this account, keep nothing.
    if (m_database.inTransaction()) {
        auto fresh = PermissionContext::loadFor(m_database, actor, accountId);
        if (!fresh) {
            return fresh.refusal();
        }
        return std::make_shared<const PermissionContext>(std::move(fresh).value());
    }
    // Other consoles' changes are not announced here yet: a context serves one operation or view.
    if (m_cached && m_cached->isFor(actor) && m_cachedAge.isValid() && m_cachedAge.elapsed() < kContextMs) {
        if (!m_membershipStale && m_changedRoles.isEmpty()) {
            return m_cached;
        }
        // Members changed: the context still holds when the actor's memberships are the same.
        auto same = sameMemberships(actor);
        if (!same) {
            return same.refusal();
        }
        if (same.value()) {
            m_membershipStale = false;
            m_changedRoles.clear();
            return m_cached;
        }
    }
    auto loaded = PermissionContext::load(m_database, actor);
    if (!loaded) {
        return loaded.refusal();
    }
    m_cached = std::make_shared<const PermissionContext>(std::move(loaded).value());
    m_membershipStale = false;
    m_changedRoles.clear();
    m_cachedAge.start();
    return m_cached;
}

Result<AccountAccess> Authorizer::access(const Actor& actor, qint64 accountId) const
{
    auto context = this->context(actor, accountId);
    if (!context) {
        return context.refusal();
    }
    return context.value()->access(accountId);
}

Result<PermissionSet> Authorizer::effectivePermissions(const Actor& actor, qint64 accountId) const
{
    if (actor.isSystem) {
        return PermissionSet::all();
    }
    auto access = this->access(actor, accountId);
    if (!access) {
        return access.refusal();
    }
    return access.value().effective;
}

Result<QStringList> Authorizer::roleNames(const Actor& actor, qint64 accountId) const
{
    auto access = this->access(actor, accountId);
    if (!access) {
        return access.refusal();
    }
    QStringList names;
    for (const Role& role : access.value().roles) {
        names.append(role.name);
    }
    names.sort();
    return names;
}

QString Authorizer::deniedMessage(const Actor& actor, qint64 accountId, const PermissionSet& permissions, AppArea area,
                                  const QString& what) const
{
    auto names = roleNames(actor, accountId);
    const QStringList roles = names ? names.value() : QStringList();
    const bool readOnly = permissions.allows(area, Read);
    if (roles.isEmpty()) {
        if (QString blocked = accessBlockedReason(actor, accountId); !blocked.isEmpty()) {
            return blocked;
        }
        return tr("You hold no administrator role in this account, so you cannot %1.").arg(what);
    }
    if (roles.size() == 1) {
        return readOnly
            ? tr("%1s have read-only access to %2.").arg(roles.first(), areaDisplayName(area))
            : tr("%1s have no access to %2, so they cannot %3.").arg(roles.first(), areaDisplayName(area), what);
    }
    return readOnly ? tr("Your roles (%1) give read-only access to %2.")
                          .arg(roles.join(QStringLiteral(", ")), areaDisplayName(area))
                    : tr("Your roles (%1) give no access to %2, so you cannot %3.")
                          .arg(roles.join(QStringLiteral(", ")), areaDisplayName(area), what);
}

QString Authorizer::accessBlockedReason(const Actor& actor, qint64 accountId) const
{
    auto held = access(actor, accountId);
    if (!held) {
        return held.refusal().message;
    }
    if (held.value().droppedByDelegation > 0) {
        return tr("This account no longer delegates administration to your partner organisation.");
    }
    if (held.value().droppedByAllowList > 0) {
        return actor.clientAddress.isEmpty()
            ? tr("This account only admits administrators from its IP allow-list, and the address you connect from "
                 "is unknown.")
            : tr("This account only admits administrators from its IP allow-list; your address %1 is not in it.")
                  .arg(actor.clientAddress);
    }
    return {};
}

Status Authorizer::checkInAnyAccount(const Actor& actor, Action action) const
{
    auto accounts = AccountStore(m_database).accounts();
    if (!accounts) {
        return accounts.refusal();
    }
    Status last = Refusal {Refusal::Kind::Denied, tr("You hold no administrator role.")};
    for (const Account& account : accounts.value()) {
        if (!check(actor, Action::ViewAccount, account.id)) {
            continue; // no role here: says nothing about the actor's roles
        }
        Status decision = check(actor, action, account.id);
        if (decision) {
            return decision;
        }
        last = decision;
    }
    return last;
}

QString Authorizer::actionDescription(Action action)
{
    switch (action) {
    case Action::CreateNestedAccount:
        return tr("create nested accounts");
    case Action::EditAccountSettings:
        return tr("change account settings");
    case Action::ViewDirectory:
        return tr("see the internal directory");
    case Action::EditDirectory:
        return tr("change the internal directory");
    case Action::ManageAdministrators:
        return tr("manage administrators");
    case Action::ViewAdministrators:
        return tr("see the administrators' health");
    case Action::ViewAuditLog:
        return tr("see the audit log");
    case Action::ViewExternalAdministrators:
        return tr("see external administrators");
    case Action::ManageExternalAdministrators:
        return tr("manage external administrators");
    case Action::EditAccountHierarchy:
        return tr("change the account hierarchy");
    case Action::ImportDirectory:
        return tr("import users");
    case Action::ViewDirectorySync:
        return tr("see directory synchronization");
    case Action::ConfigureDirectorySync:
        return tr("configure directory synchronization");
    case Action::RunDirectorySync:
        return tr("run directory synchronization");
    default:
        return tr("change roles");
    }
}

Status Authorizer::check(const Actor& actor, Action action, qint64 accountId, const Role* role) const
{
    if (actor.isSystem) {
        return {};
    }
    auto permissionsResult = effectivePermissions(actor, accountId);
    if (!permissionsResult) {
        return permissionsResult.refusal();
    }
    const PermissionSet& permissions = permissionsResult.value();
    const Requirement needed = requirementFor(action);

    if (action == Action::ViewAccount) {
        if (permissions.isEmpty()) {
            QString blocked = accessBlockedReason(actor, accountId);
            return Refusal {Refusal::Kind::Denied,
                            blocked.isEmpty() ? tr("You hold no administrator role in this account.") : blocked};
        }
        return {};
    }
    if (!permissions.allows(needed.area, needed.verb)) {
        return Refusal {Refusal::Kind::Denied,
                        deniedMessage(actor, accountId, permissions, needed.area, actionDescription(action))};
    }
    if (!changesRoles(action)) {
        return {};
    }
    if (permissions.managementLevel() == ManagementLevel::None) {
        return Refusal {Refusal::Kind::Denied,
                        tr("Your roles cannot manage roles (role management level: %1).")
                            .arg(managementLevelDisplayName(ManagementLevel::None))};
    }
    if (role == nullptr) {
        return {};
    }
    if (role->isBuiltIn() && (action == Action::EditRole || action == Action::DeleteRole)) {
        return Refusal {Refusal::Kind::Denied,
                        role->builtInKey == BuiltInRoles::kSuperAdministrator
                            ? tr("The Super Administrator role cannot be edited or deleted.")
                            : tr("\"%1\" is a built-in role; built-in roles cannot be renamed, edited or deleted. Copy "
                                 "it to make a custom role.")
                                  .arg(role->name)};
    }
    if (role->isProtected()) {
        if (permissions.managementLevel() == ManagementLevel::ProtectedRoles) {
            return Refusal {Refusal::Kind::NeedsChangeRequest,
                            tr("\"%1\" is a protected role: changes to it require a change request approved by an "
                               "account contact of Director level or higher.")
                                .arg(role->name)};
        }
        return Refusal {Refusal::Kind::Denied,
                        tr("\"%1\" is a protected role; only administrators with the Protected Roles management level "
                           "may request changes to it.")
                            .arg(role->name)};
    }
    const QString missing = permissions.firstMissing(role->permissions);
    if (!missing.isEmpty()) {
        return Refusal {Refusal::Kind::Denied,
                        tr("\"%1\" grants %2, which you do not hold yourself; nobody can grant more than they have.")
                            .arg(role->name, missing)};
    }
    return {};
}

} // namespace warden
