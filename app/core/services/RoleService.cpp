#include "RoleService.h"

#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../storage/AdministratorStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"
#include "../write/WritePath.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace warden {

namespace {

QJsonObject roleJson(const Role& role)
{
    return QJsonObject {{QStringLiteral("name"), role.name},
                        {QStringLiteral("description"), role.description},
                        {QStringLiteral("permissions"), role.permissions.toJson()}};
}

} // namespace

RoleService::RoleService(Database& database, Authorizer& authorizer, WritePath& writes)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_writes(writes)
{ }

Result<QList<Role>> RoleService::roles(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewRoles, accountId); !allowed) {
        return allowed.refusal();
    }
    return RoleStore(m_database).roles(accountId);
}

Result<Role> RoleService::role(const Actor& actor, qint64 roleId) const
{
    auto found = RoleStore(m_database).role(roleId);
    if (!found) {
        return found;
    }
    if (auto allowed = m_authorizer.check(actor, Action::ViewRoles, found.value().accountId); !allowed) {
        return allowed.refusal();
    }
    return found;
}

Result<Role> RoleService::roleByName(const Actor& actor, qint64 accountId, const QString& name) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewRoles, accountId); !allowed) {
        return allowed.refusal();
    }
    return RoleStore(m_database).roleByName(accountId, name);
}

Result<MemberPage> RoleService::members(const Actor& actor, qint64 roleId, const QString& afterEmail, int limit) const
{
    if (auto found = role(actor, roleId); !found) {
        return found.refusal();
    }
    return RoleStore(m_database).members(roleId, afterEmail, limit);
}

Result<QList<Role>> RoleService::rolesOfUser(const Actor& actor, const QString& email) const
{
    DirectoryStore directory(m_database);
    auto user = directory.userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    auto held = RoleStore(m_database).rolesOfUser(user.value().id);
    if (!held) {
        return held;
    }
    QList<Role> visible;
    for (const Role& r : held.value()) {
        if (m_authorizer.check(actor, Action::ViewRoles, r.accountId)) {
            visible.append(r);
        }
    }
    return visible;
}

Status RoleService::validateName(qint64 accountId, const QString& name, qint64 exceptRoleId) const
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("A role needs a name.")};
    }
    if (simplified.size() > 100) {
        return Refusal {Refusal::Kind::BadInput, tr("A role name has at most 100 characters.")};
    }
    auto existing = RoleStore(m_database).roleByName(accountId, simplified);
    if (existing && existing.value().id != exceptRoleId) {
        return Refusal {Refusal::Kind::Conflict, tr("This account already has a role named \"%1\".").arg(simplified)};
    }
    if (!existing && existing.refusal().kind != Refusal::Kind::NotFound) {
        return existing.refusal();
    }
    return {};
}

Status RoleService::canCreate(const Actor& actor, qint64 accountId) const
{
    return m_authorizer.check(actor, Action::CreateRole, accountId);
}

Status RoleService::canCopy(const Actor& actor, const Role& role) const
{
    Role copy = role;
    copy.id = 0;
    copy.builtInKey.clear();
    copy.alwaysProtected = false;
    copy.neverProtected = false;
    return m_authorizer.check(actor, Action::CreateRole, role.accountId, &copy);
}

Status RoleService::canSave(const Actor& actor, const Role& proposed) const
{
    if (proposed.id == 0) {
        if (auto allowed = m_authorizer.check(actor, Action::CreateRole, proposed.accountId, &proposed); !allowed) {
            return allowed;
        }
        return validateName(proposed.accountId, proposed.name, 0);
    }
    auto current = RoleStore(m_database).role(proposed.id);
    if (!current) {
        return current.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditRole, current.value().accountId, &current.value());
        !allowed) {
        return allowed;
    }
    Role updated = current.value();
    updated.name = proposed.name;
    updated.permissions = proposed.permissions;
    if (auto allowed = m_authorizer.check(actor, Action::EditRole, updated.accountId, &updated); !allowed) {
        return allowed;
    }
    return validateName(updated.accountId, updated.name, updated.id);
}

Status RoleService::canEdit(const Actor& actor, const Role& role) const
{
    return m_authorizer.check(actor, Action::EditRole, role.accountId, &role);
}

Status RoleService::canDelete(const Actor& actor, const Role& role) const
{
    return m_authorizer.check(actor, Action::DeleteRole, role.accountId, &role);
}

