#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace warden {

struct SyncOptions
{
    /// Preview only: read the directory, report, change nothing.
    bool dryRun = false;
    /// Apply even though primary-address changes remove admin roles (the preview lists them).
    bool confirmAddressChanges = false;
    /// Search every entry even when an incremental run would do (finds deleted entries).
    bool full = false;
};

/// An entry the run leaves out, and why.
struct SyncSkipped
{
    QString dn;
    QString message;
};

/// A person whose primary SMTP address the directory changed: role membership is keyed by it,
/// so the change removes their admin roles.
struct SyncAddressChange
{
    QString dn;
    QString from;
    QString to;
    QStringList rolesLost; ///< "Role (ACCOUNT)"
};

/// A person this connector brought in whom a full run no longer finds: disabled, roles kept.
struct SyncDisabledUser
{
    QString email;
    QStringList roles;
};

struct SyncReport
{
    static constexpr int kMaxListed = 1000;

    bool full = false;
    qint64 entries = 0; ///< entries the search returned
    qint64 created = 0;
    qint64 changed = 0; ///< name, UPN, disabled flag or address changed
    qint64 unchanged = 0;
    qint64 disabled = 0; ///< brought in by this connector, gone from the directory
    qint64 leftAlone = 0; ///< added by hand or by import: a sync never touches them
    qint64 skippedCount = 0;
    QList<SyncSkipped> skipped; ///< the first kMaxListed
    QList<SyncAddressChange> addressChanges;
    QList<SyncDisabledUser> disabledUsers; ///< the first kMaxListed
    bool applied = false;
    QString notAppliedBecause;
    qint64 durationMs = 0;
    qint64 readMs = 0; ///< of which reading the directory (and staging what it returned)

    [[nodiscard]] qint64 rolesLost() const
    {
        qint64 count = 0;
        for (const SyncAddressChange& change : addressChanges) {
            count += change.rolesLost.size();
        }
        return count;
    }
};

} // namespace warden
