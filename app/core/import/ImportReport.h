#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace warden {

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

} // namespace warden
