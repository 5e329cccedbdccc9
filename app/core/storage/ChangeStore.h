#pragma once

#include "../Result.h"
#include "../domain/ChangeRecord.h"

#include <QList>
#include <QSqlDatabase>

namespace warden {

class Database;

/// The `changes` table: the write path adds a row per thing a write changed, inside the write's
/// transaction; the change feed reads what came after the newest row it has seen. On PostgreSQL
/// a write also sends NOTIFY on kChannel, delivered when it commits.
class ChangeStore
{
public:
    /// Reads through `connection` (the change feed's own one on PostgreSQL).
    ChangeStore(Database& database, const QSqlDatabase& connection);
    explicit ChangeStore(Database& database);

    static constexpr const char* kChannel = "warden_changes";

    /// Adds `record` (seq, account code and role name are filled in here) and returns its seq.
    [[nodiscard]] Result<qint64> add(const ChangeRecord& record);
    /// Wakes the listeners when the transaction commits (PostgreSQL only; SQLite consoles poll);
    /// the payload names the write's newest change.
    [[nodiscard]] Status notifyListeners(const ChangeRecord& newest);
    /// The rows after `seq`, oldest first, at most `limit`.
    [[nodiscard]] Result<QList<ChangeRecord>> after(qint64 seq, int limit) const;
    /// The newest seq, 0 when there are none.
    [[nodiscard]] Result<qint64> newest() const;

private:
    Database& m_database;
    QSqlDatabase m_connection;
};

} // namespace warden
