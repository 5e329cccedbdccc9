#include "TestDatabase.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace warden::test {

namespace {

bool runOnServer(const QString& adminUrl, const QString& sql)
{
    const QUrl url(adminUrl);
    const QString name = QStringLiteral("pg-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok) {
                qWarning("%s", qPrintable(q.lastError().text()));
            }
        } else {
            qWarning("cannot reach the test PostgreSQL server: %s", qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString TestDatabase::backend()
{
    return qEnvironmentVariable("WARDEN_TEST_BACKEND", QStringLiteral("sqlite"));
}

TestDatabase::TestDatabase()
{
    if (backend() == QLatin1String("postgresql")) {
        m_pgAdminUrl = qEnvironmentVariable("WARDEN_TEST_PG_URL");
        if (m_pgAdminUrl.isEmpty()) {
            qFatal("WARDEN_TEST_BACKEND=postgresql needs WARDEN_TEST_PG_URL (scripts/test.sh starts a server)");
        }
        m_pgName = QStringLiteral("warden_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!runOnServer(m_pgAdminUrl, QStringLiteral("CREATE DATABASE %1").arg(m_pgName))) {
            qFatal("could not create the test database");
        }
        QUrl url(m_pgAdminUrl);
        url.setPath(QLatin1Char('/') + m_pgName);
        m_location = url.toString();
    } else {
        m_location = m_dir.filePath(QStringLiteral("warden.db"));
    }
}

TestDatabase::~TestDatabase()
{
    if (isPostgres()) {
        runOnServer(m_pgAdminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
    }
}

bool TestDatabase::execRaw(const QString& sql) const
{
    if (isPostgres()) {
        return runOnServer(m_location, sql);
    }
    QProcess sqlite;
    sqlite.start(qEnvironmentVariable("WARDEN_SQLITE3", QStringLiteral("sqlite3")), {m_location, sql});
    if (!sqlite.waitForFinished(30000)) {
        return false;
    }
    if (sqlite.exitCode() != 0) {
        qWarning("sqlite3: %s", sqlite.readAllStandardError().constData());
    }
    return sqlite.exitStatus() == QProcess::NormalExit && sqlite.exitCode() == 0;
}

} // namespace warden::test
