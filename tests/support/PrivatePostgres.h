#pragma once

#include <QString>
#include <QTemporaryDir>

namespace warden::test {

/// A PostgreSQL server of one test's own, on a temporary data directory on loopback (trust
/// authentication), for tests that restart or stop the server under running consoles without
/// disturbing the shared test server. Run as the `postgres` user when the test runs as root.
/// Stopped and removed in the destructor.
class PrivatePostgres
{
public:
    PrivatePostgres();
    ~PrivatePostgres();
    PrivatePostgres(const PrivatePostgres&) = delete;
    PrivatePostgres& operator=(const PrivatePostgres&) = delete;

    /// Whether initdb and the first start worked; problem() says why not.
    [[nodiscard]] bool isValid() const { return m_problem.isEmpty(); }
    [[nodiscard]] QString problem() const { return m_problem; }
    /// postgresql://user@127.0.0.1:port/postgres
    [[nodiscard]] QString url() const;

    /// pg_ctl restart -m fast: every session is ended, committed data stays.
    bool restart();
    bool stop();
    bool start();

private:
    bool pgCtl(const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_user;
    int m_port = 0;
    QString m_problem;
};

} // namespace warden::test
