#include "AdminService.h"

#include "../Logging.h"
#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../security/PasswordHasher.h"
#include "../security/Sodium.h"
#include "../storage/AdministratorStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"
#include "../write/WritePath.h"
#include "AdministratorWrites.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

AdminService::AdminService(Database& database, Authorizer& authorizer, WritePath& writes,
                           AdministratorWrites& adminWrites)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_writes(writes)
    , m_adminWrites(adminWrites)
{ }

Status AdminService::canView(const Actor& actor, qint64 accountId) const
{
    return m_authorizer.check(actor, Action::ViewAdministrators, accountId);
}

Status AdminService::canManage(const Actor& actor, qint64 accountId) const
{
    return m_authorizer.check(actor, Action::ManageAdministrators, accountId);
}

Result<QList<AdministratorSummary>> AdminService::administrators(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = canView(actor, accountId); !allowed) {
        return allowed.refusal();
    }
    return AdministratorStore(m_database).summaries(accountId);
}

Result<AdministratorSummary> AdminService::administrator(const Actor& actor, qint64 accountId, qint64 userId) const
{
    if (auto allowed = canView(actor, accountId); !allowed) {
        return allowed.refusal();
    }
    return AdministratorStore(m_database).summary(accountId, userId);
}

Result<AdministratorSummary> AdminService::managed(const Actor& actor, qint64 accountId, qint64 userId) const
{
    if (auto allowed = canManage(actor, accountId); !allowed) {
        return allowed.refusal();
    }
    return administrator(actor, accountId, userId);
}

Status AdminService::refuseLastSuperAdministrator(qint64 accountId, const AdministratorSummary& admin,
                                                  AdminChange change) const
{
    if (!admin.holdsSuperAdministrator || admin.disabled) {
        return {};
    }
    auto count = RoleStore(m_database).activeSuperAdministrators(accountId);
    if (!count) {
        return count.refusal();
    }
    if (count.value() <= 1) {
        return Refusal {Refusal::Kind::Forbidden,
                        change == AdminChange::Delete
                            ? tr("%1 is the last Super Administrator of this account and cannot be deleted. Add "
                                 "another Super Administrator first.")
                                  .arg(admin.email)
                            : tr("%1 is the last Super Administrator of this account and cannot be removed. Add "
                                 "another Super Administrator first.")
                                  .arg(admin.email)};
    }
    return {};
}

Status AdminService::refuseProtected(const Actor& actor, qint64 accountId, const AdministratorSummary& admin,
                                     AdminChange change) const
{
    if (!admin.holdsProtectedRole) {
        return {};
    }
    for (const qint64 roleId : admin.roleIds) {
        auto role = RoleStore(m_database).role(roleId);
        if (!role) {
            return role.refusal();
        }
        if (!role.value().isProtected()) {
            continue;
        }
        auto decision = m_authorizer.check(actor, Action::RemoveRoleMember, accountId, &role.value());
        if (!decision) {
            if (decision.refusal().kind == Refusal::Kind::NeedsChangeRequest) {
                return Refusal {Refusal::Kind::NeedsChangeRequest,
                                change == AdminChange::ResetPassword
                                    ? tr("%1 holds the protected role \"%2\": to reset their password, file a "
                                         "change request for an account contact of Director level or higher to "
                                         "approve.")
                                          .arg(admin.email, role.value().name)
                                    : tr("%1 holds the protected role \"%2\": to remove them, file a change "
                                         "request for an account contact of Director level or higher to approve.")
                                          .arg(admin.email, role.value().name)};
            }
            return decision;
        }
    }
    return {};
}

