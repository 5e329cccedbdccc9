#include "AccountService.h"

#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/EmailAddress.h"
#include "../domain/IpRange.h"
#include "../storage/AccountStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"
#include "../write/WritePath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace warden {

AccountService::AccountService(Database& database, Authorizer& authorizer, WritePath& writes)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_writes(writes)
{ }

Result<Account> AccountService::create(const Actor& actor, const QString& code, const QString& name, AccountKind kind,
                                       const QString& parentCode)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{1,31}$"));
    const QString trimmedCode = code.trimmed();
    if (!codePattern.match(trimmedCode).hasMatch()) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("An account code has 2 to 32 letters, digits, dots, dashes or underscores.")};
    }
    if (name.simplified().isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("The account needs a name.")};
    }
    DirectoryStore directory(m_database);
    std::optional<Account> parent;
    if (!parentCode.isEmpty()) {
        auto found = AccountStore(m_database).accountByCode(parentCode);
        if (!found) {
            return found.refusal();
        }
        parent = found.value();
        if (parent->kind != AccountKind::Master && parent->kind != AccountKind::Group) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Accounts can be nested only under a master account or a group.")};
        }
        if (kind != AccountKind::Group && kind != AccountKind::MailProcessing) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Only groups and mail-processing accounts can be nested under another account.")};
        }
    } else {
        if (kind == AccountKind::Group || kind == AccountKind::MailProcessing) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Groups and mail-processing accounts must be nested under a master account.")};
        }
        if (!actor.isSystem) {
            return Refusal {Refusal::Kind::Denied,
                            tr("Top-level accounts are created by the service provider, not from "
                               "inside an account.")};
        }
    }
    const WriteScope scope = parent ? WriteScope::checked(actor, Action::CreateNestedAccount, parent->id)
                                    : WriteScope::unchecked(actor.auditName(), 0);
    return m_writes.run(scope, [&](Write& write) -> Result<Account> {
        AccountStore accounts(m_database);
        if (auto existing = accounts.accountByCode(trimmedCode); existing) {
            return Refusal {Refusal::Kind::Conflict, tr("The account code \"%1\" is already in use.").arg(trimmedCode)};
        }
        Account account;
        account.code = trimmedCode;
        account.name = name.simplified();
        account.kind = kind;
        if (parent) {
            account.parentId = parent->id;
        }
        auto id = accounts.insertAccount(account);
        if (!id) {
            return id.refusal();
        }
        account.id = id.value();
        for (const BuiltInRole* builtIn : BuiltInRoles::forAccountKind(kind)) {
            Role role;
            role.accountId = account.id;
            role.name = builtIn->name;
            role.description = builtIn->description;
            role.builtInKey = builtIn->key;
            role.alwaysProtected = builtIn->alwaysProtected;
            role.permissions = builtIn->permissions;
            if (auto inserted = RoleStore(m_database).insertRole(role); !inserted) {
                return inserted.refusal();
            }
        }
        write.auditIn(account.code, QStringLiteral("account.create"), account.code, {},
                      QJsonObject {{QStringLiteral("name"), account.name},
                                   {QStringLiteral("kind"), accountKindKey(kind)},
                                   {QStringLiteral("parent"), parent ? parent->code : QString()}});
        write.changed(Changed::Accounts);
        return account;
    });
}

Result<QList<Account>> AccountService::visibleAccounts(const Actor& actor) const
{
    DirectoryStore directory(m_database);
    auto all = AccountStore(m_database).accounts();
    if (!all || actor.isSystem) {
        return all;
    }
    QList<Account> visible;
    for (const Account& account : all.value()) {
        if (m_authorizer.check(actor, Action::ViewAccount, account.id)) {
            visible.append(account);
        }
    }
    return visible;
}

Result<Account> AccountService::find(const Actor& actor, const QString& code) const
{
    auto account = AccountStore(m_database).accountByCode(code);
    if (!account) {
        return account;
    }
    if (auto allowed = m_authorizer.check(actor, Action::ViewAccount, account.value().id); !allowed) {
        return allowed.refusal();
    }
    return account;
}

