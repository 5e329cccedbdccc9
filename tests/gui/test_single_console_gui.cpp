// One console per database per user: a second launch for the same database brings the first to
// the front and ends; another database gets its own console; a crashed console's lock is taken
// over. In-process, and with the real warden executable.
#include "SingleConsole.h"

#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;

class TestSingleConsoleGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Starts the real console on `database` with a home of its own.
    QProcess* launch(const QString& database)
    {
        auto* process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(env);
        process->start(qEnvironmentVariable("WARDEN_GUI"), {QStringLiteral("--db"), database});
        return process;
    }

    static bool listening(const QString& database)
    {
        QLocalSocket probe;
        probe.connectToServer(SingleConsole::serverName(database));
        const bool connected = probe.waitForConnected(200);
        probe.abort();
        return connected;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aSecondClaimAsksTheFirstToComeToTheFront()
    {
        const QString database = m_dir.filePath(QStringLiteral("in-process.db"));
        SingleConsole first(database);
        QVERIFY(first.claim());
        QSignalSpy raised(&first, &SingleConsole::raiseRequested);
        // The same file, written another way, is the same database.
        SingleConsole second(m_dir.path() + QStringLiteral("/./in-process.db"));
        QVERIFY(!second.claim());
        QTRY_COMPARE(raised.size(), 1);
        SingleConsole other(m_dir.filePath(QStringLiteral("another.db")));
        QVERIFY(other.claim());
        QCOMPARE(raised.size(), 1);
    }

    void aSecondLaunchEndsAndTheFirstStaysOpen()
    {
        QVERIFY2(!qEnvironmentVariable("WARDEN_GUI").isEmpty(), "run through ctest");
        const QString database = m_dir.filePath(QStringLiteral("launched.db"));
        QProcess* first = launch(database);
        QVERIFY(first->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(listening(database), 20000);

        QProcess* second = launch(database);
        QVERIFY(second->waitForFinished(20000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(second->readAllStandardOutput().contains("already open"), "the second launch says why it ended");
        QCOMPARE(first->state(), QProcess::Running);

        // A console that crashed leaves its lock behind: the next launch takes it over.
        first->kill();
        QVERIFY(first->waitForFinished(10000));
        QProcess* third = launch(database);
        QVERIFY(third->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(listening(database), 20000);
        QCOMPARE(third->state(), QProcess::Running);
        third->kill();
        QVERIFY(third->waitForFinished(10000));
    }
};

QTEST_MAIN(TestSingleConsoleGui)
#include "test_single_console_gui.moc"