Status RoleService::canAddMembers(const Actor& actor, const Role& role) const
{
    return m_authorizer.check(actor, Action::AddRoleMember, role.accountId, &role);
}

Status RoleService::canRemoveMembers(const Actor& actor, const Role& role) const
{
    return m_authorizer.check(actor, Action::RemoveRoleMember, role.accountId, &role);
}

Result<Role> RoleService::createRole(const Actor& actor, qint64 accountId, const QString& name,
                                     const QString& description, const PermissionSet& permissions)
{
    Role proposed;
    proposed.accountId = accountId;
    proposed.name = name.simplified();
    proposed.description = description.trimmed();
    proposed.permissions = permissions;
    return m_writes.run(
        WriteScope::checked(actor, Action::CreateRole, accountId, &proposed), [&](Write& write) -> Result<Role> {
            if (auto valid = validateName(accountId, name, 0); !valid) {
                return valid.refusal();
            }
            auto created = RoleStore(m_database).insertRole(proposed);
            if (created) {
                write.audit(QStringLiteral("role.create"), proposed.name, {}, roleJson(created.value()));
                write.changed(Changed::Roles, accountId);
            }
            return created;
        });
}

Result<Role> RoleService::copyRole(const Actor& actor, qint64 sourceRoleId, const QString& newName)
{
    auto source = role(actor, sourceRoleId);
    if (!source) {
        return source;
    }
    // A copy is a new custom role: the copier needs every permission it carries.
    return createRole(actor, source.value().accountId, newName, source.value().description, source.value().permissions);
}

Refusal RoleService::staleEdit(const Role& now)
{
    if (now.changedBy.isEmpty()) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("\"%1\" was changed by someone else while you edited it. Reload it and make your change "
                           "again; nothing was saved.")
                            .arg(now.name)};
    }
    return Refusal {
        Refusal::Kind::Conflict,
        tr("\"%1\" was changed by %2 at %3 — reload it and make your change again; nothing was saved.")
            .arg(now.name, now.changedBy, QLocale().toString(now.changedAt.toLocalTime(), QLocale::ShortFormat))};
}

Result<Role> RoleService::updateRole(const Actor& actor, qint64 roleId, const QString& name, const QString& description,
                                     const PermissionSet& permissions, int baseVersion)
{
    auto current = RoleStore(m_database).role(roleId);
    if (!current) {
        return current;
    }
    if (baseVersion == 0) {
        baseVersion = current.value().version;
    }
    Role updated = current.value();
    updated.name = name.simplified();
    updated.description = description.trimmed();
    updated.permissions = permissions;
    // The new permissions are checked too: no escalation, no silent turn into a protected role.
    WriteScope scope = WriteScope::checked(actor, Action::EditRole, updated.accountId, &current.value());
    scope.also(Action::EditRole, updated.accountId, &updated);
    return m_writes.run(scope, [&](Write& write) -> Result<Role> {
        // Read again under the write lock: a colleague's save in between is not overwritten (and
        // the permission checks above were made on the role as it was before that save).
        auto now = RoleStore(m_database).role(roleId);
        if (!now) {
            return now.refusal();
        }
        if (now.value().version != baseVersion || now.value().version != current.value().version) {
            return staleEdit(now.value());
        }
        if (auto valid = validateName(updated.accountId, updated.name, roleId); !valid) {
            return valid.refusal();
        }
        if (auto done = RoleStore(m_database).updateRole(updated, write.auditActor()); !done) {
            return done.refusal();
        }
        updated.version = now.value().version + 1;
        updated.changedBy = write.auditActor();
        updated.changedAt = QDateTime::currentDateTimeUtc();
        write.audit(QStringLiteral("role.edit"), updated.name, roleJson(current.value()), roleJson(updated));
        write.changed(Changed::Roles, updated.accountId);
        return updated;
    });
}

Status RoleService::deleteRole(const Actor& actor, qint64 roleId, bool removeMembers)
{
    auto current = RoleStore(m_database).role(roleId);
    if (!current) {
        return current.refusal();
    }
    const Role& target = current.value();
    return m_writes.run(WriteScope::checked(actor, Action::DeleteRole, target.accountId, &target),
                        [&](Write& write) -> Status {
                            if (target.memberCount > 0 && !removeMembers) {
                                return Refusal {Refusal::Kind::Conflict,
                                                tr("\"%1\" still has %n member(s). Remove them first, or choose "
                                                   "\"Remove members and delete\".",
                                                   nullptr, target.memberCount)
                                                    .arg(target.name)};
                            }
                            if (auto done = RoleStore(m_database).deleteRole(roleId); !done) {
                                return done;
                            }
                            QJsonObject before = roleJson(target);
                            before.insert(QStringLiteral("memberCount"), target.memberCount);
                            write.audit(QStringLiteral("role.delete"), target.name, before);
                            write.changed(Changed::Roles, target.accountId);
                            return {};
                        });
}

