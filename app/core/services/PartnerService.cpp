#include "PartnerService.h"

#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/EmailAddress.h"
#include "../storage/AccountStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/PartnerStore.h"
#include "../storage/RoleStore.h"
#include "../write/WritePath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace warden {

struct PartnerService::Candidate
{
    Account account;
    User user;
    Partner partner;
    Role role;
};

namespace {

QJsonObject externalAdminJson(const QString& email, const QString& role)
{
    return QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("role"), role}};
}

} // namespace

PartnerService::PartnerService(Database& database, Authorizer& authorizer, WritePath& writes)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_writes(writes)
{ }

Result<Partner> PartnerService::createPartner(const Actor& actor, const QString& name, const QString& homeAccountCode)
{
    if (!actor.isSystem) {
        return Refusal {Refusal::Kind::Denied,
                        tr("Partner organisations are registered by the service provider, not from inside an "
                           "account.")};
    }
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("The partner needs a name.")};
    }
    auto home = AccountStore(m_database).accountByCode(homeAccountCode);
    if (!home) {
        return home.refusal();
    }
    if (home.value().kind != AccountKind::Standard) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("A partner's home account must be a standard account; %1 is a %2 account.")
                            .arg(home.value().code, accountKindDisplayName(home.value().kind))};
    }
    return m_writes.run(
        WriteScope::unchecked(actor.auditName(), home.value().id), [&](Write& write) -> Result<Partner> {
            PartnerStore partners(m_database);
            auto conflict = partners.conflictingPartner(trimmed, home.value().id);
            if (!conflict) {
                return conflict.refusal();
            }
            if (conflict.value()) {
                return Refusal {Refusal::Kind::Conflict,
                                tr("The partner \"%1\" already exists or already uses %2 as its home account.")
                                    .arg(*conflict.value(), home.value().code)};
            }
            auto id = partners.insertPartner(trimmed, home.value().id);
            if (!id) {
                return id.refusal();
            }
            write.audit(QStringLiteral("partner.create"), trimmed);
            write.changed(Changed::Accounts);
            return Partner {id.value(), trimmed, home.value().id, home.value().code};
        });
}

Result<QList<Partner>> PartnerService::partners() const
{
    return PartnerStore(m_database).partners();
}

Result<Partner> PartnerService::partnerByName(const QString& name) const
{
    auto all = partners();
    if (!all) {
        return all.refusal();
    }
    for (const Partner& partner : all.value()) {
        if (DirectoryStore::nameKey(partner.name) == DirectoryStore::nameKey(name)) {
            return partner;
        }
    }
    return Refusal {Refusal::Kind::NotFound, tr("There is no partner called \"%1\".").arg(name.simplified())};
}

Result<std::optional<Partner>> PartnerService::partnerOf(const Actor& actor) const
{
    if (actor.isSystem) {
        return std::optional<Partner>();
    }
    return PartnerStore(m_database).partnerWithHome(actor.homeAccountId);
}

Status PartnerService::delegate(const Actor& actor, qint64 accountId, qint64 partnerId)
{
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::ManageExternalAdministrators, accountId); !allowed) {
        return allowed;
    }
    auto all = partners();
    if (!all) {
        return all.refusal();
    }
    const auto partner =
        std::find_if(all.value().cbegin(), all.value().cend(), [&](const Partner& p) { return p.id == partnerId; });
    if (partner == all.value().cend()) {
        return Refusal {Refusal::Kind::NotFound, tr("That partner no longer exists.")};
    }
    if (partner->homeAccountId == accountId) {
        return Refusal {Refusal::Kind::BadInput, tr("A partner cannot delegate its own account to itself.")};
    }
    return m_writes.run(
        WriteScope::checked(actor, Action::ManageExternalAdministrators, accountId), [&](Write& write) -> Status {
            PartnerStore partners(m_database);
            auto already = partners.isDelegated(accountId, partnerId);
            if (!already) {
                return already.refusal();
            }
            if (already.value()) {
                return Refusal {Refusal::Kind::Conflict,
                                tr("%1 already delegates to %2.").arg(account.value().code, partner->name)};
            }
            if (auto done = partners.insertDelegation(accountId, partnerId, actor.auditName()); !done) {
                return done;
            }
            write.audit(QStringLiteral("partner.delegate"), partner->name);
            write.changed(Changed::Accounts);
            return {};
        });
}

