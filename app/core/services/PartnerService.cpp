#include "PartnerService.h"

#include "../ChangeNotifier.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/EmailAddress.h"
#include "../storage/AccountStore.h"
#include "../storage/Database.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace warden {

struct PartnerService::Candidate
{
    Account account;
    User user;
    Partner partner;
    Role role;
};

namespace {

const char* const kPartnerColumns = "p.id, p.name, p.home_account_id, a.code";
const char* const kExternalAdminSelect =
    "SELECT u.id, u.email, u.display_name, p.name, r.id, r.name, m.added_by, m.added_at FROM role_members m "
    "JOIN roles r ON r.id = m.role_id JOIN users u ON u.id = m.user_id JOIN partners p ON p.home_account_id = "
    "u.account_id WHERE r.account_id = ?";

Partner partnerFromRow(const QSqlQuery& q)
{
    return Partner {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()};
}

ExternalAdmin externalAdminFromRow(const QSqlQuery& q)
{
    return ExternalAdmin {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}

Result<std::optional<Partner>> partnerWithHome(Database& database, qint64 homeAccountId)
{
    QSqlQuery q(database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT %1 FROM partners p JOIN accounts a ON a.id = p.home_account_id "
                                                "WHERE p.home_account_id = ?")
                                     .arg(QLatin1String(kPartnerColumns)),
                                 {homeAccountId}, "reading partners");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return std::optional<Partner>();
    }
    return std::optional<Partner>(partnerFromRow(q));
}

Result<bool> isDelegated(Database& database, qint64 accountId, qint64 partnerId)
{
    QSqlQuery q(database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT 1 FROM account_delegations WHERE account_id = ? AND "
                                                "partner_id = ?"),
                                 {accountId, partnerId}, "reading delegations");
        !done) {
        return done.refusal();
    }
    return q.next();
}

QJsonObject externalAdminJson(const QString& email, const QString& role)
{
    return QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("role"), role}};
}

} // namespace

PartnerService::PartnerService(Database& database, Authorizer& authorizer, AuditLog& audit, ChangeNotifier& notifier)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_notifier(notifier)
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
    DirectoryStore directory(m_database);
    auto home = AccountStore(m_database).accountByCode(homeAccountCode);
    if (!home) {
        return home.refusal();
    }
    if (home.value().kind != AccountKind::Standard) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("A partner's home account must be a standard account; %1 is a %2 account.")
                            .arg(home.value().code, accountKindDisplayName(home.value().kind))};
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q, QStringLiteral("SELECT name FROM partners WHERE name_key = ? OR home_account_id = ?"),
                         {DirectoryStore::nameKey(trimmed), home.value().id}, "registering a partner");
        !done) {
        return done.refusal();
    }
    if (q.next()) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("The partner \"%1\" already exists or already uses %2 as its home account.")
                            .arg(q.value(0).toString(), home.value().code)};
    }
    q.finish();
    if (auto done = execPrepared(q,
                                 QStringLiteral("INSERT INTO partners (name, name_key, home_account_id, created_at) "
                                                "VALUES (?, ?, ?, ?) RETURNING id"),
                                 {trimmed, DirectoryStore::nameKey(trimmed), home.value().id, DirectoryStore::now()},
                                 "registering a partner");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return storageRefusal(q.lastError(), "registering a partner");
    }
    const Partner partner {q.value(0).toLongLong(), trimmed, home.value().id, home.value().code};
    q.finish();
    if (auto logged = m_audit.append(actor.auditName(), home.value().code, QStringLiteral("partner.create"), trimmed);
        !logged) {
        return logged.refusal();
    }
    if (auto committed = commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.accountsChanged(); }); !committed) {
        return committed.refusal();
    }
    return partner;
}

Result<QList<Partner>> PartnerService::partners() const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT %1 FROM partners p JOIN accounts a ON a.id = p.home_account_id "
                                                "ORDER BY p.name_key")
                                     .arg(QLatin1String(kPartnerColumns)),
                                 {}, "reading partners");
        !done) {
        return done.refusal();
    }
    QList<Partner> list;
    while (q.next()) {
        list.append(partnerFromRow(q));
    }
    return list;
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
    return partnerWithHome(m_database, actor.homeAccountId);
}

Status PartnerService::delegate(const Actor& actor, qint64 accountId, qint64 partnerId)
{
    DirectoryStore directory(m_database);
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
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    auto already = isDelegated(m_database, accountId, partnerId);
    if (!already) {
        return already.refusal();
    }
    if (already.value()) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("%1 already delegates to %2.").arg(account.value().code, partner->name)};
    }
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("INSERT INTO account_delegations (account_id, partner_id, delegated_at, "
                                        "delegated_by) VALUES (?, ?, ?, ?)"),
                         {accountId, partnerId, DirectoryStore::now(), actor.auditName()}, "delegating");
        !done) {
        return done;
    }
    if (auto logged =
            m_audit.append(actor.auditName(), account.value().code, QStringLiteral("partner.delegate"), partner->name);
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.accountsChanged(); });
}

