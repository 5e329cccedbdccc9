#pragma once

#include "../Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace warden {

class Database;

/// One checked row of an import, as staged before anything is applied.
struct StagedImportRow
{
    QString email;
    qint64 line = 0;
    QString displayName; ///< empty: keep the stored one
    QString upn; ///< empty: keep the stored one
    qint64 accountId = 0;
    QString action; ///< create, update, move or rename
    qint64 userId = 0; ///< 0 for create
    qint64 roleId = 0; ///< 0: no role
};

/// The directory user an address or UPN names, with the account that holds them.
struct ImportExistingUser
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString email;
    QString accountCode;
};

/// A role someone holds, for what an address change would remove.
struct HeldRole
{
    QString name;
    QString accountCode;
    qint64 roleId = 0;
};

/// The storage side of a directory import: a temporary staging table that catches duplicates
/// without holding the file in memory, the lookups the planner makes per row (each through one
/// prepared statement), and the set-based statements that apply the staged rows. Lives for one
/// import, inside its transaction.
class ImportStore
{
public:
    explicit ImportStore(Database& database);

    /// Creates (or empties) the staging table.
    [[nodiscard]] Status prepare();
    [[nodiscard]] Result<std::optional<ImportExistingUser>> userByEmail(const QString& email);
    [[nodiscard]] Result<std::optional<ImportExistingUser>> userByUpn(qint64 accountId, const QString& upn);
    [[nodiscard]] Result<QList<HeldRole>> rolesOf(qint64 userId);
    /// The line that already staged a change of this user, if any.
    [[nodiscard]] Result<std::optional<qint64>> stagedLineOfUser(qint64 userId);
    [[nodiscard]] Result<std::optional<qint64>> stagedLineOfEmail(const QString& email);
    /// False when the address is staged already.
    [[nodiscard]] Result<bool> stage(const StagedImportRow& row);
    /// Applies every staged row; role members are added by `addedBy`.
    [[nodiscard]] Status apply(const QString& addedBy);
    /// Per account: how many rows of each action, and role assignments.
    [[nodiscard]] Result<QHash<qint64, QJsonObject>> summaries();
    [[nodiscard]] Status clear();

private:
    Database& m_database;
    QSqlQuery m_findUser;
    QSqlQuery m_findByUpn;
    QSqlQuery m_rolesOf;
    QSqlQuery m_stagedUser;
    QSqlQuery m_stagedEmail;
    QSqlQuery m_stage;
};

} // namespace warden
