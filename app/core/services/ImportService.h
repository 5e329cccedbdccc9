#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

class QIODevice;

namespace warden {

class AuditLog;
class ChangeNotifier;
class Authorizer;
class Database;

struct ImportOptions
{
    /// The account rows go to when the file has no remoteaccountcode column (not a master).
    QString defaultAccountCode;
    /// Check everything and report, then roll back.
    bool dryRun = false;
    /// Apply even though some primary SMTP changes or address moves remove admin roles (the
    /// report of a dry run lists them first).
    bool confirmAddressChanges = false;
};

struct ImportRowError
{
    qint64 line = 0;
    QString message;
};

/// A row that changes a user's primary SMTP address (matched by UPN) or moves an address from
/// another account: both remove the user's admin roles.
struct ImportAddressChange
{
    qint64 line = 0;
    QString oldEmail;
    QString newEmail;
    QString fromAccount;
    QString toAccount;
    QStringList rolesLost; ///< "Role (ACCOUNT)"
};

struct ImportReport
{
    static constexpr int kMaxListedErrors = 1000;

    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 moved = 0;
    qint64 renamed = 0;
    qint64 roleAssignments = 0;
    qint64 errorCount = 0;
    QList<ImportRowError> errors; ///< the first kMaxListedErrors, in line order
    QList<ImportAddressChange> addressChanges;
    bool applied = false;
    /// Why nothing was applied when there are no row errors (dry run, unconfirmed role loss).
    QString notAppliedBecause;

    [[nodiscard]] qint64 rolesLost() const;
};

/// Directory CSV import (DOMAIN.md "Directory"): columns emailAddress (required), displayName,
/// upn, remoteaccountcode, allowAddressMigration and role. The file is streamed and checked row
/// by row inside one transaction (a temporary staging table catches duplicates without holding
/// the file in memory), then applied with set-based statements. All or nothing: any rejected
/// row, a cancel, or unconfirmed role losses leave the database unchanged, and the report lists
/// every rejected row with its line number.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    static const QStringList& knownColumns();
    /// The roles a file may assign.
    static const QStringList& importableRoles();

    ImportService(Database& database, Authorizer& authorizer, AuditLog& audit, ChangeNotifier& notifier);

    /// Called with (bytes read, total bytes or 0) every few thousand rows; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// A Refusal for problems with the file as a whole (empty, no or bad header, malformed CSV,
    /// not UTF-8, cancelled); otherwise a report, applied or not.
    [[nodiscard]] Result<ImportReport> importCsv(const Actor& actor, QIODevice& file, const ImportOptions& options,
                                                 const Progress& progress = {});

private:
    Database& m_database;
    Authorizer& m_authorizer;
    AuditLog& m_audit;
    ChangeNotifier& m_notifier;
};

} // namespace warden