Status PartnerService::revokeDelegation(const Actor& actor, qint64 accountId, qint64 partnerId)
{
    DirectoryStore directory(m_database);
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::ManageExternalAdministrators, accountId); !allowed) {
        return allowed;
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    auto delegated = isDelegated(m_database, accountId, partnerId);
    if (!delegated) {
        return delegated.refusal();
    }
    if (!delegated.value()) {
        return Refusal {Refusal::Kind::NotFound, tr("%1 does not delegate to that partner.").arg(account.value().code)};
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT u.email, p.name FROM role_members m JOIN roles r ON r.id = "
                                                "m.role_id JOIN users u ON u.id = m.user_id JOIN partners p ON "
                                                "p.home_account_id = u.account_id WHERE r.account_id = ? AND p.id = ?"),
                                 {accountId, partnerId}, "revoking a delegation");
        !done) {
        return done;
    }
    QStringList removed;
    while (q.next()) {
        removed.append(q.value(0).toString());
    }
    q.finish();
    if (auto done =
            execPrepared(q,
                         QStringLiteral("DELETE FROM role_members WHERE role_id IN (SELECT id FROM roles WHERE "
                                        "account_id = ?) AND user_id IN (SELECT u.id FROM users u JOIN partners "
                                        "p ON p.home_account_id = u.account_id WHERE p.id = ?)"),
                         {accountId, partnerId}, "revoking a delegation");
        !done) {
        return done;
    }
    if (auto done =
            execPrepared(q, QStringLiteral("DELETE FROM account_delegations WHERE account_id = ? AND partner_id = ?"),
                         {accountId, partnerId}, "revoking a delegation");
        !done) {
        return done;
    }
    auto partner = partners();
    QString partnerName;
    for (const Partner& p : partner ? partner.value() : QList<Partner>()) {
        if (p.id == partnerId) {
            partnerName = p.name;
        }
    }
    if (auto logged = m_audit.append(
            actor.auditName(), account.value().code, QStringLiteral("partner.revoke"), partnerName, {},
            QJsonObject {{QStringLiteral("removedExternalAdmins"), QJsonArray::fromStringList(removed)}});
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] {
        Q_EMIT m_notifier.accountsChanged();
        Q_EMIT m_notifier.rolesChanged(accountId);
    });
}

Result<QList<Partner>> PartnerService::delegations(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewExternalAdministrators, accountId); !allowed) {
        return allowed.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT %1 FROM account_delegations d JOIN partners p ON p.id = "
                                                "d.partner_id JOIN accounts a ON a.id = p.home_account_id WHERE "
                                                "d.account_id = ? ORDER BY p.name_key")
                                     .arg(QLatin1String(kPartnerColumns)),
                                 {accountId}, "reading delegations");
        !done) {
        return done.refusal();
    }
    QList<Partner> list;
    while (q.next()) {
        list.append(partnerFromRow(q));
    }
    return list;
}

Result<QList<ExternalAdmin>> PartnerService::externalAdmins(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewExternalAdministrators, accountId); !allowed) {
        return allowed.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QLatin1String(kExternalAdminSelect) + QLatin1String(" ORDER BY u.email_key"),
                                 {accountId}, "reading external administrators");
        !done) {
        return done.refusal();
    }
    QList<ExternalAdmin> list;
    while (q.next()) {
        list.append(externalAdminFromRow(q));
    }
    return list;
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

Result<std::optional<ExternalAdmin>> PartnerService::currentExternalAdmin(qint64 accountId, const QString& email) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QLatin1String(kExternalAdminSelect) + QLatin1String(" AND u.email_key = ?"),
                                 {accountId, DirectoryStore::emailKey(email)}, "reading external administrators");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return std::optional<ExternalAdmin>();
    }
    return std::optional<ExternalAdmin>(externalAdminFromRow(q));
}

Result<ExternalAdmin> PartnerService::recordedExternalAdmin(qint64 accountId, const QString& email) const
{
    auto current = currentExternalAdmin(accountId, email);
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
    auto partner = user ? partnerWithHome(m_database, user.value().accountId)
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
                                                                 const QString& email, const QString& roleName) const
{
    DirectoryStore directory(m_database);
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
    auto person = partnerPerson(address);
    if (!person) {
        return person.refusal();
    }
    candidate.user = person.value().user;
    candidate.partner = person.value().partner;
    auto delegated = isDelegated(m_database, accountId, candidate.partner.id);
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
    if (auto allowed = m_authorizer.check(actor, Action::AddRoleMember, accountId, &candidate.role); !allowed) {
        return allowed.refusal();
    }
    return candidate;
}

