#include "Authorizer.h"

#include "../domain/Account.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/Role.h"
#include "../storage/Database.h"
#include "../storage/Repository.h"
#include "../storage/SqlErrors.h"

#include <QSqlQuery>

namespace warden {

namespace {

struct HeldRole
{
    qint64 roleId;
    qint64 accountId;
    QString name;
    QString builtInKey;
};

Result<QList<HeldRole>> heldRoles(Database& database, const Actor& actor, qint64 accountId)
{
    Repository repository(database);
    auto ancestors = repository.ancestors(accountId);
    if (!ancestors) {
        return ancestors.refusal();
    }
    QSqlQuery q(database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT r.id, r.account_id, r.name, r.builtin_key FROM role_members m "
                                                "JOIN roles r ON r.id = m.role_id JOIN users u ON u.id = m.user_id "
                                                "WHERE m.user_id = ? AND u.disabled = 0"),
                                 {actor.userId}, "reading the actor's roles");
        !done) {
        return done.refusal();
    }
    QList<HeldRole> held;
    while (q.next()) {
        HeldRole role {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
        bool applies = role.accountId == accountId;
        if (!applies && ancestors.value().contains(role.accountId)) {
            const BuiltInRole* builtIn = BuiltInRoles::find(role.builtInKey);
            applies = builtIn != nullptr && builtIn->appliesToNested;
        }
        if (applies) {
            held.append(role);
        }
    }
    return held;
}

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
    case Action::ViewAuditLog:
        return {AppArea::AuditLogs, Read};
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

Result<PermissionSet> Authorizer::effectivePermissions(const Actor& actor, qint64 accountId) const
{
    if (actor.isSystem) {
        return PermissionSet::all();
    }
    auto held = heldRoles(m_database, actor, accountId);
    if (!held) {
        return held.refusal();
    }
    Repository repository(m_database);
    PermissionSet effective;
    for (const HeldRole& heldRole : held.value()) {
        auto role = repository.role(heldRole.roleId);
        if (!role) {
            return role.refusal();
        }
        effective = effective.united(role.value().permissions);
    }
    return effective;
}

Result<QStringList> Authorizer::roleNames(const Actor& actor, qint64 accountId) const
{
    auto held = heldRoles(m_database, actor, accountId);
    if (!held) {
        return held.refusal();
    }
    QStringList names;
    for (const HeldRole& role : held.value()) {
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

Status Authorizer::checkInAnyAccount(const Actor& actor, Action action) const
{
    auto accounts = Repository(m_database).accounts();
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
            return Refusal {Refusal::Kind::Denied, tr("You hold no administrator role in this account.")};
        }
        return {};
    }
    if (!permissions.allows(needed.area, needed.verb)) {
        QString what;
        switch (action) {
        case Action::CreateNestedAccount:
            what = tr("create nested accounts");
            break;
        case Action::EditAccountSettings:
            what = tr("change account settings");
            break;
        case Action::ViewDirectory:
            what = tr("see the internal directory");
            break;
        case Action::EditDirectory:
            what = tr("change the internal directory");
            break;
        case Action::ManageAdministrators:
            what = tr("manage administrators");
            break;
        case Action::ViewAuditLog:
            what = tr("see the audit log");
            break;
        default:
            what = tr("change roles");
            break;
        }
        return Refusal {Refusal::Kind::Denied, deniedMessage(actor, accountId, permissions, needed.area, what)};
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
