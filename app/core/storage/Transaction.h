#pragma once

#include "../Result.h"

namespace warden {

class Database;

/// One database transaction, rolled back unless commit() succeeds. Nested Transactions join the
/// outermost one, so a service that composes others still writes everything in one transaction.
/// On SQLite it begins IMMEDIATE so two writers queue on busy_timeout instead of deadlocking.
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
    Database& m_database;
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