Result<QSet<qint64>> RoleService::membersAmong(const Actor& actor, qint64 roleId, const QList<qint64>& userIds) const
{
    if (auto found = role(actor, roleId); !found) {
        return found.refusal();
    }
    return RoleStore(m_database).membersAmong(roleId, userIds);
}

Result<MembershipChange> RoleService::addMembers(const Actor& actor, qint64 roleId, const QStringList& emails,
                                                 const Progress& progress)
{
    auto found = RoleStore(m_database).role(roleId);
    if (!found) {
        return found.refusal();
    }
    const Role& target = found.value();
    return m_writes.run(
        WriteScope::checked(actor, Action::AddRoleMember, target.accountId, &target),
        [&](Write& write) -> Result<MembershipChange> {
            auto users = usersToAdd(target, emails);
            if (!users) {
                return users.refusal();
            }
            MembershipChange change;
            QList<qint64> addedIds;
            RoleStore::MemberAdder adder(m_database, roleId, actor.auditName());
            for (const User& user : users.value()) {
                auto added = adder.add(user.id);
                if (!added) {
                    return added.refusal();
                }
                (added.value() ? change.added : change.alreadyMembers).append(user.email);
                if (added.value()) {
                    addedIds.append(user.id);
                }
                const int done = int(change.added.size() + change.alreadyMembers.size());
                if (progress && done % 100 == 0 && !progress(done, int(users.value().size()))) {
                    return Refusal {Refusal::Kind::BadInput, tr("Cancelled; nobody was added.")};
                }
            }
            if (auto signIn = AdministratorStore(m_database).withSignInMethod(addedIds); !signIn) {
                return signIn.refusal();
            } else {
                const QSet<qint64> addedSet(addedIds.cbegin(), addedIds.cend());
                for (const User& user : users.value()) {
                    if (addedSet.contains(user.id) && !signIn.value().contains(user.id)) {
                        change.withoutSignIn.append(user.email);
                    }
                }
            }
            if (!change.added.isEmpty()) {
                const QString targetText = change.added.size() == 1
                    ? change.added.first() + QStringLiteral(" → ") + target.name
                    : tr("%n users → %1", nullptr, int(change.added.size())).arg(target.name);
                write.audit(QStringLiteral("role.member.add"), targetText, {},
                            QJsonObject {{QStringLiteral("role"), target.name},
                                         {QStringLiteral("added"), QJsonArray::fromStringList(change.added)}});
            }
            write.changed(Changed::Members, roleId, change.added.size() == 1 ? change.added.first() : QString());
            return change;
        });
}

Result<QList<User>> RoleService::usersToAdd(const Role& target, const QStringList& emails) const
{
    if (emails.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("No users were selected.")};
    }
    auto byEmail = DirectoryStore(m_database).usersByEmails(emails);
    if (!byEmail) {
        return byEmail.refusal();
    }
    QStringList problems;
    QList<User> users;
    QSet<qint64> seen;
    for (const QString& email : emails) {
        const auto it = byEmail.value().constFind(DirectoryStore::emailKey(email));
        if (it == byEmail.value().cend()) {
            problems.append(tr("%1 is not in the internal directory.").arg(email.trimmed()));
            continue;
        }
        const User& user = it.value();
        if (user.accountId != target.accountId) {
            problems.append(tr("%1 belongs to another account's directory.").arg(user.email));
            continue;
        }
        if (user.disabled) {
            problems.append(tr("%1 is disabled.").arg(user.email));
            continue;
        }
        if (!seen.contains(user.id)) {
            seen.insert(user.id);
            users.append(user);
        }
    }
    const BuiltInRole* builtIn = BuiltInRoles::find(target.builtInKey);
    if (builtIn != nullptr && builtIn->partnerOnly) {
        problems.append(tr("The Partner Administrator role is only for partner (MSP) administrators."));
    }
    if (!problems.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("Nobody was added: %1").arg(problems.join(QLatin1Char(' ')))};
    }
    return users;
}