Status AccountService::addDomain(const Actor& actor, qint64 accountId, const QString& domain)
{
    const QString name = domain.trimmed().toLower();
    if (!EmailAddress::isValidDomain(name)) {
        return Refusal {Refusal::Kind::BadInput, tr("\"%1\" is not a valid domain name.").arg(domain.trimmed())};
    }
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (account.value().kind == AccountKind::MailProcessing) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("Mail-processing accounts cannot add domains; add the domain on the "
                           "master account and link it.")};
    }
    return m_writes.run(WriteScope::checked(actor, Action::EditDirectory, accountId), [&](Write& write) -> Status {
        AccountStore accounts(m_database);
        auto existing = accounts.domainOwner(name);
        if (!existing) {
            return existing.refusal();
        }
        if (existing.value()) {
            return Refusal {Refusal::Kind::Conflict, tr("The domain %1 is already registered.").arg(name)};
        }
        if (auto done = accounts.insertDomain(accountId, name); !done) {
            return done;
        }
        write.audit(QStringLiteral("domain.add"), name);
        write.changed(Changed::Directory, accountId);
        return {};
    });
}

Result<QStringList> AccountService::domains(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewDirectory, accountId); !allowed) {
        return allowed.refusal();
    }
    return AccountStore(m_database).domains(accountId);
}

Result<QList<AccountDomain>> AccountService::domainEntries(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewDirectory, accountId); !allowed) {
        return allowed.refusal();
    }
    return AccountStore(m_database).domainEntries(accountId);
}

Result<QStringList> AccountService::linkableDomains(const Actor& actor, qint64 accountId) const
{
    DirectoryStore directory(m_database);
    auto ancestors = AccountStore(m_database).ancestors(accountId);
    if (!ancestors) {
        return ancestors.refusal();
    }
    auto own = AccountStore(m_database).domains(accountId);
    if (!own) {
        return own.refusal();
    }
    QStringList candidates;
    for (const qint64 ancestor : ancestors.value()) {
        if (!m_authorizer.check(actor, Action::EditAccountHierarchy, ancestor)) {
            continue;
        }
        auto owned = AccountStore(m_database).ownDomains(ancestor);
        if (!owned) {
            return owned.refusal();
        }
        for (const QString& name : owned.value()) {
            if (!own.value().contains(name)) {
                candidates.append(name);
            }
        }
    }
    return candidates;
}

Status AccountService::linkDomain(const Actor& actor, const QString& domain, qint64 accountId)
{
    const QString name = domain.trimmed().toLower();
    AccountStore accounts(m_database);
    auto target = accounts.account(accountId);
    if (!target) {
        return target.refusal();
    }
    auto registered = accounts.domainOwner(name);
    if (!registered) {
        return registered.refusal();
    }
    if (!registered.value()) {
        return Refusal {Refusal::Kind::NotFound, tr("The domain %1 is not registered on any account.").arg(name)};
    }
    const DomainOwner found = *registered.value();
    auto owner = accounts.account(found.accountId);
    if (!owner) {
        return owner.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditAccountHierarchy, found.accountId); !allowed) {
        return allowed;
    }
    if (target.value().kind != AccountKind::MailProcessing) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("Domains are linked only to mail-processing accounts; %1 is a %2 account.")
                            .arg(target.value().code, accountKindDisplayName(target.value().kind))};
    }
    auto ancestors = accounts.ancestors(accountId);
    if (!ancestors) {
        return ancestors.refusal();
    }
    if (!ancestors.value().contains(found.accountId)) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 belongs to %2, which is not above %3 in the hierarchy; a domain can only be linked "
                           "down its own master's tree.")
                            .arg(name, owner.value().code, target.value().code)};
    }
    WriteScope scope = WriteScope::checked(actor, Action::EditAccountHierarchy, found.accountId);
    scope.accountId = accountId;
    return m_writes.run(scope, [&](Write& write) -> Status {
        auto linked = accounts.linkedDomain(name, accountId);
        if (!linked) {
            return linked.refusal();
        }
        if (linked.value()) {
            return Refusal {Refusal::Kind::Conflict, tr("%1 is already linked to %2.").arg(name, target.value().code)};
        }
        if (auto done = accounts.linkDomain(found.domainId, accountId); !done) {
            return done;
        }
        write.audit(QStringLiteral("domain.link"), name, {},
                    QJsonObject {{QStringLiteral("from"), owner.value().code}});
        write.changed(Changed::Directory, accountId);
        return {};
    });
}

Status AccountService::unlinkDomain(const Actor& actor, const QString& domain, qint64 accountId)
{
    const QString name = domain.trimmed().toLower();
    AccountStore accounts(m_database);
    auto target = accounts.account(accountId);
    if (!target) {
        return target.refusal();
    }
    auto linked = accounts.linkedDomain(name, accountId);
    if (!linked) {
        return linked.refusal();
    }
    if (!linked.value()) {
        return Refusal {Refusal::Kind::NotFound, tr("%1 is not linked to %2.").arg(name, target.value().code)};
    }
    const DomainOwner found = *linked.value();
    WriteScope scope = WriteScope::checked(actor, Action::EditAccountHierarchy, found.accountId);
    scope.accountId = accountId;
    return m_writes.run(scope, [&](Write& write) -> Status {
        if (auto done = accounts.unlinkDomain(found.domainId, accountId); !done) {
            return done;
        }
        write.audit(QStringLiteral("domain.unlink"), name);
        write.changed(Changed::Directory, accountId);
        return {};
    });
}

