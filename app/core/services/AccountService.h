#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/Account.h"

#include <QCoreApplication>
#include <QList>

namespace warden {

class AuditLog;
class ChangeNotifier;
class Authorizer;
class Database;

/// Accounts and their internal domains. Creating a top-level account is a system step (first
/// run, demo); nested accounts are created under a master or group by an actor allowed to.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    AccountService(Database& database, Authorizer& authorizer, AuditLog& audit, ChangeNotifier& notifier);

    [[nodiscard]] Result<Account> create(const Actor& actor, const QString& code, const QString& name, AccountKind kind,
                                         const QString& parentCode = {});
    /// The accounts the actor holds any role in (directly or through a nested-applying role).
    [[nodiscard]] Result<QList<Account>> visibleAccounts(const Actor& actor) const;
    [[nodiscard]] Result<Account> find(const Actor& actor, const QString& code) const;

    [[nodiscard]] Status addDomain(const Actor& actor, qint64 accountId, const QString& domain);
    [[nodiscard]] Result<QStringList> domains(const Actor& actor, qint64 accountId) const;

private:
    Database& m_database;
    Authorizer& m_authorizer;
    AuditLog& m_audit;
    ChangeNotifier& m_notifier;
};

} // namespace warden
