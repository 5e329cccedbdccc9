// Against the real Secret Service (scripts/test.sh runs the suite under dbus-run-session with
// gnome-keyring unlocked), and without any keychain at all.
#include "CoreServices.h"
#include "security/Keychain.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace warden;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripInTheRealKeychain()
    {
        const Keychain keychain;
        const QString key = QStringLiteral("warden/test-%1/roundtrip").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QByteArray secret = QByteArray::fromHex("0001ff00") + QByteArray("binary secret");
        QVERIFY(keychain.write(key, secret));
        auto read = keychain.read(key);
        QVERIFY2(read, read ? "" : qPrintable(read.refusal().message));
        QCOMPARE(read.value(), secret);
        QCOMPARE(keychain.contains(key).value(), true);
        QVERIFY(keychain.remove(key));
        auto gone = keychain.read(key);
        QVERIFY(!gone);
        QCOMPARE(gone.refusal().kind, Refusal::Kind::NotFound);
        QCOMPARE(keychain.contains(key).value(), false);
    }

    void databaseKeyIsCreatedOnceAndNeverReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        QString databaseId;
        {
            auto core = CoreServices::open(path);
            QVERIFY2(core, core ? "" : qPrintable(core.refusal().message));
            databaseId = core.value()->database().databaseId();
        }
        const QString key = DatabaseSecrets::keychainKey(databaseId, QStringLiteral("master-key"));
        QVERIFY(Keychain().contains(key).value());
        {
            auto again = CoreServices::open(path);
            QVERIFY(again);
        }
        // Losing the keychain entry must not silently create a new key for an existing database.
        QVERIFY(Keychain().remove(key));
        auto orphan = CoreServices::open(path);
        QVERIFY(!orphan);
        QCOMPARE(orphan.refusal().kind, Refusal::Kind::Keychain);
        QVERIFY(orphan.refusal().message.contains(key));
        QVERIFY(!Keychain().contains(key).value());
    }

    void noKeychainIsAClearErrorAndNothingIsStored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.remove(QStringLiteral("DISPLAY"));
        ctl.setProcessEnvironment(env);
        ctl.start(qEnvironmentVariable("WARDENCTL"), {QStringLiteral("--db"), path, QStringLiteral("demo")});
        QVERIFY2(ctl.waitForStarted(), qPrintable(ctl.errorString()));
        QVERIFY(ctl.waitForFinished(60000));
        const QString err = QString::fromUtf8(ctl.readAllStandardError());
        QCOMPARE(ctl.exitCode(), 3);
        QVERIFY2(err.contains(QLatin1String("No OS keychain is running")), qPrintable(err));
        // Nothing secret went to the database instead: no key marker, no administrators, no audit.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key <> 'database_id'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(
                QStringLiteral("SELECT (SELECT count(*) FROM administrators) + (SELECT count(*) FROM audit_log)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
