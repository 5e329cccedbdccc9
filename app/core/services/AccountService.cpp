#include "AccountService.h"

#include "../ChangeNotifier.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/EmailAddress.h"
#include "../domain/IpRange.h"
#include "../storage/Database.h"
#include "../storage/Repository.h"
#include "../storage/RoleStore.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace warden {

AccountService::AccountService(Database& database, Authorizer& authorizer, AuditLog& audit, ChangeNotifier& notifier)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_notifier(notifier)
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
    Repository repository(m_database);
    std::optional<Account> parent;
    if (!parentCode.isEmpty()) {
        auto found = repository.accountByCode(parentCode);
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
        if (auto allowed = m_authorizer.check(actor, Action::CreateNestedAccount, parent->id); !allowed) {
            return allowed.refusal();
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
    if (auto existing = repository.accountByCode(trimmedCode); existing) {
        return Refusal {Refusal::Kind::Conflict, tr("The account code \"%1\" is already in use.").arg(trimmedCode)};
    }

    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q,
            QStringLiteral("INSERT INTO accounts (code, code_key, name, kind, parent_id, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {trimmedCode, trimmedCode.toLower(), name.simplified(), accountKindKey(kind),
             parent ? QVariant(parent->id) : QVariant(QMetaType::fromType<qlonglong>()), Repository::now()},
            "creating an account");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return storageRefusal(q.lastError(), "creating an account");
    }
    Account account;
    account.id = q.value(0).toLongLong();
    q.finish(); // SQLite refuses to commit while a RETURNING statement is still open
    account.code = trimmedCode;
    account.name = name.simplified();
    account.kind = kind;
    if (parent) {
        account.parentId = parent->id;
    }
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
    if (auto logged =
            m_audit.append(actor.auditName(), account.code, QStringLiteral("account.create"), account.code, {},
                           QJsonObject {{QStringLiteral("name"), account.name},
                                        {QStringLiteral("kind"), accountKindKey(kind)},
                                        {QStringLiteral("parent"), parent ? parent->code : QString()}});
        !logged) {
        return logged.refusal();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.refusal();
    }
    Q_EMIT m_notifier.accountsChanged();
    return account;
}

Result<QList<Account>> AccountService::visibleAccounts(const Actor& actor) const
{
    Repository repository(m_database);
    auto all = repository.accounts();
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
    auto account = Repository(m_database).accountByCode(code);
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
    auto account = Repository(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (account.value().kind == AccountKind::MailProcessing) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("Mail-processing accounts cannot add domains; add the domain on the "
                           "master account and link it.")};
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditDirectory, accountId); !allowed) {
        return allowed;
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    QSqlQuery exists(m_database.connection());
    if (auto done =
            execPrepared(exists, QStringLiteral("SELECT 1 FROM domains WHERE name = ?"), {name}, "adding a domain");
        !done) {
        return done;
    }
    if (exists.next()) {
        return Refusal {Refusal::Kind::Conflict, tr("The domain %1 is already registered.").arg(name)};
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("INSERT INTO domains (account_id, name) VALUES (?, ?)"),
                                 {accountId, name}, "adding a domain");
        !done) {
        return done;
    }
    if (auto logged = m_audit.append(actor.auditName(), account.value().code, QStringLiteral("domain.add"), name);
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.directoryChanged(accountId); });
}

Result<QStringList> AccountService::domains(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewDirectory, accountId); !allowed) {
        return allowed.refusal();
    }
    return Repository(m_database).domains(accountId);
}

Result<QList<AccountDomain>> AccountService::domainEntries(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewDirectory, accountId); !allowed) {
        return allowed.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT d.name, a.code, 0 FROM domains d JOIN accounts a ON a.id = "
                                                "d.account_id WHERE d.account_id = ? UNION ALL SELECT d.name, a.code, "
                                                "1 FROM domain_links l JOIN domains d ON d.id = l.domain_id JOIN "
                                                "accounts a ON a.id = d.account_id WHERE l.account_id = ? ORDER BY 1"),
                                 {accountId, accountId}, "listing domains");
        !done) {
        return done.refusal();
    }
    QList<AccountDomain> entries;
    while (q.next()) {
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0});
    }
    return entries;
}

Result<QStringList> AccountService::linkableDomains(const Actor& actor, qint64 accountId) const
{
    Repository repository(m_database);
    auto ancestors = repository.ancestors(accountId);
    if (!ancestors) {
        return ancestors.refusal();
    }
    auto own = repository.domains(accountId);
    if (!own) {
        return own.refusal();
    }
    QStringList candidates;
    for (const qint64 ancestor : ancestors.value()) {
        if (!m_authorizer.check(actor, Action::EditAccountHierarchy, ancestor)) {
            continue;
        }
        QSqlQuery q(m_database.connection());
        if (auto done = execPrepared(q, QStringLiteral("SELECT name FROM domains WHERE account_id = ? ORDER BY name"),
                                     {ancestor}, "listing domains");
            !done) {
            return done.refusal();
        }
        while (q.next()) {
            if (!own.value().contains(q.value(0).toString())) {
                candidates.append(q.value(0).toString());
            }
        }
    }
    return candidates;
}

