#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

namespace warden::bench {

/// The URL of an empty database `warden_bench_<name>` on the PostgreSQL server of `serverUrl`
/// (postgresql://user@host:port/db; the password from PGPASSWORD), dropped and created anew.
inline QString freshPostgresDatabase(const QString& serverUrl, const QString& name)
{
    const QString database = QStringLiteral("warden_bench_") + name;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin-") + name);
        const QUrl url(serverUrl);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setPassword(qEnvironmentVariable("PGPASSWORD"));
        admin.setDatabaseName(url.path().mid(1));
        if (admin.open()) {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
            q.exec(QStringLiteral("CREATE DATABASE %1").arg(database));
        }
    }
    QUrl target(serverUrl);
    target.setPath(QLatin1Char('/') + database);
    return target.toString();
}

} // namespace warden::bench
