#pragma once

#include "../Result.h"

#include <QString>

namespace warden {

class Database;

/// One database transaction, rolled back unless commit() succeeds. A nested Transaction is a
/// savepoint inside the outermost one: a service that composes others still writes everything in
/// one transaction, and an inner step that fails undoes only itself (its caller decides whether
/// the whole fails). On SQLite the outermost begins IMMEDIATE so two writers queue on
/// busy_timeout instead of deadlocking.
class [[nodiscard]] Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Status begin();
    [[nodiscard]] Status commit();
    void rollback();

private:
    [[nodiscard]] QString savepointName() const;

    Database& m_database;
    int m_depth = 0;
    qsizetype m_announcementsBefore = 0;
    bool m_active = false;
};

} // namespace warden

namespace warden {

/// Commits and, only when that succeeded, runs `announce` (emitting a change signal).
template<typename Announce> [[nodiscard]] Status commitAndAnnounce(Transaction& tx, Announce&& announce)
{
    Status committed = tx.commit();
    if (committed) {
        announce();
    }
    return committed;
}

} // namespace warden
