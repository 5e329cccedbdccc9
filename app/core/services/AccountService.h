#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/Account.h"
#include "../storage/AccountStore.h"

#include <QCoreApplication>
#include <QList>

namespace warden {

class Authorizer;
class Database;
class WritePath;

/// Accounts and their internal domains. Creating a top-level account is a system step (first
/// run, demo); nested accounts are created under a master or group by an actor allowed to.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    AccountService(Database& database, Authorizer& authorizer, WritePath& writes);

    [[nodiscard]] Result<Account> create(const Actor& actor, const QString& code, const QString& name, AccountKind kind,
                                         const QString& parentCode = {});
    /// The accounts the actor holds any role in (directly or through a nested-applying role).
    [[nodiscard]] Result<QList<Account>> visibleAccounts(const Actor& actor) const;
    [[nodiscard]] Result<Account> find(const Actor& actor, const QString& code) const;

    [[nodiscard]] Status addDomain(const Actor& actor, qint64 accountId, const QString& domain);
    [[nodiscard]] Result<QStringList> domains(const Actor& actor, qint64 accountId) const;
    [[nodiscard]] Result<QList<AccountDomain>> domainEntries(const Actor& actor, qint64 accountId) const;
    /// The domains that could be linked to `accountId`: those owned by the accounts above it
    /// (where the actor may change the hierarchy) that it does not have yet.
    [[nodiscard]] Result<QStringList> linkableDomains(const Actor& actor, qint64 accountId) const;
    /// Links a domain owned by a master (or group) down to a mail-processing account below it.
    [[nodiscard]] Status linkDomain(const Actor& actor, const QString& domain, qint64 accountId);
    [[nodiscard]] Status unlinkDomain(const Actor& actor, const QString& domain, qint64 accountId);

    [[nodiscard]] Result<IpRestrictions> ipRestrictions(const Actor& actor, qint64 accountId) const;
    /// Validates every line (all problems reported at once, nothing saved on any), normalises and
    /// removes duplicates, and refuses a list that would lock the actor out of the account.
    /// `baseVersion`: the settings' version the edit started from (IpRestrictions::version); a
    /// colleague's save since then refuses this one ("changed by X at T — reload"). 0: as they are.
    [[nodiscard]] Result<IpRestrictions> setIpRestrictions(const Actor& actor, qint64 accountId,
                                                           const QStringList& ranges, bool partnerSignInExempt,
                                                           int baseVersion = 0);
    /// Every problem of a proposed allow-list, one sentence per bad line ("Line 2: ..."), for
    /// the editor to show while typing.
    [[nodiscard]] static QStringList ipRangeProblems(const QStringList& ranges);
    /// The refusal of a settings save that started from an older version.
    [[nodiscard]] static Refusal staleSettings(const Account& account, const IpRestrictions& now);

private:
    Database& m_database;
    Authorizer& m_authorizer;
    WritePath& m_writes;
};

} // namespace warden