Result<IssuedCredentials> AdminService::addAdministrator(const Actor& actor, qint64 accountId, const QString& email,
                                                         qint64 roleId, AuthMethod method)
{
    if (auto allowed = canManage(actor, accountId); !allowed) {
        return allowed.refusal();
    }
    DirectoryStore directory(m_database);
    auto user = directory.userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    if (user.value().accountId != accountId) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 belongs to another account's directory; add administrators from this account's "
                           "directory.")
                            .arg(user.value().email)};
    }
    if (user.value().disabled) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is disabled in the directory; enable them first.").arg(user.value().email)};
    }
    auto role = RoleStore(m_database).role(roleId);
    if (!role) {
        return role.refusal();
    }
    if (role.value().accountId != accountId) {
        return Refusal {Refusal::Kind::BadInput, tr("That role belongs to another account.")};
    }
    auto current = AdministratorStore(m_database).summaries(accountId, user.value().id);
    if (!current) {
        return current.refusal();
    }
    if (!current.value().isEmpty()) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("%1 is already an administrator of this account (%2); use Edit to change their roles.")
                            .arg(user.value().email, current.value().first().roles.join(QStringLiteral(", ")))};
    }
    WriteScope scope = WriteScope::checked(actor, Action::ManageAdministrators, accountId);
    scope.also(Action::AddRoleMember, accountId, &role.value());
    auto issued = m_writes.run(scope, [&](Write& write) -> Result<IssuedCredentials> {
        auto granted = m_adminWrites.grantRole(user.value().id, roleId, method);
        if (!granted) {
            return granted;
        }
        auto after = AdministratorStore(m_database).summaries(accountId, user.value().id);
        if (!after) {
            return after.refusal();
        }
        if (after.value().isEmpty()) {
            return Refusal {Refusal::Kind::Storage, tr("The new administrator could not be read back.")};
        }
        write.audit(QStringLiteral("admin.added"), user.value().email, {},
                    administratorAuditJson(after.value().first()));
        write.changed(Changed::Administrators, accountId, user.value().email);
        write.changed(Changed::Members, roleId, user.value().email);
        return granted;
    });
    if (!issued) {
        return issued;
    }
    issued.value().email = user.value().email;
    logger("core.admins")->info("administrator added");
    return issued;
}

Result<std::pair<QList<Role>, QList<Role>>>
AdminService::roleDifference(qint64 accountId, const AdministratorSummary& before, const QList<qint64>& roleIds) const
{
    QList<Role> adding;
    QList<Role> removing;
    for (const qint64 roleId : roleIds) {
        if (before.roleIds.contains(roleId)) {
            continue;
        }
        auto role = RoleStore(m_database).role(roleId);
        if (!role) {
            return role.refusal();
        }
        if (role.value().accountId != accountId) {
            return Refusal {Refusal::Kind::BadInput, tr("That role belongs to another account.")};
        }
        adding.append(role.value());
    }
    for (const qint64 roleId : before.roleIds) {
        if (roleIds.contains(roleId)) {
            continue;
        }
        auto role = RoleStore(m_database).role(roleId);
        if (!role) {
            return role.refusal();
        }
        if (role.value().builtInKey == BuiltInRoles::kSuperAdministrator) {
            if (auto last = refuseLastSuperAdministrator(accountId, before, AdminChange::Remove); !last) {
                return last.refusal();
            }
        }
        removing.append(role.value());
    }
    return std::pair(adding, removing);
}

Result<IssuedCredentials> AdminService::editAdministrator(const Actor& actor, qint64 accountId, qint64 userId,
                                                          const QList<qint64>& roleIds, AuthMethod method)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    const AdministratorSummary& before = found.value();
    if (roleIds.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("An administrator needs at least one role; use Delete to remove %1 as an administrator.")
                            .arg(before.email)};
    }
    if (before.isBackup && method == AuthMethod::Sso) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is a backup account, which keeps a local password to survive an identity-provider "
                           "outage; unmark it as a backup first.")
                            .arg(before.email)};
    }
    auto difference = roleDifference(accountId, before, roleIds);
    if (!difference) {
        return difference.refusal();
    }
    const QList<Role>& adding = difference.value().first;
    const QList<Role>& removing = difference.value().second;
    WriteScope scope = WriteScope::checked(actor, Action::ManageAdministrators, accountId);
    const bool notSetUp = before.secondFactor == SecondFactorState::NotSetUp;
    const bool methodChanges = notSetUp || method != before.authMethod;
    if (adding.isEmpty() && removing.isEmpty() && !methodChanges) {
        return IssuedCredentials {before.email, {}};
    }
    for (const Role& role : adding) {
        scope.also(Action::AddRoleMember, accountId, &role);
    }
    for (const Role& role : removing) {
        scope.also(Action::RemoveRoleMember, accountId, &role);
    }
    return m_writes.run(scope, [&](Write& write) -> Result<IssuedCredentials> {
        IssuedCredentials issued {before.email, {}};
        for (const Role& role : adding) {
            if (auto granted = m_adminWrites.grantRole(userId, role.id, method); !granted) {
                return granted.refusal();
            }
            write.changed(Changed::Members, role.id, before.email);
        }
        for (const Role& role : removing) {
            if (auto revoked = m_adminWrites.revokeRole(userId, role.id); !revoked) {
                return revoked.refusal();
            }
            write.changed(Changed::Members, role.id, before.email);
        }
        AdministratorStore admins(m_database);
        if (notSetUp) {
            if (auto done = admins.ensureSignIn(userId); !done) {
                return done.refusal();
            }
        }
        if (methodChanges) {
            if (method == AuthMethod::LocalPassword) {
                auto temporary = m_adminWrites.issueTemporaryPassword(userId);
                if (!temporary) {
                    return temporary.refusal();
                }
                issued = temporary.value();
            } else if (auto done = admins.switchToSso(userId); !done) {
                return done.refusal();
            }
        }
        auto after = admins.summaries(accountId, userId);
        if (!after || after.value().isEmpty()) {
            return after ? Refusal {Refusal::Kind::Storage, tr("The administrator could not be read back.")}
                         : after.refusal();
        }
        write.audit(QStringLiteral("admin.edited"), before.email, administratorAuditJson(before),
                    administratorAuditJson(after.value().first()));
        write.changed(Changed::Administrators, accountId);
        return issued;
    });
}

