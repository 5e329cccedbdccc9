#pragma once

#include "../Result.h"
#include "PostgresCopy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <optional>

namespace warden {

class Database;

/// One row of an import that passed the checks a row can make alone, as staged.
struct StagedImportRow
{
    QString email;
    qint64 line = 0;
    QString displayName; ///< empty: keep the stored one
    QString upn; ///< empty: keep the stored one
    qint64 accountId = 0;
    bool allowMigration = false;
    qint64 roleId = 0; ///< 0: no role
};

/// A staged row the directory matched to a user of another account (a move) or, by UPN, to a
/// user with another address (a rename): both remove the user's admin roles.
struct StagedAddressChange
{
    qint64 line = 0;
    QString email; ///< the address the row gives
    bool rename = false; ///< matched by UPN; else a move
    bool allowMigration = false;
    qint64 userId = 0;
    QString currentEmail;
    QString currentAccountCode;
    qint64 accountId = 0; ///< the account the row names
};

/// A staged row that repeats an earlier one: the same address, or a change of the same user.
struct StagedRepeat
{
    qint64 line = 0;
    qint64 firstLine = 0;
    QString email;
};

/// A role someone holds, for what an address change would remove.
struct HeldRole
{
    QString name;
    QString accountCode;
    qint64 roleId = 0;
};

/// The storage side of a directory import: a temporary staging table the rows stream into in
/// batches (memory stays flat in the file's size), set-based statements that classify every
/// staged row against the directory at once (create, update, move, rename by UPN) and find the
/// repeats, and the set-based statements that apply the staged rows. Lives for one import,
/// inside its transaction.
class ImportStore
{
public:
    explicit ImportStore(Database& database);

    /// Creates (or empties) the staging table.
    [[nodiscard]] Status prepare();
    /// Adds the row to the staging table (in batches; finish() writes the last one).
    [[nodiscard]] Status stage(const StagedImportRow& row);
    /// Writes the last batch and indexes the staged addresses (noting when they are all different).
    [[nodiscard]] Status finish();
    /// Matches every staged row to the directory: by address (update, or move when the user is
    /// in another account), else by UPN within the row's account (rename); the rest are new.
    [[nodiscard]] Status classify();
    /// The moves and renames, in line order.
    [[nodiscard]] Result<QList<StagedAddressChange>> addressChanges();
    [[nodiscard]] Result<QList<HeldRole>> rolesOf(qint64 userId);
    /// Takes rejected rows out of the staging table.
    [[nodiscard]] Status reject(const QList<qint64>& lines);
    /// Rows that change a user an earlier row changes already (first `limit`, in line order),
    /// and how many there are; all of them are taken out of the staging table.
    [[nodiscard]] Result<std::pair<QList<StagedRepeat>, qint64>> takeRepeatedUsers(int limit);
    /// Rows that give an address an earlier row gives already, likewise.
    [[nodiscard]] Result<std::pair<QList<StagedRepeat>, qint64>> takeRepeatedEmails(int limit);
    /// How many staged rows of each action (create, update, move, rename), and role assignments.
    [[nodiscard]] Result<QHash<QString, qint64>> actionCounts();
    /// Applies every staged row; role members are added by `addedBy`.
    [[nodiscard]] Status apply(const QString& addedBy);
    /// Per account: how many rows of each action, and role assignments.
    [[nodiscard]] Result<QHash<qint64, QJsonObject>> summaries();
    /// Drops the staging table.
    [[nodiscard]] Status clear();

private:
    /// Inserts the buffered rows with one statement.
    [[nodiscard]] Status flush();
    [[nodiscard]] Result<std::pair<QList<StagedRepeat>, qint64>> takeRepeats(const QString& groupedBy, int limit);

    Database& m_database;
    QSqlQuery m_rolesOf;
    QSqlQuery m_insertBatch; ///< prepared for a full batch
    std::optional<PostgresCopy> m_copy; ///< PostgreSQL: rows are staged through COPY instead
    QVariantList m_pending; ///< the buffered rows' values, column by column
    bool m_uniqueEmails = false; ///< the staged addresses are known to be all different
    qint64 m_matchedUsers = 0; ///< staged rows classify() matched to a directory user
    qint64 m_stagedRoles = 0; ///< staged rows that assign a role
};

} // namespace warden