Status PartnerService::revokeDelegation(const Actor& actor, qint64 accountId, qint64 partnerId)
{
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    return m_writes.run(
        WriteScope::checked(actor, Action::ManageExternalAdministrators, accountId), [&](Write& write) -> Status {
            PartnerStore partners(m_database);
            auto delegated = partners.isDelegated(accountId, partnerId);
            if (!delegated) {
                return delegated.refusal();
            }
            if (!delegated.value()) {
                return Refusal {Refusal::Kind::NotFound,
                                tr("%1 does not delegate to that partner.").arg(account.value().code)};
            }
            auto removed = partners.removePartnerMembers(accountId, partnerId);
            if (!removed) {
                return removed.refusal();
            }
            if (auto done = partners.deleteDelegation(accountId, partnerId); !done) {
                return done;
            }
            auto all = partners.partners();
            QString partnerName;
            for (const Partner& p : all ? all.value() : QList<Partner>()) {
                if (p.id == partnerId) {
                    partnerName = p.name;
                }
            }
            write.audit(
                QStringLiteral("partner.revoke"), partnerName, {},
                QJsonObject {{QStringLiteral("removedExternalAdmins"), QJsonArray::fromStringList(removed.value())}});
            write.changed(Changed::Accounts);
            write.changed(Changed::Roles, accountId);
            return {};
        });
}

Result<QList<Partner>> PartnerService::delegations(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewExternalAdministrators, accountId); !allowed) {
        return allowed.refusal();
    }
    return PartnerStore(m_database).delegations(accountId);
}

Result<QList<ExternalAdmin>> PartnerService::externalAdmins(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewExternalAdministrators, accountId); !allowed) {
        return allowed.refusal();
    }
    return PartnerStore(m_database).externalAdmins(accountId);
}

Result<UserPage> PartnerService::searchStaff(const Actor& actor, qint64 accountId, const QString& text, qint64 afterId,
                                             int limit) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ManageExternalAdministrators, accountId); !allowed) {
        return allowed.refusal();
    }
    auto partners = PartnerStore(m_database).delegations(accountId);
    if (!partners) {
        return partners.refusal();
    }
    // One keyset over several partners' directories: each gives its next `limit` by id, the
    // merged page keeps the lowest ids.
    UserPage merged;
    DirectoryStore directory(m_database);
    for (const Partner& partner : partners.value()) {
        auto page = directory.search(partner.homeAccountId, text, afterId, limit);
        if (!page) {
            return page.refusal();
        }
        merged.users += page.value().users;
        merged.hasMore = merged.hasMore || page.value().hasMore;
    }
    std::sort(merged.users.begin(), merged.users.end(), [](const User& a, const User& b) { return a.id < b.id; });
    if (merged.users.size() > limit) {
        merged.users.resize(limit);
        merged.hasMore = true;
    }
    merged.nextAfterId = merged.users.isEmpty() ? afterId : merged.users.last().id;
    return merged;
}

Status PartnerService::canManage(const Actor& actor, qint64 accountId) const
{
    return m_authorizer.check(actor, Action::ManageExternalAdministrators, accountId);
}