Result<IssuedCredentials> AdminService::resetPassword(const Actor& actor, qint64 accountId, qint64 userId)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    const AdministratorSummary& admin = found.value();
    if (admin.secondFactor == SecondFactorState::NotSetUp) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 has no sign-in method yet; use Edit to choose one.").arg(admin.email)};
    }
    if (admin.authMethod != AuthMethod::LocalPassword) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 signs in through the identity provider (SSO) and has no Warden password to reset.")
                            .arg(admin.email)};
    }
    if (admin.isBackup) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is a backup account: rotate its credential instead, so the keychain keeps the "
                           "password.")
                            .arg(admin.email)};
    }
    if (auto allowed = refuseProtected(actor, accountId, admin, AdminChange::ResetPassword); !allowed) {
        return allowed.refusal();
    }
    return m_writes.run(WriteScope::checked(actor, Action::ManageAdministrators, accountId),
                        [&](Write& write) -> Result<IssuedCredentials> {
                            auto issued = m_adminWrites.issueTemporaryPassword(userId);
                            if (issued) {
                                write.audit(
                                    QStringLiteral("admin.password_reset"), admin.email, {},
                                    QJsonObject {{QStringLiteral("secondFactor"), QStringLiteral("re-enroll")}});
                                write.changed(Changed::Administrators, accountId);
                            }
                            return issued;
                        });
}

Status AdminService::deleteAdministrator(const Actor& actor, qint64 accountId, qint64 userId)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    const AdministratorSummary& admin = found.value();
    if (auto last = refuseLastSuperAdministrator(accountId, admin, AdminChange::Delete); !last) {
        return last;
    }
    if (actor.userId == userId) {
        return Refusal {Refusal::Kind::Forbidden, tr("You cannot delete yourself; ask another Super Administrator.")};
    }
    if (auto allowed = refuseProtected(actor, accountId, admin, AdminChange::Delete); !allowed) {
        return allowed;
    }
    WriteScope scope = WriteScope::checked(actor, Action::ManageAdministrators, accountId);
    QList<Role> held;
    for (const qint64 roleId : admin.roleIds) {
        auto role = RoleStore(m_database).role(roleId);
        if (!role) {
            return role.refusal();
        }
        held.append(role.value());
    }
    for (const Role& role : held) {
        scope.also(Action::RemoveRoleMember, accountId, &role);
    }
    return m_writes.run(scope, [&](Write& write) -> Status {
        for (const Role& role : held) {
            if (auto revoked = m_adminWrites.revokeRole(userId, role.id); !revoked) {
                return revoked;
            }
            write.changed(Changed::Members, role.id);
        }
        if (auto forgot = m_adminWrites.forgetIfNoRoles(write, userId); !forgot) {
            return forgot;
        }
        write.audit(QStringLiteral("admin.deleted"), admin.email, administratorAuditJson(admin), {});
        write.changed(Changed::Administrators, accountId);
        return {};
    });
}

} // namespace warden