Result<ExternalAdmin> PartnerService::addExternalAdmin(const Actor& actor, qint64 accountId, const QString& email,
                                                       const QString& roleName)
{
    auto candidate = checkCandidate(actor, accountId, email, roleName);
    if (!candidate) {
        return candidate.refusal();
    }
    const Candidate& c = candidate.value();
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    auto current = currentExternalAdmin(accountId, c.user.email);
    if (!current) {
        return current.refusal();
    }
    if (current.value().has_value()) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("%1 is already an external administrator of %2 (%3); change the role instead.")
                            .arg(c.user.email, c.account.code, current.value()->roleName)};
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q,
            QStringLiteral("INSERT INTO role_members (role_id, user_id, added_at, added_by) VALUES "
                           "(?, ?, ?, ?)"),
            {c.role.id, c.user.id, DirectoryStore::now(), actor.auditName()}, "adding an external administrator");
        !done) {
        return done.refusal();
    }
    if (auto logged = m_audit.append(actor.auditName(), c.account.code, QStringLiteral("external_admin.add"),
                                     c.user.email, {}, externalAdminJson(c.user.email, c.role.name));
        !logged) {
        return logged.refusal();
    }
    auto added = recordedExternalAdmin(accountId, c.user.email);
    if (!added) {
        return added.refusal();
    }
    if (auto committed = commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.membersChanged(c.role.id); }); !committed) {
        return committed.refusal();
    }
    return added;
}

Result<ExternalAdmin> PartnerService::changeRole(const Actor& actor, qint64 accountId, const QString& email,
                                                 const QString& roleName)
{
    auto candidate = checkCandidate(actor, accountId, email, roleName);
    if (!candidate) {
        return candidate.refusal();
    }
    const Candidate& c = candidate.value();
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    auto current = currentExternalAdmin(accountId, c.user.email);
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
    if (auto allowed = m_authorizer.check(actor, Action::RemoveRoleMember, accountId, &oldRole.value()); !allowed) {
        return allowed.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("UPDATE role_members SET role_id = ?, added_at = ?, added_by = ? WHERE "
                                                "role_id = ? AND user_id = ?"),
                                 {c.role.id, DirectoryStore::now(), actor.auditName(), before.roleId, c.user.id},
                                 "changing an external administrator's role");
        !done) {
        return done.refusal();
    }
    if (auto logged = m_audit.append(actor.auditName(), c.account.code, QStringLiteral("external_admin.change_role"),
                                     c.user.email, externalAdminJson(c.user.email, before.roleName),
                                     externalAdminJson(c.user.email, c.role.name));
        !logged) {
        return logged.refusal();
    }
    auto changed = recordedExternalAdmin(accountId, c.user.email);
    if (!changed) {
        return changed.refusal();
    }
    if (auto committed = commitAndAnnounce(tx,
                                           [&] {
                                               Q_EMIT m_notifier.membersChanged(before.roleId);
                                               Q_EMIT m_notifier.membersChanged(c.role.id);
                                           });
        !committed) {
        return committed.refusal();
    }
    return changed;
}

Status PartnerService::removeExternalAdmin(const Actor& actor, qint64 accountId, const QString& email)
{
    DirectoryStore directory(m_database);
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = canManage(actor, accountId); !allowed) {
        return allowed;
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    auto current = currentExternalAdmin(accountId, email);
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
    if (auto allowed = m_authorizer.check(actor, Action::RemoveRoleMember, accountId, &role.value()); !allowed) {
        return allowed;
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("DELETE FROM role_members WHERE role_id = ? AND user_id = ?"),
                                 {before.roleId, before.userId}, "removing an external administrator");
        !done) {
        return done;
    }
    if (auto logged = m_audit.append(actor.auditName(), account.value().code, QStringLiteral("external_admin.remove"),
                                     before.email, externalAdminJson(before.email, before.roleName), {});
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.membersChanged(before.roleId); });
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
                                                                    const QString& email, const QString& roleName)
{
    // The person is the same in every account: a wrong address is one answer, not one per account.
    if (auto person = partnerPerson(email); !person) {
        return person.refusal();
    }
    DirectoryStore directory(m_database);
    QList<ExternalAdminOutcome> outcomes;
    for (const qint64 accountId : accountIds) {
        ExternalAdminOutcome outcome;
        outcome.accountId = accountId;
        auto account = AccountStore(m_database).account(accountId);
        outcome.accountCode = account ? account.value().code : QString::number(accountId);
        auto current = currentExternalAdmin(accountId, email);
        if (!current) {
            outcome.message = current.refusal().message;
        } else if (!current.value().has_value()) {
            auto added = addExternalAdmin(actor, accountId, email, roleName);
            outcome.applied = added.ok();
            outcome.change = added ? ExternalAdminOutcome::Change::Added : ExternalAdminOutcome::Change::Refused;
            outcome.message = added ? tr("Added as %1.").arg(added.value().roleName) : added.refusal().message;
        } else if (DirectoryStore::nameKey(current.value()->roleName) == DirectoryStore::nameKey(roleName)) {
            outcome.applied = true;
            outcome.change = ExternalAdminOutcome::Change::Unchanged;
            outcome.message = tr("Unchanged: already an external administrator as %1.").arg(current.value()->roleName);
        } else {
            const QString from = current.value()->roleName;
            auto changed = changeRole(actor, accountId, email, roleName);
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