Status RoleService::removeMember(const Actor& actor, qint64 roleId, const QString& email)
{
    return removeMembers(actor, roleId, {email});
}

Status RoleService::removeMembers(const Actor& actor, qint64 roleId, const QStringList& emails)
{
    auto found = RoleStore(m_database).role(roleId);
    if (!found) {
        return found.refusal();
    }
    const Role& target = found.value();
    if (auto visible = m_authorizer.check(actor, Action::ViewRoles, target.accountId); !visible) {
        return visible;
    }
    if (emails.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("Nobody was selected.")};
    }
    // Checked before the permission too: who is not a member, or the last Super Administrator,
    // cannot be removed by anyone (not even through a change request).
    if (auto leaving = membersLeaving(target, emails); !leaving) {
        return leaving.refusal();
    } else if (auto last = refuseLastSuperAdministrator(target, leaving.value()); !last) {
        return last;
    }
    return m_writes.run(
        WriteScope::checked(actor, Action::RemoveRoleMember, target.accountId, &target), [&](Write& write) -> Status {
            // Again inside the transaction: a concurrent removal may have changed who is left.
            auto leaving = membersLeaving(target, emails);
            if (!leaving) {
                return leaving.refusal();
            }
            if (auto last = refuseLastSuperAdministrator(target, leaving.value()); !last) {
                return last;
            }
            RoleStore roles(m_database);
            for (const User& user : leaving.value()) {
                if (auto done = roles.removeMember(roleId, user.id); !done) {
                    return done;
                }
                write.audit(
                    QStringLiteral("role.member.remove"), user.email + QStringLiteral(" → ") + target.name,
                    QJsonObject {{QStringLiteral("role"), target.name}, {QStringLiteral("member"), user.email}});
                write.changed(Changed::Members, roleId, user.email);
            }
            return {};
        });
}

Result<QList<User>> RoleService::membersLeaving(const Role& target, const QStringList& emails) const
{
    auto byEmail = DirectoryStore(m_database).usersByEmails(emails);
    if (!byEmail) {
        return byEmail.refusal();
    }
    QList<User> users;
    QList<qint64> ids;
    QStringList problems;
    QSet<qint64> seen;
    for (const QString& email : emails) {
        const auto it = byEmail.value().constFind(DirectoryStore::emailKey(email));
        if (it == byEmail.value().cend() || it.value().accountId != target.accountId) {
            problems.append(tr("%1 is not a member of \"%2\".").arg(email.trimmed(), target.name));
            continue;
        }
        if (!seen.contains(it.value().id)) {
            seen.insert(it.value().id);
            users.append(it.value());
            ids.append(it.value().id);
        }
    }
    auto members = RoleStore(m_database).membersAmong(target.id, ids);
    if (!members) {
        return members.refusal();
    }
    for (const User& user : users) {
        if (!members.value().contains(user.id)) {
            problems.append(tr("%1 is not a member of \"%2\".").arg(user.email, target.name));
        }
    }
    if (!problems.isEmpty()) {
        return Refusal {Refusal::Kind::NotFound,
                        (problems.size() == 1 ? problems.first()
                                              : tr("Nobody was removed:\n%1").arg(problems.join(QLatin1Char('\n'))))};
    }
    return users;
}

Status RoleService::refuseLastSuperAdministrator(const Role& role, const QList<User>& leaving) const
{
    if (role.builtInKey != BuiltInRoles::kSuperAdministrator) {
        return {};
    }
    const auto activeLeaving =
        std::count_if(leaving.cbegin(), leaving.cend(), [](const User& u) { return !u.disabled; });
    if (activeLeaving == 0) {
        return {};
    }
    auto active = RoleStore(m_database).activeMembers(role.id);
    if (!active) {
        return active.refusal();
    }
    if (active.value() - activeLeaving < 1) {
        QStringList names;
        for (const User& user : leaving) {
            names.append(user.email);
        }
        return Refusal {
            Refusal::Kind::Forbidden,
            leaving.size() == 1
                ? tr("%1 is the last Super Administrator of this account and cannot be removed. Add another "
                     "Super Administrator first.")
                      .arg(names.first())
                : tr("Removing %1 would leave this account without an active Super Administrator. Add "
                     "another Super Administrator first, or keep one of them.")
                      .arg(names.join(QStringLiteral(", ")))};
    }
    return {};
}

} // namespace warden
