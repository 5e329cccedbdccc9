#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/Account.h"
#include "../import/ImportReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

class QIODevice;

namespace warden {

class Authorizer;
class Database;
class ImportHeader;
class ImportStore;
class Write;
class WritePath;

/// Directory CSV import (DOMAIN.md "Directory"): columns emailAddress (required), displayName,
/// upn, remoteaccountcode, allowAddressMigration and role. The header is mapped (ImportHeader),
/// the file streamed and every row checked and staged by the planner inside one write, then the
/// staged rows applied with set-based statements (ImportStore). All or nothing: any rejected
/// row, a cancel, or unconfirmed role losses leave the database unchanged, and the report lists
/// every rejected row with its line number.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    ImportService(Database& database, Authorizer& authorizer, WritePath& writes);

    /// Called with (bytes read, total bytes or 0) every few thousand rows; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// A Refusal for problems with the file as a whole (empty, no or bad header, malformed CSV,
    /// not UTF-8, cancelled); otherwise a report, applied or not.
    [[nodiscard]] Result<ImportReport> importCsv(const Actor& actor, QIODevice& file, const ImportOptions& options,
                                                 const Progress& progress = {});

private:
    /// The account rows without a remoteaccountcode go to, checked against the header.
    [[nodiscard]] Result<std::optional<Account>> defaultAccount(const ImportHeader& header,
                                                                const ImportOptions& options) const;
    /// Why a checked file is not applied (rejected rows, unconfirmed role losses, a dry run); empty
    /// when it is.
    [[nodiscard]] static QString notAppliedBecause(const ImportReport& report, const ImportOptions& options);
    /// Applies the staged rows with their audit entries (`accounts`: the accounts the file names).
    [[nodiscard]] static Status apply(Write& write, ImportStore& store, const QHash<qint64, QString>& accounts,
                                      const ImportReport& report);

    Database& m_database;
    Authorizer& m_authorizer;
    WritePath& m_writes;
};

} // namespace warden