namespace {

QJsonObject toJson(const IpRestrictions& restrictions)
{
    return QJsonObject {{QStringLiteral("ranges"), QJsonArray::fromStringList(restrictions.ranges)},
                        {QStringLiteral("partnerSignInExempt"), restrictions.partnerSignInExempt}};
}

} // namespace

Result<IpRestrictions> AccountService::ipRestrictions(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewAccount, accountId); !allowed) {
        return allowed.refusal();
    }
    return AccountStore(m_database).ipRestrictions(accountId);
}

QStringList AccountService::ipRangeProblems(const QStringList& ranges)
{
    QStringList problems;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        if (ranges.at(i).trimmed().isEmpty()) {
            continue;
        }
        if (auto range = IpRange::parse(ranges.at(i)); !range) {
            problems.append(tr("Line %1: %2").arg(i + 1).arg(range.refusal().message));
        }
    }
    return problems;
}

Refusal AccountService::staleSettings(const Account& account, const IpRestrictions& now)
{
    return Refusal {Refusal::Kind::Conflict,
                    tr("The settings of %1 were changed by %2 at %3 — reload them and make your change again; "
                       "nothing was saved.")
                        .arg(account.code, now.changedBy.isEmpty() ? tr("someone else") : now.changedBy,
                             QLocale().toString(now.changedAt.toLocalTime(), QLocale::ShortFormat))};
}

Result<IpRestrictions> AccountService::setIpRestrictions(const Actor& actor, qint64 accountId,
                                                         const QStringList& ranges, bool partnerSignInExempt,
                                                         int baseVersion)
{
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = m_writes.authorize(WriteScope::checked(actor, Action::EditAccountSettings, accountId));
        !allowed) {
        return allowed.refusal();
    }
    if (const QStringList problems = ipRangeProblems(ranges); !problems.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("The allow-list was not saved: %1").arg(problems.join(QLatin1Char(' ')))};
    }
    IpRestrictions proposed;
    proposed.partnerSignInExempt = partnerSignInExempt;
    QList<IpRange> parsed;
    for (const QString& text : ranges) {
        if (text.trimmed().isEmpty()) {
            continue;
        }
        const IpRange range = IpRange::parse(text).value();
        if (!proposed.ranges.contains(range.toString())) {
            proposed.ranges.append(range.toString());
            parsed.append(range);
        }
    }
    // Saving a list that shuts out the person saving it is almost always a mistake; partner
    // administrators are not shut out when the account exempts them.
    const bool actorIsPartnerHere = !actor.isSystem && actor.homeAccountId != accountId;
    const auto client = parseClientAddress(actor.clientAddress);
    if (!actor.isSystem && !(actorIsPartnerHere && partnerSignInExempt)
        && !allowListPermits(parsed, client ? client.value() : QHostAddress())) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("The allow-list was not saved: it would lock you out, because the address you connect "
                           "from (%1) is in none of its ranges. Add a range that contains it.")
                            .arg(actor.clientAddress.isEmpty() ? tr("unknown") : actor.clientAddress)};
    }
    return m_writes.run(WriteScope::checked(actor, Action::EditAccountSettings, accountId),
                        [&](Write& write) -> Result<IpRestrictions> {
                            AccountStore accounts(m_database);
                            auto before = accounts.ipRestrictions(accountId);
                            if (!before) {
                                return before.refusal();
                            }
                            if (baseVersion != 0 && before.value().version != baseVersion) {
                                return staleSettings(account.value(), before.value());
                            }
                            if (auto done = accounts.setIpRestrictions(accountId, proposed, write.auditActor());
                                !done) {
                                return done.refusal();
                            }
                            write.audit(QStringLiteral("account.ip_allow_list"), account.value().code,
                                        toJson(before.value()), toJson(proposed));
                            proposed.version = before.value().version + 1;
                            proposed.changedBy = write.auditActor();
                            proposed.changedAt = QDateTime::currentDateTimeUtc();
                            write.changed(Changed::Accounts);
                            return proposed;
                        });
}

} // namespace warden
