#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/Account.h"
#include "ImportHeader.h"
#include "ImportReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <optional>

namespace warden {

class Authorizer;
class Database;
class ImportStore;

/// Plans a directory import in two steps: plan() checks each row for what it can say alone
/// (fields, address, account and its domains, permission, role) and stages it; settle() then
/// classifies every staged row against the directory at once (create, update, move to another
/// account, rename by UPN), rejects the moves and renames that are not allowed and the repeats,
/// and counts what is left. Every bad row is reported with its line; no directory data changes.
/// Accounts and roles are looked up once per file.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)

public:
    /// The roles a file may assign.
    static const QStringList& importableRoles();

    ImportPlanner(Database& database, const Authorizer& authorizer, const Actor& actor, const ImportHeader& header,
                  std::optional<Account> defaultAccount, ImportStore& store, ImportReport& report);

    /// Checks and stages one row; a refusal only when storage fails (the row's own problems go to
    /// the report).
    [[nodiscard]] Status plan(const QStringList& fields, qint64 line);
    /// Classifies the staged rows, rejects what may not be applied and fills the report's counts,
    /// address changes and errors (in line order).
    [[nodiscard]] Status settle();
    /// The ids and codes of the accounts the file names.
    [[nodiscard]] QHash<qint64, QString> accounts() const;

private:
    struct RoleChoice
    {
        qint64 id = 0;
        QString name;
        Status allowed;
    };
    struct TargetAccount
    {
        qint64 id = 0;
        QString code;
        Status importAllowed;
        QSet<QString> domains;
        QHash<QString, RoleChoice> roles; ///< by lower-case role name
    };
    struct LostRoles
    {
        QStringList names;
        QString refusal; ///< why the importer may not remove one of them; empty when they may
    };

    void addError(qint64 line, const QString& message);
    /// nullptr for an unknown code.
    [[nodiscard]] Result<TargetAccount*> target(const QString& code);
    [[nodiscard]] Result<RoleChoice> roleIn(TargetAccount& account, const QString& name);
    /// The roles an address change or move would remove, and whether the importer may remove each
    /// (protected roles, such as Super Administrator, change only through a change request).
    [[nodiscard]] Result<LostRoles> lostRoles(qint64 userId);
    /// The role the row's role column names, 0 for none; nullopt when the row was rejected.
    [[nodiscard]] std::optional<qint64> roleOfRow(const QString& roleName, TargetAccount& into, qint64 line);
    /// Rejects the moves and renames that are not allowed; the roles each of the others removes.
    [[nodiscard]] Result<QHash<qint64, QStringList>> checkAddressChanges();
    /// Rejects the rows that repeat an earlier user or address.
    [[nodiscard]] Status rejectRepeats();

    Database& m_database;
    const Authorizer& m_authorizer;
    const Actor& m_actor;
    const ImportHeader& m_header;
    std::optional<Account> m_defaultAccount;
    ImportStore& m_store;
    ImportReport& m_report;
    QHash<QString, TargetAccount> m_accounts; ///< by lower-case code
    QHash<qint64, QString> m_removalRefusals; ///< by role id; empty when allowed
    QList<ImportRowError> m_laterErrors; ///< found by settle(), merged into the report's in line order
};

} // namespace warden
