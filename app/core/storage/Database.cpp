#include "Database.h"

#include "../Logging.h"
#include "Migrations.h"
#include "SqlErrors.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <spdlog/spdlog.h>

namespace warden {

bool Database::isPostgresLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Database::Database(QString connectionName, QString location, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_dialect(dialect)
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, int busyTimeoutMs, const QString& password)
{
    const bool postgres = isPostgresLocation(location);
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Refusal {
            Refusal::Kind::Storage,
            tr("The Qt SQL driver %1 is not installed (Debian package %2).")
                .arg(driver, postgres ? QStringLiteral("libqt6sql6-psql") : QStringLiteral("libqt6sql6-sqlite"))};
    }
    const QString connectionName = QStringLiteral("warden-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(
        new Database(connectionName, location, postgres ? Dialect::PostgreSQL : Dialect::SQLite));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);

    if (postgres) {
        const QUrl url(location);
        if (!url.isValid() || url.path().size() < 2) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Not a PostgreSQL URL: expected postgresql://user@host:port/database.")};
        }
        db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        // A password comes from the keychain (DatabaseConnector), the URL, or PGPASSWORD/.pgpass,
        // which libpq reads itself.
        if (!url.password().isEmpty()) {
            db.setPassword(url.password());
        } else if (!password.isEmpty()) {
            db.setPassword(password);
        }
        // TLS settings pass through from the URL's query; nothing else does.
        QStringList options {QStringLiteral("connect_timeout=5")};
        const QUrlQuery query(url);
        for (const char* name : {"sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl"}) {
            const QString key = QString::fromLatin1(name);
            if (query.hasQueryItem(key)) {
                QString value = query.queryItemValue(key, QUrl::FullyDecoded);
                value.remove(QLatin1Char(';'));
                options.append(key + QLatin1Char('=') + value);
            }
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
    } else {
        const QFileInfo info(location);
        if (info.exists() && info.isDir()) {
            return Refusal {Refusal::Kind::BadInput, tr("%1 is a folder, not a database file.").arg(location)};
        }
        if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
            return Refusal {Refusal::Kind::Storage, tr("Cannot create the folder %1.").arg(info.absolutePath())};
        }
        if (info.exists() && !info.isReadable()) {
            return Refusal {Refusal::Kind::Storage, tr("The database file %1 cannot be read.").arg(location)};
        }
        // Every session writes (sign-in and audit), and WAL needs files beside the database.
        if ((info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable()) {
            return Refusal {Refusal::Kind::Storage,
                            tr("The database %1 is read-only for you (Warden writes every sign-in to the audit log). "
                               "Check the permissions of the file and its folder.")
                                .arg(location)};
        }
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    }
    if (!db.open()) {
        const QString problem = db.lastError().text();
        if (postgres
            && (problem.contains(QLatin1String("password authentication failed"))
                || problem.contains(QLatin1String("no password supplied")))) {
            return Refusal {Refusal::Kind::DatabasePassword,
                            tr("The database server %1 refused the password for %2 (or needs one).")
                                .arg(QUrl(location).host(), QUrl(location).userName())};
        }
        return Refusal {
            Refusal::Kind::Storage,
            tr("Cannot open the database %1: %2")
                .arg(postgres ? QUrl(location).toString(QUrl::RemovePassword) : location, db.lastError().text())};
    }
    if (auto configured = database->configure(busyTimeoutMs); !configured) {
        return configured.refusal();
    }
    return database;
}

Status Database::applySessionSettings(const QSqlDatabase& db) const
{
    // A writer waits for the write lock as long as SQLite's busy_timeout, then says the database
    // is busy.
    QSqlQuery query(db);
    for (const QString& setting : {QStringLiteral("SET client_min_messages = WARNING"),
                                   QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeoutMs)}) {
        if (!query.exec(setting)) {
            return storageRefusal(query.lastError(), "configuring the database");
        }
    }
    return {};
}

Status Database::ensureConnected()
{
    if (m_dialect == Dialect::SQLite || inTransaction()) {
        return {};
    }
    QSqlDatabase db = connection();
    QSqlQuery probe(db);
    if (db.isOpen() && probe.exec(QStringLiteral("SELECT 1"))) {
        return {};
    }
    probe.finish();
    logger("storage")->warn("the connection to the database server was lost; reconnecting");
    db.close();
    if (!db.open()) {
        return Refusal {Refusal::Kind::Storage, tr("Cannot reach the database server: %1").arg(db.lastError().text())};
    }
    return applySessionSettings(db);
}

Result<QSqlDatabase> Database::openSecondConnection(const QString& purpose) const
{
    const QString name = m_connectionName + QLatin1Char('-') + purpose;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        existing.close();
    } else {
        QSqlDatabase::cloneDatabase(connection(), name);
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.open()) {
        return Refusal {Refusal::Kind::Storage, tr("Cannot reach the database server: %1").arg(db.lastError().text())};
    }
    if (m_dialect == Dialect::PostgreSQL) {
        if (auto set = applySessionSettings(db); !set) {
            return set.refusal();
        }
    }
    return db;
}

void Database::closeSecondConnection(const QString& purpose) const
{
    const QString name = m_connectionName + QLatin1Char('-') + purpose;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

Status Database::configure(int busyTimeoutMs)
{
    m_busyTimeoutMs = busyTimeoutMs;
    QSqlDatabase db = connection();
    if (m_dialect == Dialect::SQLite) {
        QSqlQuery query(db);
        // Probe first: a file that is not SQLite fails here with a clear message.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            return storageRefusal(query.lastError(), "opening the database");
        }
        query.finish();
        const QStringList pragmas = {
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
            QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL"),
        };
        for (const QString& pragma : pragmas) {
            if (!query.exec(pragma)) {
                return storageRefusal(query.lastError(), "configuring the database");
            }
            query.finish();
        }
    } else if (auto set = applySessionSettings(db); !set) {
        return set;
    }
    auto version = Migrations::migrate(*this);
    if (!version) {
        return version.refusal();
    }
    m_schemaVersion = version.value();
    if (auto indexed = Migrations::ensureSearchIndex(*this); !indexed) {
        return indexed;
    }
    auto id = meta(QStringLiteral("database_id"));
    if (!id) {
        return id.refusal();
    }
    m_databaseId = id.value();
    return {};
}

void Database::afterCommit(const QString& key, std::function<void()> announce)
{
    if (m_transactionDepth == 0) {
        announce();
        return;
    }
    for (const auto& pending : m_afterCommit) {
        if (pending.first == key) {
            return;
        }
    }
    m_afterCommit.append({key, std::move(announce)});
}

QString Database::defaultLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("warden.db"));
}

Result<QString> Database::meta(const QString& key) const
{
    QSqlQuery query(connection());
    if (auto done =
            execPrepared(query, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}, "reading settings");
        !done) {
        return done.refusal();
    }
    return query.next() ? query.value(0).toString() : QString();
}

Status Database::setMeta(const QString& key, const QString& value)
{
    QSqlQuery query(connection());
    return execPrepared(query,
                        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {key, value}, "writing settings");
}

} // namespace warden