Status AccountService::linkDomain(const Actor& actor, const QString& domain, qint64 accountId)
{
    const QString name = domain.trimmed().toLower();
    Repository repository(m_database);
    auto target = repository.account(accountId);
    if (!target) {
        return target.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT id, account_id FROM domains WHERE name = ?"), {name},
                                 "linking a domain");
        !done) {
        return done;
    }
    if (!q.next()) {
        return Refusal {Refusal::Kind::NotFound, tr("The domain %1 is not registered on any account.").arg(name)};
    }
    const qint64 domainId = q.value(0).toLongLong();
    const qint64 ownerId = q.value(1).toLongLong();
    q.finish();
    auto owner = repository.account(ownerId);
    if (!owner) {
        return owner.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditAccountHierarchy, ownerId); !allowed) {
        return allowed;
    }
    if (target.value().kind != AccountKind::MailProcessing) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("Domains are linked only to mail-processing accounts; %1 is a %2 account.")
                            .arg(target.value().code, accountKindDisplayName(target.value().kind))};
    }
    auto ancestors = repository.ancestors(accountId);
    if (!ancestors) {
        return ancestors.refusal();
    }
    if (!ancestors.value().contains(ownerId)) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 belongs to %2, which is not above %3 in the hierarchy; a domain can only be linked "
                           "down its own master's tree.")
                            .arg(name, owner.value().code, target.value().code)};
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    if (auto done = execPrepared(q, QStringLiteral("SELECT 1 FROM domain_links WHERE domain_id = ? AND account_id = ?"),
                                 {domainId, accountId}, "linking a domain");
        !done) {
        return done;
    }
    if (q.next()) {
        return Refusal {Refusal::Kind::Conflict, tr("%1 is already linked to %2.").arg(name, target.value().code)};
    }
    q.finish();
    if (auto done = execPrepared(q,
                                 QStringLiteral("INSERT INTO domain_links (domain_id, account_id, linked_at) VALUES "
                                                "(?, ?, ?)"),
                                 {domainId, accountId, Repository::now()}, "linking a domain");
        !done) {
        return done;
    }
    if (auto logged = m_audit.append(actor.auditName(), target.value().code, QStringLiteral("domain.link"), name, {},
                                     QJsonObject {{QStringLiteral("from"), owner.value().code}});
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.directoryChanged(accountId); });
}

Status AccountService::unlinkDomain(const Actor& actor, const QString& domain, qint64 accountId)
{
    const QString name = domain.trimmed().toLower();
    Repository repository(m_database);
    auto target = repository.account(accountId);
    if (!target) {
        return target.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT d.id, d.account_id FROM domain_links l JOIN domains d ON d.id = "
                                        "l.domain_id WHERE d.name = ? AND l.account_id = ?"),
                         {name, accountId}, "unlinking a domain");
        !done) {
        return done;
    }
    if (!q.next()) {
        return Refusal {Refusal::Kind::NotFound, tr("%1 is not linked to %2.").arg(name, target.value().code)};
    }
    const qint64 domainId = q.value(0).toLongLong();
    const qint64 ownerId = q.value(1).toLongLong();
    q.finish();
    if (auto allowed = m_authorizer.check(actor, Action::EditAccountHierarchy, ownerId); !allowed) {
        return allowed;
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    if (auto done = execPrepared(q, QStringLiteral("DELETE FROM domain_links WHERE domain_id = ? AND account_id = ?"),
                                 {domainId, accountId}, "unlinking a domain");
        !done) {
        return done;
    }
    if (auto logged = m_audit.append(actor.auditName(), target.value().code, QStringLiteral("domain.unlink"), name);
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.directoryChanged(accountId); });
}

namespace {

Result<IpRestrictions> readIpRestrictions(Database& database, qint64 accountId)
{
    IpRestrictions restrictions;
    auto stored = Repository(database).ipAllowList(accountId);
    if (!stored) {
        return stored.refusal();
    }
    restrictions.ranges = stored.value();
    QSqlQuery q(database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT partner_sign_in_exempt FROM accounts WHERE id = ?"),
                                 {accountId}, "reading the IP allow-list");
        !done) {
        return done.refusal();
    }
    restrictions.partnerSignInExempt = q.next() && q.value(0).toInt() != 0;
    return restrictions;
}

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
    return readIpRestrictions(m_database, accountId);
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

Result<IpRestrictions> AccountService::setIpRestrictions(const Actor& actor, qint64 accountId,
                                                         const QStringList& ranges, bool partnerSignInExempt)
{
    auto account = Repository(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditAccountSettings, accountId); !allowed) {
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
    auto before = readIpRestrictions(m_database, accountId);
    if (!before) {
        return before.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("DELETE FROM account_ip_ranges WHERE account_id = ?"), {accountId},
                                 "saving the IP allow-list");
        !done) {
        return done.refusal();
    }
    for (const QString& range : proposed.ranges) {
        if (auto done =
                execPrepared(q, QStringLiteral("INSERT INTO account_ip_ranges (account_id, cidr) VALUES (?, ?)"),
                             {accountId, range}, "saving the IP allow-list");
            !done) {
            return done.refusal();
        }
    }
    if (auto done = execPrepared(q, QStringLiteral("UPDATE accounts SET partner_sign_in_exempt = ? WHERE id = ?"),
                                 {partnerSignInExempt ? 1 : 0, accountId}, "saving the IP allow-list");
        !done) {
        return done.refusal();
    }
    if (auto logged = m_audit.append(actor.auditName(), account.value().code, QStringLiteral("account.ip_allow_list"),
                                     account.value().code, toJson(before.value()), toJson(proposed));
        !logged) {
        return logged.refusal();
    }
    if (auto committed = commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.accountsChanged(); }); !committed) {
        return committed.refusal();
    }
    return proposed;
}

} // namespace warden
