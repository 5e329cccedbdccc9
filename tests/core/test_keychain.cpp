// Against the real Secret Service (scripts/test.sh runs the suite under dbus-run-session with
// gnome-keyring unlocked), and without any keychain at all.
#include "CoreServices.h"
#include "security/Keychain.h"

#include <QDirIterator>
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
        // Losing the key's entry alone: the key sealed to this computer when it was listed is taken up again.
        QVERIFY(Keychain().remove(key));
        {
            auto recovered = CoreServices::open(path);
            QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.refusal().message));
            QVERIFY(Keychain().contains(key).value());
        }
        // Losing the computer's identity too must not silently create a new key for an existing
        // database: the computer has to ask for access.
        QVERIFY(Keychain().remove(key));
        QVERIFY(Keychain().remove(DatabaseSecrets::keychainKey(databaseId, QStringLiteral("computer"))));
        auto orphan = CoreServices::open(path);
        QVERIFY(!orphan);
        QCOMPARE(orphan.refusal().kind, Refusal::Kind::ComputerNotApproved);
        QVERIFY2(orphan.refusal().message.contains(QLatin1String("device request")),
                 qPrintable(orphan.refusal().message));
        QVERIFY(!Keychain().contains(key).value());
    }

    void noKeychainIsAClearErrorAndNothingIsStored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        for (const QString& command : {QStringLiteral("init"), QStringLiteral("demo")}) {
            QProcess ctl;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
            env.insert(QStringLiteral("HOME"), dir.path());
            env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("WARDEN_PASSWORD"), QStringLiteral("a long enough password"));
            env.remove(QStringLiteral("DISPLAY"));
            ctl.setProcessEnvironment(env);
            QStringList arguments {QStringLiteral("--db"), path, command};
            if (command == QLatin1String("init")) {
                arguments << QStringLiteral("--account-code") << QStringLiteral("NEWCO")
                          << QStringLiteral("--account-name") << QStringLiteral("New Co") << QStringLiteral("--email")
                          << QStringLiteral("boss@newco.example");
            }
            ctl.start(qEnvironmentVariable("WARDENCTL"), arguments);
            QVERIFY2(ctl.waitForStarted(), qPrintable(ctl.errorString()));
            QVERIFY(ctl.waitForFinished(60000));
            const QString err = QString::fromUtf8(ctl.readAllStandardError());
            QCOMPARE(ctl.exitCode(), 3);
            // One sentence for a person, said once, with no log line around it.
            QCOMPARE(err.trimmed(), Keychain::noKeychainMessage());
            // Nothing was written: no database file, no log file, nothing at all.
            QStringList written;
            QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                written.append(it.next());
            }
            QVERIFY2(written.isEmpty(), qPrintable(written.join(QLatin1Char(' '))));
        }
    }

    void theConsoleWithoutAKeychainWritesNothing()
    {
        if (qEnvironmentVariableIsEmpty("WARDEN_GUI")) {
            QSKIP("built without the GUI");
        }
        QTemporaryDir dir;
        QTemporaryDir runtime;
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DISPLAY"));
        console.setProcessEnvironment(env);
        console.start(qEnvironmentVariable("WARDEN_GUI"),
                      {QStringLiteral("--db"), dir.filePath(QStringLiteral("w.db"))});
        QVERIFY2(console.waitForStarted(), qPrintable(console.errorString()));
        // The console shows "Warden cannot start" and waits for OK; whatever it would write at
        // start-up is written by then.
        QTest::qWait(2500);
        QCOMPARE(console.state(), QProcess::Running);
        console.kill();
        console.waitForFinished();
        QStringList written;
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            written.append(it.next());
        }
        QVERIFY2(written.isEmpty(), qPrintable(written.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
