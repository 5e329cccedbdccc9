#pragma once

#include "../Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <utility>

namespace warden {

/// One open connection to a Warden database, SQLite file or PostgreSQL URL, with the schema
/// migrated to the current version. Owns a uniquely named QSqlDatabase connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Dialect { SQLite, PostgreSQL };

    /// `location` is a file path or a `postgresql://user@host:port/dbname[?sslmode=…&sslrootcert=…]`
    /// URL; `password` is the PostgreSQL password when the URL holds none (see DatabaseConnector).
    static Result<std::unique_ptr<Database>> open(const QString& location, int busyTimeoutMs = 5000,
                                                  const QString& password = {});
    /// Whether opening failed because the server wants a (different) password.
    static bool isPasswordProblem(const Refusal& refusal) { return refusal.kind == Refusal::Kind::DatabasePassword; }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Dialect dialect() const { return m_dialect; }
    [[nodiscard]] const QString& location() const { return m_location; }
    /// Random identifier of this database, created with it; namespaces keychain entries.
    [[nodiscard]] const QString& databaseId() const { return m_databaseId; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] bool inTransaction() const { return m_transactionDepth > 0; }

    /// Runs `announce` once the outermost transaction has committed (at once outside a
    /// transaction); a rollback drops it. One announcement per `key` per transaction.
    void afterCommit(const QString& key, std::function<void()> announce);

    /// On PostgreSQL, checks that the server still answers and opens the connection again when it
    /// dropped it (a restarted server); nothing on SQLite or inside a transaction.
    [[nodiscard]] Status ensureConnected();
    /// Another connection to the same database, named after `purpose` (the change feed listens on
    /// one of its own); opened again when it exists. Use it in this thread only.
    [[nodiscard]] Result<QSqlDatabase> openSecondConnection(const QString& purpose) const;
    void closeSecondConnection(const QString& purpose) const;

    [[nodiscard]] Result<QString> meta(const QString& key) const;
    [[nodiscard]] Status setMeta(const QString& key, const QString& value);

    static bool isPostgresLocation(const QString& location);
    /// Where the embedded database lives when no location is given: warden.db in this user's
    /// application data folder.
    static QString defaultLocation();

private:
    friend class Transaction;
    Database(QString connectionName, QString location, Dialect dialect);
    Status configure(int busyTimeoutMs);
    [[nodiscard]] Status applySessionSettings(const QSqlDatabase& db) const;

    QString m_connectionName;
    QString m_location;
    Dialect m_dialect;
    QString m_databaseId;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    int m_busyTimeoutMs = 5000;
    QList<std::pair<QString, std::function<void()>>> m_afterCommit;
};

} // namespace warden
