// Opening, migrating and refusing databases, on SQLite and PostgreSQL.
#include "CoreFixture.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <unistd.h>

using namespace warden;
using namespace warden::test;

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsMigratedToTheLatestVersion()
    {
        TestDatabase db;
        auto opened = Database::open(db.location());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.refusal().message));
        QCOMPARE(opened.value()->schemaVersion(), Migrations::kLatestVersion);
        QVERIFY(!opened.value()->databaseId().isEmpty());
        const QString id = opened.value()->databaseId();
        opened.value().reset();
        auto again = Database::open(db.location());
        QVERIFY(again);
        QCOMPARE(again.value()->databaseId(), id);
    }

    void versionOneDatabaseIsMigratedKeepingItsData()
    {
        TestDatabase db;
        const auto dialect = db.isPostgres() ? Database::Dialect::PostgreSQL : Database::Dialect::SQLite;
        QStringList script = Migrations::statementsFor(1, dialect);
        script.append(QStringLiteral("UPDATE schema_version SET version = 1"));
        script.append(QStringLiteral("INSERT INTO meta (key, value) VALUES ('database_id', 'v1-db')"));
        script.append(QStringLiteral("INSERT INTO accounts (code, code_key, name, kind, created_at) "
                                     "VALUES ('OLD', 'old', 'Old Account', 'standard', '2025-01-01T00:00:00Z')"));
        QVERIFY(db.execRaw(script.join(QStringLiteral(";\n")) + QLatin1Char(';')));

        auto opened = Database::open(db.location());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.refusal().message));
        QCOMPARE(opened.value()->schemaVersion(), Migrations::kLatestVersion);
        QCOMPARE(opened.value()->databaseId(), QStringLiteral("v1-db"));
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM accounts WHERE code = 'OLD'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Old Account"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM partners")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sessions WHERE client_address = ''")) && q.next());
    }

    void sqlitePragmasAreSet()
    {
        if (TestDatabase::backend() != QLatin1String("sqlite")) {
            QSKIP("SQLite only");
        }
        TestDatabase db;
        auto opened = Database::open(db.location());
        QVERIFY(opened);
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5000);
    }

    void newerSchemaIsRefusedAndLeftAlone()
    {
        TestDatabase db;
        {
            auto opened = Database::open(db.location());
            QVERIFY(opened);
        }
        QVERIFY(db.execRaw(QStringLiteral("UPDATE schema_version SET version = 99")));
        auto refused = Database::open(db.location());
        QVERIFY(!refused);
        QCOMPARE(refused.refusal().kind, Refusal::Kind::Storage);
        QVERIFY2(refused.refusal().message.contains(QLatin1String("newer Warden")),
                 qPrintable(refused.refusal().message));
        QVERIFY(refused.refusal().message.contains(QLatin1String("99")));
        // Still 99: nothing was "migrated" down.
        QVERIFY(db.execRaw(QStringLiteral("UPDATE schema_version SET version = %1 WHERE version = 99")
                               .arg(Migrations::kLatestVersion)));
        QVERIFY(Database::open(db.location()));
    }

    void foreignTablesAreNotTouched()
    {
        TestDatabase db;
        QVERIFY(db.execRaw(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        auto refused = Database::open(db.location());
        QVERIFY(!refused);
        QVERIFY(refused.refusal().message.contains(QLatin1String("not Warden's")));
    }

    void fileThatIsNotADatabase()
    {
        if (TestDatabase::backend() != QLatin1String("sqlite")) {
            QSKIP("SQLite only");
        }
        TestDatabase db;
        QFile file(db.location());
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray junk(8192, 'x');
        file.write("This is a spreadsheet, honest.\n" + junk);
        file.close();
        auto refused = Database::open(db.location());
        QVERIFY(!refused);
        QVERIFY2(refused.refusal().message.contains(QLatin1String("not a Warden database")),
                 qPrintable(refused.refusal().message));
        file.open(QIODevice::ReadOnly);
        QVERIFY(file.readAll().startsWith("This is a spreadsheet"));
    }

    void lockedDatabaseGivesAClearMessageAndChangesNothing()
    {
        if (TestDatabase::backend() != QLatin1String("sqlite")) {
            QSKIP("SQLite only");
        }
        TestDatabase db;
        auto opened = Database::open(db.location(), 200);
        QVERIFY(opened);
        QVERIFY(opened.value()->setMeta(QStringLiteral("probe"), QStringLiteral("before")));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(db.location());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            auto refused = opened.value()->setMeta(QStringLiteral("probe"), QStringLiteral("after"));
            QVERIFY(!refused);
            QCOMPARE(refused.refusal().kind, Refusal::Kind::Storage);
            QVERIFY2(refused.refusal().message.contains(QLatin1String("locked by another program")),
                     qPrintable(refused.refusal().message));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QCOMPARE(opened.value()->meta(QStringLiteral("probe")).value(), QStringLiteral("before"));
    }

    void readOnlyFileIsRefused()
    {
        if (TestDatabase::backend() != QLatin1String("sqlite")) {
            QSKIP("SQLite only");
        }
        TestDatabase db;
        {
            auto opened = Database::open(db.location());
            QVERIFY(opened);
        }
        QFile::setPermissions(db.tempPath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                  | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        QFile::setPermissions(db.location(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        if (geteuid() != 0) {
            auto refused = Database::open(db.location());
            QVERIFY(!refused);
            QVERIFY2(refused.refusal().message.contains(QLatin1String("read-only")),
                     qPrintable(refused.refusal().message));
            return;
        }
        // Root ignores file permissions; check as an unprivileged user instead, with a keychain of
        // its own (the keychain is checked before the database is opened).
        QProcess ctl;
        ctl.start(QStringLiteral("runuser"),
                  {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), QStringLiteral("env"),
                   QStringLiteral("HOME=/tmp"), qEnvironmentVariable("WARDEN_PRIVATE_KEYRING"),
                   qEnvironmentVariable("WARDENCTL"), QStringLiteral("--db"), db.location(), QStringLiteral("demo")});
        QVERIFY(ctl.waitForFinished(30000));
        const QString err = QString::fromUtf8(ctl.readAllStandardError());
        QCOMPARE(ctl.exitCode(), 3);
        QVERIFY2(err.contains(QLatin1String("read-only")), qPrintable(err));
    }

    void badPostgresUrl()
    {
        auto refused = Database::open(QStringLiteral("postgresql://localhost"));
        QVERIFY(!refused);
        QCOMPARE(refused.refusal().kind, Refusal::Kind::BadInput);
        auto unreachable = Database::open(QStringLiteral("postgresql://warden@127.0.0.1:1/nowhere"));
        QVERIFY(!unreachable);
        QCOMPARE(unreachable.refusal().kind, Refusal::Kind::Storage);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