Result<QList<Role>> PartnerService::assignableRoles(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = canManage(actor, accountId); !allowed) {
        return allowed.refusal();
    }
    auto roles = RoleStore(m_database).roles(accountId);
    if (!roles) {
        return roles.refusal();
    }
    auto actorPartner = partnerOf(actor);
    if (!actorPartner) {
        return actorPartner.refusal();
    }
    const bool actorIsPartnerAdmin = actor.isSystem || actorPartner.value().has_value();
    QList<Role> offered;
    for (const Role& role : roles.value()) {
        const BuiltInRole* builtIn = BuiltInRoles::find(role.builtInKey);
        if (builtIn != nullptr && builtIn->partnerOnly && !actorIsPartnerAdmin) {
            continue;
        }
        if (!role.isProtected() && m_authorizer.check(actor, Action::AddRoleMember, accountId, &role)) {
            offered.append(role);
        }
    }
    return offered;
}

Result<ExternalAdmin> PartnerService::recordedExternalAdmin(qint64 accountId, const QString& email) const
{
    auto current = PartnerStore(m_database).externalAdmin(accountId, email);
    if (!current) {
        return current.refusal();
    }
    if (!current.value().has_value()) {
        return Refusal {Refusal::Kind::Storage, tr("The external administrator was not recorded.")};
    }
    return *current.value();
}

Result<PartnerService::Person> PartnerService::partnerPerson(const QString& email) const
{
    const QString address = email.trimmed();
    if (!EmailAddress::isValid(address)) {
        return Refusal {Refusal::Kind::BadInput, tr("\"%1\" is not a valid email address.").arg(address)};
    }
    auto user = DirectoryStore(m_database).userByEmail(address);
    if (!user && user.refusal().kind != Refusal::Kind::NotFound) {
        return user.refusal();
    }
    auto partner = user ? PartnerStore(m_database).partnerWithHome(user.value().accountId)
                        : Result<std::optional<Partner>>(std::optional<Partner>());
    if (!partner) {
        return partner.refusal();
    }
    if (!user || !partner.value().has_value()) {
        return Refusal {Refusal::Kind::NotFound,
                        tr("%1 is not an administrator of any partner organisation known to Warden.").arg(address)};
    }
    if (user.value().disabled) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is disabled in %2's directory.").arg(user.value().email, partner.value()->name)};
    }
    return Person {user.value(), *partner.value()};
}

Result<PartnerService::Candidate> PartnerService::checkCandidate(const Actor& actor, qint64 accountId,
                                                                 const QString& email, const QString& roleName,
                                                                 const Person* resolved) const
{
    Candidate candidate;
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    candidate.account = account.value();
    if (auto allowed = canManage(actor, accountId); !allowed) {
        return allowed.refusal();
    }
    const QString address = email.trimmed();
    if (!EmailAddress::isValid(address)) {
        return Refusal {Refusal::Kind::BadInput, tr("\"%1\" is not a valid email address.").arg(address)};
    }
    auto domains = AccountStore(m_database).domains(accountId);
    if (!domains) {
        return domains.refusal();
    }
    const QString domain = EmailAddress::domainOf(address).toLower();
    if (domains.value().contains(domain)) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is inside %2's own domain %3. External administrators come from outside the "
                           "customer's domains; give internal people a role with Add User to Role.")
                            .arg(address, candidate.account.code, domain)};
    }
    auto person = resolved != nullptr ? Result<Person>(*resolved) : partnerPerson(address);
    if (!person) {
        return person.refusal();
    }
    candidate.user = person.value().user;
    candidate.partner = person.value().partner;
    auto delegated = PartnerStore(m_database).isDelegated(accountId, candidate.partner.id);
    if (!delegated) {
        return delegated.refusal();
    }
    if (!delegated.value()) {
        return Refusal {Refusal::Kind::Denied,
                        tr("%1 does not delegate administration to %2; delegate the account to the partner first.")
                            .arg(candidate.account.code, candidate.partner.name)};
    }
    auto role = RoleStore(m_database).roleByName(accountId, roleName);
    if (!role) {
        return role.refusal();
    }
    candidate.role = role.value();
    const BuiltInRole* builtIn = BuiltInRoles::find(candidate.role.builtInKey);
    if (builtIn != nullptr && builtIn->partnerOnly && !actor.isSystem) {
        auto actorPartner = partnerOf(actor);
        if (!actorPartner) {
            return actorPartner.refusal();
        }
        if (!actorPartner.value().has_value()) {
            return Refusal {Refusal::Kind::Denied,
                            tr("Only partner administrators may give the Partner Administrator role.")};
        }
    }
    return candidate;
}

