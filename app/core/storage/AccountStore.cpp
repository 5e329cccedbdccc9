#include "AccountStore.h"

#include "Database.h"
#include "DirectoryStore.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace warden {

namespace {

const QString kAccountColumns = QStringLiteral(
    "id, code, name, kind, parent_id, policy_inheritance, federated_administration, federated_content_view, "
    "federated_admin_domain");

Account accountFrom(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.name = q.value(2).toString();
    a.kind = accountKindFromKey(q.value(3).toString()).value_or(AccountKind::Standard);
    if (!q.value(4).isNull()) {
        a.parentId = q.value(4).toLongLong();
    }
    a.policyInheritance = q.value(5).toInt() != 0;
    a.federatedAdministration = q.value(6).toInt() != 0;
    a.federatedContentView = q.value(7).toInt() != 0;
    a.federatedAdminDomain = q.value(8).toString();
    return a;
}

Refusal notFound(const QString& message)
{
    return Refusal {Refusal::Kind::NotFound, message};
}

} // namespace

AccountStore::AccountStore(Database& database)
    : m_database(database)
{ }

Result<Account> AccountStore::account(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kAccountColumns), {id},
                                 "reading an account");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return notFound(QCoreApplication::translate("AccountStore", "No such account."));
    }
    return accountFrom(q);
}

Result<Account> AccountStore::accountByCode(const QString& code) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM accounts WHERE code_key = ?").arg(kAccountColumns),
                                 {code.trimmed().toLower()}, "reading an account");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return notFound(
            QCoreApplication::translate("AccountStore", "There is no account with the code \"%1\".").arg(code));
    }
    return accountFrom(q);
}

Result<QList<Account>> AccountStore::accounts() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM accounts ORDER BY name, id").arg(kAccountColumns))) {
        return storageRefusal(q.lastError(), "listing accounts");
    }
    QList<Account> result;
    while (q.next()) {
        result.append(accountFrom(q));
    }
    return result;
}

Result<QList<qint64>> AccountStore::ancestors(qint64 accountId) const
{
    QList<qint64> chain;
    qint64 current = accountId;
    for (int depth = 0; depth < 32; ++depth) {
        QSqlQuery q(m_database.connection());
        if (auto done = execPrepared(q, QStringLiteral("SELECT parent_id FROM accounts WHERE id = ?"), {current},
                                     "reading the account hierarchy");
            !done) {
            return done.refusal();
        }
        if (!q.next() || q.value(0).isNull()) {
            break;
        }
        current = q.value(0).toLongLong();
        chain.append(current);
    }
    return chain;
}

Result<QStringList> AccountStore::domains(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    return selectStrings(
        q,
        QStringLiteral("SELECT name FROM domains WHERE account_id = ? UNION SELECT d.name FROM domains "
                       "d JOIN domain_links l ON l.domain_id = d.id WHERE l.account_id = ? ORDER BY 1"),
        {accountId, accountId}, "reading domains");
}

Result<QStringList> AccountStore::ipAllowList(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    return selectStrings(q, QStringLiteral("SELECT cidr FROM account_ip_ranges WHERE account_id = ? ORDER BY id"),
                         {accountId}, "reading the IP allow-list");
}

Result<qint64> AccountStore::insertAccount(const Account& account)
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("INSERT INTO accounts (code, code_key, name, kind, parent_id, created_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                         {account.code, account.code.toLower(), account.name, accountKindKey(account.kind),
                          account.parentId ? QVariant(*account.parentId) : QVariant(QMetaType::fromType<qlonglong>()),
                          DirectoryStore::now()},
                         "creating an account");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return storageRefusal(q.lastError(), "creating an account");
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite refuses to commit while a RETURNING statement is still open
    return id;
}

Result<std::optional<DomainOwner>> AccountStore::domainOwner(const QString& name) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT id, account_id FROM domains WHERE name = ?"), {name},
                                 "reading a domain");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return std::optional<DomainOwner>();
    }
    return std::optional<DomainOwner>(DomainOwner {q.value(0).toLongLong(), q.value(1).toLongLong()});
}

Status AccountStore::insertDomain(qint64 accountId, const QString& name)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("INSERT INTO domains (account_id, name) VALUES (?, ?)"), {accountId, name},
                        "adding a domain");
}

