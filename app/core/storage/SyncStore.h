#pragma once

#include "../Result.h"
#include "../domain/DirectoryConnector.h"
#include "PostgresCopy.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <optional>

namespace warden {

class Database;
struct DirectoryPerson;

/// A staged entry the run leaves out: `action` says why ("foreign": the address belongs to
/// another account, "duplicate": an earlier entry gives it, "taken": a changed address another
/// user holds, "repeat": an earlier entry changes the same user).
struct StagedSkip
{
    qint64 line = 0;
    QString dn;
    QString email;
    QString action;
    QString other; ///< the other account's code, or the DN of the earlier entry
};

/// A staged entry that changes the primary SMTP address of a user this connector brought in.
struct StagedRename
{
    qint64 line = 0;
    QString dn;
    qint64 userId = 0;
    QString from;
    QString to;
};

/// A user this connector brought in (source sync, with the directory's key recorded) whom a full
/// run did not find; users marked sync without a key came from elsewhere and are left alone.
struct MissingUser
{
    qint64 id = 0;
    QString email;
};

/// A user a full run would disable who is the last active member of a Super Administrator role.
struct LastSuperAdministrator
{
    qint64 userId = 0;
    QString email;
    QString role;
    QString accountCode;
};

/// The storage side of directory synchronization: the connector rows, and a temporary staging
/// table the entries of one run stream into in batches (memory flat in the directory's size),
/// classified against the directory with set-based statements and applied the same way.
class SyncStore
{
public:
    explicit SyncStore(Database& database);

    /// nullopt when the account has no connector.
    [[nodiscard]] Result<std::optional<DirectoryConnector>> connector(qint64 accountId) const;
    /// The connectors of these accounts (for a master's view of its hierarchy).
    [[nodiscard]] Result<QList<DirectoryConnector>> connectors(const QList<qint64>& accountIds) const;
    /// The connectors set to run every few minutes.
    [[nodiscard]] Result<QList<DirectoryConnector>> scheduledConnectors() const;
    /// Inserts or updates the settings; refused as a Conflict when `connector.version` is not the
    /// stored one (a colleague saved in between). Returns the new version.
    [[nodiscard]] Result<int> saveSettings(const DirectoryConnector& connector, const QString& by);
    /// Records the outcome of a run (and, when applied, the new identity, search key and watermark).
    [[nodiscard]] Status recordRun(const DirectoryConnector& state);

    /// Creates (or empties) the staging table.
    [[nodiscard]] Status prepare();
    [[nodiscard]] Status stage(const DirectoryPerson& person, qint64 line);
    /// Writes the last batch and indexes the staged rows.
    [[nodiscard]] Status finish();
    /// Matches every staged entry: by the directory's key to a user of this connector (same or
    /// changed address), else by address (a user of this connector, one added by hand or by
    /// import — left alone — or one of another account); marks repeats, addresses taken and
    /// entries that change nothing.
    [[nodiscard]] Status classify(qint64 accountId);
    /// The entries left out (first `limit`, in order) and how many there are.
    [[nodiscard]] Result<std::pair<QList<StagedSkip>, qint64>> skipped(int limit);
    [[nodiscard]] Result<QList<StagedRename>> renames();
    /// Leaves a staged entry out (an address change the actor may not make).
    [[nodiscard]] Status leaveOut(qint64 line, const QString& why);
    /// Users of this connector no staged entry matched (first `limit`) and how many there are.
    [[nodiscard]] Result<std::pair<QList<MissingUser>, qint64>> missing(qint64 accountId, int limit);
    /// The users a full run would disable who are the last active members of a Super
    /// Administrator role: disabling them would lock the account out.
    [[nodiscard]] Result<QList<LastSuperAdministrator>> lastSuperAdministratorsLeaving(qint64 accountId);
    /// Keeps the user enabled in this run (as if an entry matched them), left out saying why.
    [[nodiscard]] Status keepEnabled(const LastSuperAdministrator& user, const QString& why);
    [[nodiscard]] Result<QHash<QString, qint64>> actionCounts();
    /// Applies the staged entries; on a full run also disables the users no entry matched.
    [[nodiscard]] Status apply(qint64 accountId, bool full);
    [[nodiscard]] Status clear();

private:
    [[nodiscard]] Status flush();
    /// The statement that marks as `mark` the rows repeating an earlier row's `column`.
    [[nodiscard]] static QString markRepeats(const QString& column, const QString& actions, const QString& mark);

    Database& m_database;
    QSqlQuery m_insertBatch;
    std::optional<PostgresCopy> m_copy;
    QVariantList m_pending;
};

} // namespace warden
