#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace warden::test {

/// A throw-away database for one test: a SQLite file in a temporary folder, or a fresh
/// database on the PostgreSQL server named by WARDEN_TEST_PG_URL (started by scripts/test.sh),
/// chosen by WARDEN_TEST_BACKEND. The PostgreSQL database is dropped in the destructor.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] bool isPostgres() const { return !m_pgName.isEmpty(); }
    /// Where the SQLite file lives (empty on PostgreSQL).
    [[nodiscard]] QString sqlitePath() const { return isPostgres() ? QString() : m_location; }
    [[nodiscard]] QString tempPath() const { return m_dir.path(); }
    /// A second, independent database location (for tests that need two).
    [[nodiscard]] static QString backend();

    /// Runs SQL directly with the backend's own command-line client (sqlite3 or a QPSQL
    /// connection), bypassing Warden: used to tamper with data like an attacker would.
    bool execRaw(const QString& sql) const;

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_pgName;
    QString m_pgAdminUrl;
};

} // namespace warden::test