Result<QList<AccountDomain>> AccountStore::domainEntries(qint64 accountId) const
{
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

Result<QStringList> AccountStore::ownDomains(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    return selectStrings(q, QStringLiteral("SELECT name FROM domains WHERE account_id = ? ORDER BY name"), {accountId},
                         "listing domains");
}

Result<std::optional<DomainOwner>> AccountStore::linkedDomain(const QString& name, qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT d.id, d.account_id FROM domain_links l JOIN domains d ON d.id = "
                                        "l.domain_id WHERE d.name = ? AND l.account_id = ?"),
                         {name, accountId}, "reading domain links");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return std::optional<DomainOwner>();
    }
    return std::optional<DomainOwner>(DomainOwner {q.value(0).toLongLong(), q.value(1).toLongLong()});
}

Status AccountStore::linkDomain(qint64 domainId, qint64 accountId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("INSERT INTO domain_links (domain_id, account_id, linked_at) VALUES (?, ?, ?)"),
                        {domainId, accountId, DirectoryStore::now()}, "linking a domain");
}

Status AccountStore::unlinkDomain(qint64 domainId, qint64 accountId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("DELETE FROM domain_links WHERE domain_id = ? AND account_id = ?"),
                        {domainId, accountId}, "unlinking a domain");
}

Status AccountStore::setFederatedContentView(qint64 accountId, bool on)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE accounts SET federated_content_view = ? WHERE id = ?"),
                        {on ? 1 : 0, accountId}, "changing federated content view");
}

Result<IpRestrictions> AccountStore::ipRestrictions(qint64 accountId) const
{
    IpRestrictions restrictions;
    auto stored = ipAllowList(accountId);
    if (!stored) {
        return stored.refusal();
    }
    restrictions.ranges = stored.value();
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT partner_sign_in_exempt, settings_version, settings_changed_by, "
                                                "settings_changed_at FROM accounts WHERE id = ?"),
                                 {accountId}, "reading the IP allow-list");
        !done) {
        return done.refusal();
    }
    if (q.next()) {
        restrictions.partnerSignInExempt = q.value(0).toInt() != 0;
        restrictions.version = q.value(1).toInt();
        restrictions.changedBy = q.value(2).toString();
        restrictions.changedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    }
    return restrictions;
}

Status AccountStore::setIpRestrictions(qint64 accountId, const IpRestrictions& restrictions, const QString& changedBy)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("DELETE FROM account_ip_ranges WHERE account_id = ?"), {accountId},
                                 "saving the IP allow-list");
        !done) {
        return done;
    }
    for (const QString& range : restrictions.ranges) {
        if (auto done =
                execPrepared(q, QStringLiteral("INSERT INTO account_ip_ranges (account_id, cidr) VALUES (?, ?)"),
                             {accountId, range}, "saving the IP allow-list");
            !done) {
            return done;
        }
    }
    return execPrepared(
        q,
        QStringLiteral("UPDATE accounts SET partner_sign_in_exempt = ?, settings_version = "
                       "settings_version + 1, settings_changed_by = ?, settings_changed_at = ? WHERE id = ?"),
        {restrictions.partnerSignInExempt ? 1 : 0, changedBy,
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), accountId},
        "saving the IP allow-list");
}

Result<QHash<qint64, AccountAccessRules>> AccountStore::accessRules(qint64 onlyAccountId) const
{
    const auto where = [onlyAccountId](const char* column) {
        return onlyAccountId == 0 ? QString() : QStringLiteral(" WHERE %1 = ?").arg(QLatin1String(column));
    };
    const QVariantList values = onlyAccountId == 0 ? QVariantList() : QVariantList {onlyAccountId};
    QHash<qint64, AccountAccessRules> rules;
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT id, partner_sign_in_exempt FROM accounts") + where("id"),
                                 values, "reading the accounts' settings");
        !done) {
        return done.refusal();
    }
    while (q.next()) {
        rules[q.value(0).toLongLong()].partnerSignInExempt = q.value(1).toInt() != 0;
    }
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT account_id, cidr FROM account_ip_ranges") + where("account_id")
                                     + QStringLiteral(" ORDER BY id"),
                                 values, "reading the IP allow-lists");
        !done) {
        return done.refusal();
    }
    while (q.next()) {
        rules[q.value(0).toLongLong()].allowList.append(q.value(1).toString());
    }
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT d.account_id, p.home_account_id FROM account_delegations d "
                                                "JOIN partners p ON p.id = d.partner_id")
                                     + where("d.account_id"),
                                 values, "reading the accounts' partners");
        !done) {
        return done.refusal();
    }
    while (q.next()) {
        rules[q.value(0).toLongLong()].delegatedPartnerHomes.insert(q.value(1).toLongLong());
    }
    return rules;
}

} // namespace warden
