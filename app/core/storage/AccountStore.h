#pragma once

#include "../Result.h"
#include "../domain/Account.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace warden {

class Database;

/// An account's IP allow-list and whether partner administrators are exempt from it.
struct IpRestrictions
{
    QStringList ranges;
    bool partnerSignInExempt = false;
    /// The account settings' version: a save names the one it started from and is refused when
    /// someone saved in between (changedBy at changedAt).
    int version = 1;
    QString changedBy;
    QDateTime changedAt;
};

/// A domain as an account sees it: its own, or linked down from the master that owns it.
struct AccountDomain
{
    QString name;
    QString ownerCode; ///< the account the domain was added on
    bool linked = false;
};

/// What decides whether an account admits an administrator's roles: its IP allow-list, whether
/// partner administrators are exempt from it, and the partners it delegates to.
struct AccountAccessRules
{
    QStringList allowList;
    bool partnerSignInExempt = false;
    QSet<qint64> delegatedPartnerHomes; ///< home accounts of the partners the account delegates to
};

/// A registered domain and the account that owns it.
struct DomainOwner
{
    qint64 domainId = 0;
    qint64 accountId = 0;
};

/// Accounts, their hierarchy, domains, domain links and IP allow-lists. No authorization here.
class AccountStore
{
public:
    explicit AccountStore(Database& database);

    [[nodiscard]] Result<Account> account(qint64 id) const;
    [[nodiscard]] Result<Account> accountByCode(const QString& code) const;
    [[nodiscard]] Result<QList<Account>> accounts() const;
    /// The account's ancestors, nearest first.
    [[nodiscard]] Result<QList<qint64>> ancestors(qint64 accountId) const;
    /// The new account's id; `account.code` and `name` are stored as given.
    [[nodiscard]] Result<qint64> insertAccount(const Account& account);

    /// The account's internal domains: its own and those linked down from its master.
    [[nodiscard]] Result<QStringList> domains(qint64 accountId) const;
    [[nodiscard]] Result<QList<AccountDomain>> domainEntries(qint64 accountId) const;
    /// The domains added on the account itself.
    [[nodiscard]] Result<QStringList> ownDomains(qint64 accountId) const;
    /// The registered domain of that (lower-case) name, if any.
    [[nodiscard]] Result<std::optional<DomainOwner>> domainOwner(const QString& name) const;
    /// The domain of that name when it is linked to the account.
    [[nodiscard]] Result<std::optional<DomainOwner>> linkedDomain(const QString& name, qint64 accountId) const;
    [[nodiscard]] Status insertDomain(qint64 accountId, const QString& name);
    [[nodiscard]] Status linkDomain(qint64 domainId, qint64 accountId);
    [[nodiscard]] Status unlinkDomain(qint64 domainId, qint64 accountId);

    [[nodiscard]] Status setFederatedContentView(qint64 accountId, bool on);

    /// The account's IP allow-list as stored (normalised CIDR text, in the order saved).
    [[nodiscard]] Result<QStringList> ipAllowList(qint64 accountId) const;
    [[nodiscard]] Result<IpRestrictions> ipRestrictions(qint64 accountId) const;
    /// Saves the allow-list and the partner exemption, and counts the settings' version up.
    [[nodiscard]] Status setIpRestrictions(qint64 accountId, const IpRestrictions& restrictions,
                                           const QString& changedBy);
    /// The access rules of every account (a few queries, whatever the number of accounts), or of
    /// one when `onlyAccountId` is not 0.
    [[nodiscard]] Result<QHash<qint64, AccountAccessRules>> accessRules(qint64 onlyAccountId = 0) const;

private:
    Database& m_database;
};

} // namespace warden