Result<ExternalAdmin> PartnerService::addExternalAdmin(const Actor& actor, qint64 accountId, const QString& email,
                                                       const QString& roleName, const Person* resolved)
{
    auto candidate = checkCandidate(actor, accountId, email, roleName, resolved);
    if (!candidate) {
        return candidate.refusal();
    }
    const Candidate& c = candidate.value();
    WriteScope scope = WriteScope::checked(actor, Action::ManageExternalAdministrators, accountId);
    scope.also(Action::AddRoleMember, accountId, &c.role);
    return m_writes.run(scope, [&](Write& write) -> Result<ExternalAdmin> {
        auto current = PartnerStore(m_database).externalAdmin(accountId, c.user.email);
        if (!current) {
            return current.refusal();
        }
        if (current.value().has_value()) {
            return Refusal {Refusal::Kind::Conflict,
                            tr("%1 is already an external administrator of %2 (%3); change the role instead.")
                                .arg(c.user.email, c.account.code, current.value()->roleName)};
        }
        RoleStore::MemberAdder adder(m_database, c.role.id, actor.auditName());
        if (auto added = adder.add(c.user.id); !added) {
            return added.refusal();
        }
        write.audit(QStringLiteral("external_admin.add"), c.user.email, {},
                    externalAdminJson(c.user.email, c.role.name));
        write.changed(Changed::Members, c.role.id);
        return recordedExternalAdmin(accountId, c.user.email);
    });
}

Result<ExternalAdmin> PartnerService::changeRole(const Actor& actor, qint64 accountId, const QString& email,
                                                 const QString& roleName, const Person* resolved)
{
    auto candidate = checkCandidate(actor, accountId, email, roleName, resolved);
    if (!candidate) {
        return candidate.refusal();
    }
    const Candidate& c = candidate.value();
    auto current = PartnerStore(m_database).externalAdmin(accountId, c.user.email);
    if (!current) {
        return current.refusal();
    }
    if (!current.value().has_value()) {
        return Refusal {Refusal::Kind::NotFound,
                        tr("%1 is not an external administrator of %2.").arg(c.user.email, c.account.code)};
    }
    const ExternalAdmin before = *current.value();
    if (before.roleId == c.role.id) {
        return Refusal {Refusal::Kind::Conflict, tr("%1 already has the role %2.").arg(c.user.email, c.role.name)};
    }
    auto oldRole = RoleStore(m_database).role(before.roleId);
    if (!oldRole) {
        return oldRole.refusal();
    }
    WriteScope scope = WriteScope::checked(actor, Action::ManageExternalAdministrators, accountId);
    scope.also(Action::AddRoleMember, accountId, &c.role).also(Action::RemoveRoleMember, accountId, &oldRole.value());
    return m_writes.run(scope, [&](Write& write) -> Result<ExternalAdmin> {
        if (auto done = PartnerStore(m_database).moveMember(c.user.id, before.roleId, c.role.id, actor.auditName());
            !done) {
            return done.refusal();
        }
        write.audit(QStringLiteral("external_admin.change_role"), c.user.email,
                    externalAdminJson(c.user.email, before.roleName), externalAdminJson(c.user.email, c.role.name));
        write.changed(Changed::Members, before.roleId);
        write.changed(Changed::Members, c.role.id);
        return recordedExternalAdmin(accountId, c.user.email);
    });
}

