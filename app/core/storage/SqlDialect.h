#pragma once

#include "Database.h"

#include <QString>
#include <QVariantList>

namespace warden {

/// What SQLite and PostgreSQL spell differently, in one place; storage classes build their
/// statements with it instead of branching on the backend themselves.
class SqlDialect
{
public:
    explicit SqlDialect(Database::Dialect dialect)
        : m_dialect(dialect)
    { }

    /// `INSERT INTO <rest>` that silently skips a row violating a unique constraint.
    [[nodiscard]] QString insertOrIgnore(const QString& rest) const;
    /// A condition on the users row `u` for a directory search, with its bound values.
    struct TextSearch
    {
        QString condition;
        QVariantList values;
    };
    /// The whole condition on the users row `u` for users of `accountId` after `afterId` whose
    /// address starts with `needle` (lower case, simplified) or whose name has a run of words
    /// starting with it (the caller orders by id and takes `limit` rows). SQLite: the first `limit` matches of FTS5's
    /// phrase-prefix on the name and of a key range on the address, each read in id order and
    /// stopped there, so a selective needle does not walk the whole table. PostgreSQL: LIKE over the
    /// indexed keys (a btree pattern index for the address, the pg_trgm index for name words),
    /// which its planner orders by what it knows of the data.
    [[nodiscard]] TextSearch directorySearch(const QString& needle, qint64 accountId, qint64 afterId, int limit) const;
    /// The statement that begins a write transaction (SQLite takes the write lock at once so two
    /// writers queue on busy_timeout instead of deadlocking).
    [[nodiscard]] QString beginWrite() const;
    /// The statement that then takes the database's one write lock, held to commit; empty where
    /// beginWrite() already took it. On PostgreSQL (READ COMMITTED) every statement after it sees
    /// what the previous writer committed, so a rule read inside a write still holds at commit:
    /// writers run one at a time, as on SQLite, and the audit chain and the change feed get their
    /// sequence numbers in commit order.
    [[nodiscard]] QString takeWriteLock() const;

private:
    Database::Dialect m_dialect;
};

} // namespace warden