Status PartnerService::removeExternalAdmin(const Actor& actor, qint64 accountId, const QString& email)
{
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = canManage(actor, accountId); !allowed) {
        return allowed;
    }
    auto current = PartnerStore(m_database).externalAdmin(accountId, email);
    if (!current) {
        return current.refusal();
    }
    if (!current.value().has_value()) {
        return Refusal {Refusal::Kind::NotFound,
                        tr("%1 is not an external administrator of %2.").arg(email.trimmed(), account.value().code)};
    }
    const ExternalAdmin before = *current.value();
    auto role = RoleStore(m_database).role(before.roleId);
    if (!role) {
        return role.refusal();
    }
    WriteScope scope = WriteScope::checked(actor, Action::ManageExternalAdministrators, accountId);
    scope.also(Action::RemoveRoleMember, accountId, &role.value());
    return m_writes.run(scope, [&](Write& write) -> Status {
        if (auto done = RoleStore(m_database).removeMember(before.roleId, before.userId); !done) {
            return done;
        }
        write.audit(QStringLiteral("external_admin.remove"), before.email,
                    externalAdminJson(before.email, before.roleName), {});
        write.changed(Changed::Members, before.roleId);
        return {};
    });
}

QString externalAdminChangeKey(ExternalAdminOutcome::Change change)
{
    switch (change) {
    case ExternalAdminOutcome::Change::Added:
        return QStringLiteral("added");
    case ExternalAdminOutcome::Change::RoleChanged:
        return QStringLiteral("role_changed");
    case ExternalAdminOutcome::Change::Unchanged:
        return QStringLiteral("unchanged");
    case ExternalAdminOutcome::Change::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

Result<QList<Account>> PartnerService::customerAccounts(const Actor& actor) const
{
    auto partner = partnerOf(actor);
    if (!partner) {
        return partner.refusal();
    }
    auto accounts = AccountStore(m_database).accounts();
    if (!accounts) {
        return accounts.refusal();
    }
    QList<Account> customers;
    for (const Account& account : accounts.value()) {
        const bool ownHome = partner.value().has_value() && partner.value()->homeAccountId == account.id;
        if (!ownHome && m_authorizer.check(actor, Action::ViewAccount, account.id)) {
            customers.append(account);
        }
    }
    return customers;
}

Result<QList<ExternalAdminOutcome>> PartnerService::applyToAccounts(const Actor& actor, const QList<qint64>& accountIds,
                                                                    const QString& email, const QString& roleName,
                                                                    const Progress& progress)
{
    auto person = partnerPerson(email);
    if (!person) {
        return person.refusal();
    }
    // The person is the same in every account: a wrong address is one answer, not one per account.
    QList<ExternalAdminOutcome> outcomes;
    for (const qint64 accountId : accountIds) {
        if (progress && !progress(int(outcomes.size()), int(accountIds.size()))) {
            break;
        }
        ExternalAdminOutcome outcome;
        outcome.accountId = accountId;
        auto account = AccountStore(m_database).account(accountId);
        outcome.accountCode = account ? account.value().code : QString::number(accountId);
        auto current = PartnerStore(m_database).externalAdmin(accountId, email);
        if (!current) {
            outcome.message = current.refusal().message;
        } else if (!current.value().has_value()) {
            auto added = addExternalAdmin(actor, accountId, email, roleName, &person.value());
            outcome.applied = added.ok();
            outcome.change = added ? ExternalAdminOutcome::Change::Added : ExternalAdminOutcome::Change::Refused;
            outcome.message = added ? tr("Added as %1.").arg(added.value().roleName) : added.refusal().message;
        } else if (DirectoryStore::nameKey(current.value()->roleName) == DirectoryStore::nameKey(roleName)) {
            outcome.applied = true;
            outcome.change = ExternalAdminOutcome::Change::Unchanged;
            outcome.message = tr("Unchanged: already an external administrator as %1.").arg(current.value()->roleName);
        } else {
            const QString from = current.value()->roleName;
            auto changed = changeRole(actor, accountId, email, roleName, &person.value());
            outcome.applied = changed.ok();
            outcome.change =
                changed ? ExternalAdminOutcome::Change::RoleChanged : ExternalAdminOutcome::Change::Refused;
            outcome.message = changed ? tr("Role changed from %1 to %2.").arg(from, changed.value().roleName)
                                      : changed.refusal().message;
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace warden
