// wardenctl end to end, as a script would drive it: init, demo, sessions, JSON output,
// exit codes, and a log file that never holds a secret.
#include "PrivateSlapd.h"
#include "TestDatabase.h"
#include "security/Base32.h"
#include "security/Totp.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace warden;
using namespace warden::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    /// Standard error without the diagnostics libsecret's GLib occasionally prints on its own
    /// ("(process:N): GLib-GIO-CRITICAL **: … g_task_return_boolean …"): not Warden's lines.
    [[nodiscard]] QString errWithoutGLib() const
    {
        QStringList lines = err.split(QLatin1Char('\n'));
        lines.removeIf([](const QString& line) {
            return line.startsWith(QLatin1String("(process:")) && line.contains(QLatin1String("): GLib"));
        });
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    TestDatabase m_db;
    QTemporaryDir m_home;
    QJsonObject m_demo;
    QString m_initSecret;
    QHash<QString, qint64> m_lastStep;
    QSet<QString> m_sessions;
    QProcessEnvironment m_extraEnvironment;
    const QString kOffice = QStringLiteral("192.0.2.10");
    const QString kDemoPassword = QStringLiteral("Warden-demo-2026");

    Run ctl(const QStringList& arguments, const QString& password = QString(), const QByteArray& input = {})
    {
        return ctlAt(m_db.location(), arguments, password, input);
    }

    Run ctlAt(const QString& database, const QStringList& arguments, const QString& password = QString(),
              const QByteArray& input = {}, const QString& newPassword = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        env.remove(QStringLiteral("WARDEN_PASSWORD"));
        env.remove(QStringLiteral("WARDEN_NEW_PASSWORD"));
        env.remove(QStringLiteral("WARDEN_SYNC_PASSWORD"));
        env.insert(m_extraEnvironment);
        if (!password.isEmpty()) {
            env.insert(QStringLiteral("WARDEN_PASSWORD"), password);
        }
        if (!newPassword.isEmpty()) {
            env.insert(QStringLiteral("WARDEN_NEW_PASSWORD"), newPassword);
        }
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("WARDENCTL"), QStringList {QStringLiteral("--db"), database} + arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    QString secretOf(const QString& email) const
    {
        for (const auto& admin : m_demo.value(QStringLiteral("admins")).toArray()) {
            if (admin.toObject().value(QStringLiteral("email")).toString() == email) {
                return admin.toObject().value(QStringLiteral("totpSecret")).toString();
            }
        }
        return {};
    }

    QString codeFor(const QString& email, int offsetSteps = 0) const
    {
        const QByteArray secret = Base32::decode(secretOf(email)).value_or(QByteArray());
        return Totp::codeForStep(secret, Totp::stepAt(QDateTime::currentSecsSinceEpoch()) + offsetSteps);
    }

    /// A code of `email` that no command of this run has used yet: each code is accepted once, and
    /// at most one step ahead of the clock, so this waits for the clock when it must.
    QString freshCode(const QString& email)
    {
        const qint64 step = std::max(Totp::stepAt(QDateTime::currentSecsSinceEpoch()), m_lastStep.value(email) + 1);
        while (step > Totp::stepAt(QDateTime::currentSecsSinceEpoch()) + 1) {
            QTest::qWait(250);
        }
        m_lastStep.insert(email, step);
        return Totp::codeForStep(Base32::decode(secretOf(email)).value_or(QByteArray()), step);
    }

    /// Reads `process`'s standard error into `err` until it shows an enrollment's "Secret: …" line
    /// (at most 30 s); returns the base32 secret, empty when it never came.
    static QString awaitSecret(QProcess& process, QString& err)
    {
        static const QRegularExpression secretLine(QStringLiteral("Secret: ([A-Z2-7]+)"));
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            err += QString::fromUtf8(process.readAllStandardError());
            if (const QRegularExpressionMatch match = secretLine.match(err); match.hasMatch()) {
                return match.captured(1);
            }
            process.waitForReadyRead(100);
        }
        return {};
    }

    /// Adds `email` to ACME's directory and makes them a local-password administrator with `role`;
    /// returns the temporary password (empty when either step failed).
    QString addLocalAdministrator(const QStringList& as, const QString& email, const QString& role)
    {
        const QStringList acme {QStringLiteral("--account"), QStringLiteral("ACME")};
        if (ctl(as + QStringList {QStringLiteral("user"), QStringLiteral("add")} + acme
                + QStringList {QStringLiteral("--email"), email})
                .exitCode
            != 0) {
            return {};
        }
        const Run added =
            ctl(as + QStringList {QStringLiteral("--json"), QStringLiteral("admin"), QStringLiteral("add")} + acme
                + QStringList {QStringLiteral("--role"), role, QStringLiteral("--method"),
                               QStringLiteral("local_password"), email});
        return QJsonDocument::fromJson(added.out).object().value(QStringLiteral("temporaryPassword")).toString();
    }

    /// The arguments of a command run as `email` from the office address, after signing in there
    /// once (the session is kept in the keychain and bound to that address).
    QStringList fromOffice(const QString& email)
    {
        QStringList as {QStringLiteral("--as"), email, QStringLiteral("--client-address"), kOffice};
        if (!m_sessions.contains(email)) {
            const Run in = ctl(as + QStringList {QStringLiteral("--otp"), freshCode(email), QStringLiteral("signin")},
                               kDemoPassword);
            if (in.exitCode == 0) {
                m_sessions.insert(email);
            } else {
                qWarning("%s could not sign in: %s", qPrintable(email), qPrintable(in.err));
            }
        }
        return as;
    }

    /// Starts `wardenctl --json watch` as `email` (signed in from the office) and waits until it
    /// says it is watching; null when it never did.
    std::unique_ptr<QProcess> startWatch(const QString& email)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        env.remove(QStringLiteral("WARDEN_PASSWORD"));
        process->setProcessEnvironment(env);
        process->start(qEnvironmentVariable("WARDENCTL"),
                       QStringList {QStringLiteral("--db"), m_db.location()} + fromOffice(email)
                           + QStringList {QStringLiteral("--json"), QStringLiteral("watch")});
        QString err;
        QDeadlineTimer deadline(30000);
        while (!err.contains(QLatin1String("Watching")) && !deadline.hasExpired()) {
            process->waitForReadyRead(100);
            err += QString::fromUtf8(process->readAllStandardError());
        }
        if (!err.contains(QLatin1String("Watching"))) {
            qWarning("watch did not start: %s", qPrintable(err));
            return nullptr;
        }
        return process;
    }

    /// The next JSON line `watch` prints, waiting at most `ms`; empty when none came.
    static QJsonObject nextChange(QProcess& watch, int ms)
    {
        QDeadlineTimer deadline(ms);
        while (!watch.canReadLine() && !deadline.hasExpired()) {
            watch.waitForReadyRead(50);
        }
        return watch.canReadLine() ? QJsonDocument::fromJson(watch.readLine()).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Run demo = ctl({QStringLiteral("--json"), QStringLiteral("--log-level"), QStringLiteral("trace"),
                              QStringLiteral("demo"), QStringLiteral("--users"), QStringLiteral("200")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_demo = QJsonDocument::fromJson(demo.out).object();
        QCOMPARE(m_demo.value(QStringLiteral("admins")).toArray().size(), 9);
        QVERIFY(!secretOf(QStringLiteral("alice.admin@acme.example")).isEmpty());
    }

    void versionIsPrinted()
    {
        const Run version = ctl({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(QString::fromUtf8(version.out).trimmed(), QStringLiteral("wardenctl " WARDEN_VERSION));
    }

    void helpPrintsOneVerbsUsage()
    {
        for (const QStringList& asked : {QStringList {QStringLiteral("help"), QStringLiteral("role")},
                                         QStringList {QStringLiteral("role"), QStringLiteral("--help")},
                                         QStringList {QStringLiteral("role"), QStringLiteral("-h")}}) {
            const Run help = ctl(asked);
            QVERIFY2(help.exitCode == 0, qPrintable(asked.join(QLatin1Char(' ')) + help.err));
            const QString out = QString::fromUtf8(help.out);
            QVERIFY2(out.contains(QStringLiteral("add-member --account C ROLE EMAIL...")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("Exit codes:")), qPrintable(out));
            QVERIFY2(!out.contains(QStringLiteral("external-admin")), qPrintable(out));
            QVERIFY(help.err.isEmpty());
        }
        const Run all = ctl({QStringLiteral("help")});
        QCOMPARE(all.exitCode, 0);
        for (const QString& verb : {QStringLiteral("external-admin list"), QStringLiteral("role list"),
                                    QStringLiteral("contact list"), QStringLiteral("totp-code SECRET")}) {
            QVERIFY2(QString::fromUtf8(all.out).contains(verb), qPrintable(verb));
        }
        for (const QString& verb :
             {QStringLiteral("\n  signin "), QStringLiteral("\n  signout "), QStringLiteral("\n  whoami ")}) {
            QCOMPARE(QString::fromUtf8(all.out).count(verb), 1);
        }
        // Each verb's parser knows its own options: an option of another verb is bad input.
        const Run foreign = ctl({QStringLiteral("role"), QStringLiteral("list"), QStringLiteral("--account"),
                                 QStringLiteral("ACME"), QStringLiteral("--search"), QStringLiteral("x")});
        QCOMPARE(foreign.exitCode, 2);
        QVERIFY2(foreign.err.startsWith(QStringLiteral("\"role\" takes no option \"search\".")),
                 qPrintable(foreign.err));
        QVERIFY2(foreign.err.contains(QStringLiteral("add-member --account C ROLE EMAIL...")), qPrintable(foreign.err));
        const Run unknown = ctl({QStringLiteral("help"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.startsWith(QStringLiteral("Unknown command \"frobnicate\".")));
    }

    void signInOnceThenRunCommands()
    {
        const QString alice = QStringLiteral("alice.admin@acme.example");
        const Run wrong =
            ctl({QStringLiteral("--as"), alice, QStringLiteral("--otp"), codeFor(alice), QStringLiteral("whoami")},
                QStringLiteral("wrong password!"));
        QCOMPARE(wrong.exitCode, 1);
        // stderr holds the sentence for a person and nothing else (no log line before it).
        QCOMPARE(wrong.errWithoutGLib().trimmed(),
                 QStringLiteral("The email address, password or one-time code is not correct."));
        const Run signin =
            ctl({QStringLiteral("--as"), alice, QStringLiteral("--otp"), freshCode(alice), QStringLiteral("signin")},
                QStringLiteral("Warden-demo-2026"));
        QVERIFY2(signin.exitCode == 0, qPrintable(signin.err));
        const Run who = ctl({QStringLiteral("--json"), QStringLiteral("--as"), alice, QStringLiteral("whoami")});
        QVERIFY2(who.exitCode == 0, qPrintable(who.err));
        const QJsonObject me = QJsonDocument::fromJson(who.out).object();
        QCOMPARE(me.value(QStringLiteral("email")).toString(), alice);
        QCOMPARE(
            me.value(QStringLiteral("accounts")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("ACME"));

        const Run roles = ctl({QStringLiteral("--json"), QStringLiteral("--as"), alice, QStringLiteral("role"),
                               QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("ACME")});
        QCOMPARE(roles.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(roles.out).array().size() >= 9);

        const Run show =
            ctl({QStringLiteral("--as"), alice, QStringLiteral("role"), QStringLiteral("show"),
                 QStringLiteral("--account"), QStringLiteral("ACME"), QStringLiteral("Help Desk Administrator")});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains("Track and Trace"));

        const Run added = ctl({QStringLiteral("--json"), QStringLiteral("--as"), alice, QStringLiteral("role"),
                               QStringLiteral("add-member"), QStringLiteral("--account"), QStringLiteral("ACME"),
                               QStringLiteral("Gateway Administrator"), QStringLiteral("olivia.smith@acme.example"),
                               QStringLiteral("liam.smith@acme.example")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(QJsonDocument::fromJson(added.out).object().value(QStringLiteral("added")).toArray().size(), 2);

        // Exit codes: 2 for bad input, 1 for a refusal by authorization.
        const Run unknown = ctl({QStringLiteral("--as"), alice, QStringLiteral("role"), QStringLiteral("add-member"),
                                 QStringLiteral("--account"), QStringLiteral("ACME"),
                                 QStringLiteral("Gateway Administrator"), QStringLiteral("ghost@acme.example")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("not in the internal directory")));
        const Run protectedRole =
            ctl({QStringLiteral("--as"), alice, QStringLiteral("role"), QStringLiteral("add-member"),
                 QStringLiteral("--account"), QStringLiteral("ACME"), QStringLiteral("Super Administrator"),
                 QStringLiteral("olivia.smith@acme.example")});
        QCOMPARE(protectedRole.exitCode, 1);
        QVERIFY(protectedRole.err.contains(QLatin1String("change request")));

        const Run verify = ctl({QStringLiteral("--json"), QStringLiteral("--as"), alice, QStringLiteral("audit"),
                                QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(verify.out).object().value(QStringLiteral("intact")).toBool(), true);
        const Run csv = ctl({QStringLiteral("--as"), alice, QStringLiteral("audit"), QStringLiteral("export")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("seq,time_utc,actor"));
        QVERIFY(csv.out.contains("role.member.add"));

        const Run out = ctl({QStringLiteral("--as"), alice, QStringLiteral("signout")});
        QCOMPARE(out.exitCode, 0);
        const Run afterOut = ctl({QStringLiteral("--as"), alice, QStringLiteral("whoami")});
        QCOMPARE(afterOut.exitCode, 1); // no session and no code: the prompt reads nothing
    }

    void helpDeskIsRefusedWithExitCodeOne()
    {
        const QString dave = QStringLiteral("dave.helpdesk@acme.example");
        const Run run =
            ctl({QStringLiteral("--as"), dave, QStringLiteral("--otp"), freshCode(dave), QStringLiteral("role"),
                 QStringLiteral("create"), QStringLiteral("--account"), QStringLiteral("ACME"), QStringLiteral("Mine")},
                QStringLiteral("Warden-demo-2026"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Help Desk Administrators have read-only access to Account Roles")),
                 qPrintable(run.err));
    }

    void storageErrorsExitWithThree()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.db")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'j'));
        junk.close();
        QProcess process;
        process.start(qEnvironmentVariable("WARDENCTL"),
                      {QStringLiteral("--db"), junk.fileName(), QStringLiteral("demo")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 3);
        QVERIFY(process.readAllStandardError().contains("not a Warden database"));
    }

    void badUsageExitsWithTwo()
    {
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("--log-level"), QStringLiteral("loud"), QStringLiteral("whoami")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("whoami")}).exitCode, 2); // no --as
    }

    void initEnrollsWithACodeFromTheApp()
    {
        TestDatabase fresh;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        env.insert(QStringLiteral("WARDEN_PASSWORD"), QStringLiteral("first admin password"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("WARDENCTL"),
                      {QStringLiteral("--db"), fresh.location(), QStringLiteral("--log-level"), QStringLiteral("trace"),
                       QStringLiteral("init"), QStringLiteral("--account-code"), QStringLiteral("NEWCO"),
                       QStringLiteral("--account-name"), QStringLiteral("New Co"), QStringLiteral("--email"),
                       QStringLiteral("boss@newco.example")});
        QString err;
        const QString secretText = awaitSecret(process, err);
        QVERIFY2(!secretText.isEmpty(), qPrintable(err));
        QVERIFY(err.contains(QLatin1String("otpauth://totp/Warden:boss@newco.example")));
        const QByteArray secret = Base32::decode(secretText).value();
        process.write(Totp::codeAt(secret, QDateTime::currentSecsSinceEpoch()).toLatin1() + "\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, qPrintable(err + QString::fromUtf8(process.readAllStandardError())));
        QVERIFY(process.readAllStandardOutput().contains("first Super Administrator"));
        m_initSecret = secretText;
    }

    void logsNeverHoldSecrets()
    {
        QStringList forbidden = {QStringLiteral("Warden-demo-2026"), QStringLiteral("first admin password"),
                                 secretOf(QStringLiteral("alice.admin@acme.example")), m_initSecret};
        forbidden.removeAll(QString());
        QVERIFY(forbidden.size() == 4);
        int files = 0;
        QDirIterator it(m_home.path(), {QStringLiteral("*.log*")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile log(it.next());
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(log.readAll());
            QVERIFY2(text.contains(QLatin1String("signed in")) || text.contains(QLatin1String("migrated")),
                     "the trace log should hold events");
            for (const QString& secret : forbidden) {
                QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("log holds a secret: ") + it.filePath()));
            }
            ++files;
        }
        QVERIFY(files >= 1);
    }

    void partnersAllowListsAndImportFromTheCommandLine()
    {
        // A partner administrator sees the delegated accounts and applies a colleague to several.
        const QString paul = QStringLiteral("paul.partner@northwind-msp.example");
        const QString partnerIp = QStringLiteral("198.51.100.7");
        const Run paulIn = ctl({QStringLiteral("--as"), paul, QStringLiteral("--otp"), freshCode(paul),
                                QStringLiteral("--client-address"), partnerIp, QStringLiteral("signin")},
                               QStringLiteral("Warden-demo-2026"));
        QVERIFY2(paulIn.exitCode == 0, qPrintable(paulIn.err));
        const QStringList asPaul {QStringLiteral("--json"), QStringLiteral("--as"), paul,
                                  QStringLiteral("--client-address"), partnerIp};
        const Run accounts = ctl(asPaul + QStringList {QStringLiteral("account"), QStringLiteral("list")});
        QCOMPARE(accounts.exitCode, 0);
        QStringList codes;
        for (const auto& account : QJsonDocument::fromJson(accounts.out).array()) {
            codes.append(account.toObject().value(QStringLiteral("code")).toString());
        }
        codes.sort();
        QCOMPARE(codes,
                 (QStringList {QStringLiteral("ACME"), QStringLiteral("GLOBEX-UK"), QStringLiteral("INITECH"),
                               QStringLiteral("NWMSP")}));
        const Run applied =
            ctl(asPaul
                + QStringList {QStringLiteral("external-admin"), QStringLiteral("apply"), QStringLiteral("--accounts"),
                               QStringLiteral("ACME,INITECH,GLOBEX-US"), QStringLiteral("--role"),
                               QStringLiteral("Basic Administrator"), QStringLiteral("pia.ops@northwind-msp.example")});
        QCOMPARE(applied.exitCode, 1); // GLOBEX-US is not delegated: one account refused
        const QJsonArray outcomes = QJsonDocument::fromJson(applied.out).array();
        QCOMPARE(outcomes.size(), 3);
        QVERIFY(outcomes.at(0).toObject().value(QStringLiteral("applied")).toBool());
        QVERIFY(outcomes.at(1).toObject().value(QStringLiteral("applied")).toBool());
        QCOMPARE(outcomes.at(2).toObject().value(QStringLiteral("account")).toString(), QStringLiteral("GLOBEX-US"));
        QVERIFY(!outcomes.at(2).toObject().value(QStringLiteral("applied")).toBool());
        const Run listed = ctl(asPaul
                               + QStringList {QStringLiteral("external-admin"), QStringLiteral("list"),
                                              QStringLiteral("--account"), QStringLiteral("INITECH")});
        QVERIFY(listed.out.contains("pia.ops@northwind-msp.example"));

        // The allow-list: bad ranges are refused with the line, and sign-in from outside is refused.
        // Alice (ACME's Super Administrator) sets it; the backup account's password is not the demo's
        // (it lives in the keychain), so it is not the one to sign in with.
        const QString boss = QStringLiteral("alice.admin@acme.example");
        const QStringList asBoss = fromOffice(boss);
        QVERIFY(m_sessions.contains(boss));
        const Run bad = ctl(asBoss
                            + QStringList {QStringLiteral("ip"), QStringLiteral("set"), QStringLiteral("--account"),
                                           QStringLiteral("ACME"), QStringLiteral("10.0.0.0/33")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("Line 1")), qPrintable(bad.err));
        const Run lockout = ctl(asBoss
                                + QStringList {QStringLiteral("ip"), QStringLiteral("set"), QStringLiteral("--account"),
                                               QStringLiteral("ACME"), QStringLiteral("10.0.0.0/8")});
        QCOMPARE(lockout.exitCode, 2);
        QVERIFY(lockout.err.contains(QLatin1String("lock you out")));
        const Run set = ctl(asBoss
                            + QStringList {QStringLiteral("--json"), QStringLiteral("ip"), QStringLiteral("set"),
                                           QStringLiteral("--account"), QStringLiteral("ACME"),
                                           QStringLiteral("192.0.2.0/24"), QStringLiteral("2001:db8::/32")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(QJsonDocument::fromJson(set.out).object().value(QStringLiteral("ranges")).toArray().size(), 2);
        const QString gina = QStringLiteral("gina.gateway@acme.example");
        const Run outside =
            ctl({QStringLiteral("--as"), gina, QStringLiteral("--otp"), freshCode(gina),
                 QStringLiteral("--client-address"), QStringLiteral("203.0.113.9"), QStringLiteral("whoami")},
                QStringLiteral("Warden-demo-2026"));
        QCOMPARE(outside.exitCode, 1);
        QVERIFY2(outside.err.contains(QLatin1String("203.0.113.9")), qPrintable(outside.err));
        // Paul's roles in ACME stop counting from outside the list (ACME does not exempt partners).
        const Run paulBlocked = ctl(asPaul
                                    + QStringList {QStringLiteral("external-admin"), QStringLiteral("list"),
                                                   QStringLiteral("--account"), QStringLiteral("ACME")});
        QCOMPARE(paulBlocked.exitCode, 1);
        QVERIFY(paulBlocked.err.contains(QLatin1String("allow-list")));

        // Import: a file with a bad row changes nothing and names the line; a good one imports.
        QTemporaryDir dir;
        QFile badFile(dir.filePath(QStringLiteral("bad.csv")));
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("emailAddress,displayName,role\r\nnew.one@acme.example,New One,\r\n"
                      "nobody@elsewhere.example,Elsewhere,\r\n");
        badFile.close();
        const Run rejected = ctl(asBoss
                                 + QStringList {QStringLiteral("--json"), QStringLiteral("import"), badFile.fileName(),
                                                QStringLiteral("--account"), QStringLiteral("ACME")});
        QCOMPARE(rejected.exitCode, 2);
        const QJsonObject report = QJsonDocument::fromJson(rejected.out).object();
        QCOMPARE(report.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(
            report.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("line")).toInt(),
            3);
        const Run good = ctl(asBoss
                                 + QStringList {QStringLiteral("import"), QStringLiteral("-"),
                                                QStringLiteral("--account"), QStringLiteral("ACME")},
                             {}, "emailAddress,displayName,role\nnew.one@acme.example,New One,Gateway Administrator\n");
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QVERIFY(good.out.contains("Imported."));
        const Run members =
            ctl(asBoss
                + QStringList {QStringLiteral("role"), QStringLiteral("members"), QStringLiteral("--account"),
                               QStringLiteral("ACME"), QStringLiteral("Gateway Administrator")});
        QVERIFY(members.out.contains("new.one@acme.example"));
        const Run cleared = ctl(asBoss
                                + QStringList {QStringLiteral("ip"), QStringLiteral("set"), QStringLiteral("--account"),
                                               QStringLiteral("ACME")});
        QCOMPARE(cleared.exitCode, 0);
    }

    void directorySyncFromTheCommandLine()
    {
        QString people;
        for (int i = 0; i < 40; ++i) {
            people += PrivateSlapd::person(QStringLiteral("p%1").arg(i), QStringLiteral("p%1@acme.example").arg(i),
                                           QStringLiteral("Person %1").arg(i));
        }
        PrivateSlapd slapd(people);
        QVERIFY2(slapd.isValid(), qPrintable(slapd.problem()));
        const QStringList asAlice = fromOffice(QStringLiteral("alice.admin@acme.example"));
        const QStringList account {QStringLiteral("--account"), QStringLiteral("ACME")};
        auto sync = [&](const QStringList& arguments) {
            return ctl(asAlice + QStringList {QStringLiteral("--json"), QStringLiteral("sync")} + arguments + account);
        };
        m_extraEnvironment.insert(QStringLiteral("WARDEN_SYNC_PASSWORD"),
                                  QString::fromLatin1(PrivateSlapd::kSyncPassword));
        const Run configured =
            sync({QStringLiteral("configure"), QStringLiteral("--preset"), QStringLiteral("openldap"),
                  QStringLiteral("--url"), slapd.ldapsUrl(), QStringLiteral("--ca-file"), slapd.caFile(),
                  QStringLiteral("--bind-dn"), QString::fromLatin1(PrivateSlapd::kSyncDn), QStringLiteral("--base-dn"),
                  QString::fromLatin1(PrivateSlapd::kBase), QStringLiteral("--map-disabled"),
                  QStringLiteral("employeeType")});
        m_extraEnvironment.clear();
        QVERIFY2(configured.exitCode == 0, qPrintable(configured.err));
        QCOMPARE(QJsonDocument::fromJson(configured.out).object().value(QStringLiteral("version")).toInt(), 1);

        const Run shown = sync({QStringLiteral("show")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject show = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(show.value(QStringLiteral("configured")).toBool(), true);
        QCOMPARE(show.value(QStringLiteral("passwordOnThisComputer")).toBool(), true);
        QCOMPARE(show.value(QStringLiteral("filter")).toString(),
                 QStringLiteral("(&(objectClass=inetOrgPerson)(mail=*))"));
        QVERIFY(!shown.out.contains(PrivateSlapd::kSyncPassword));

        const Run tested = sync({QStringLiteral("test")});
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
        QVERIFY(tested.out.contains("Connected"));

        const Run preview = sync({QStringLiteral("run"), QStringLiteral("--dry-run")});
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        QJsonObject report = QJsonDocument::fromJson(preview.out).object();
        QCOMPARE(report.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 40);

        const Run first = sync({QStringLiteral("run")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        report = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(report.value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("new")).toInt(), 40);
        QCOMPARE(report.value(QStringLiteral("changed")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("disabled")).toInt(), 0);
        QVERIFY(report.value(QStringLiteral("addressChanges")).toArray().isEmpty());

        // A synced person given a role, then a new primary address in the directory: listed, and
        // applied only when confirmed.
        const Run added =
            ctl(asAlice
                + QStringList {QStringLiteral("role"), QStringLiteral("add-member"), QStringLiteral("--account"),
                               QStringLiteral("ACME"), QStringLiteral("Help Desk Administrator"),
                               QStringLiteral("p7@acme.example")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QTest::qWait(1100);
        QVERIFY(slapd.modify(QStringLiteral("dn: uid=p7,%1\nchangetype: modify\nreplace: mail\nmail: "
                                            "p7.new@acme.example\n\n")
                                 .arg(QString::fromLatin1(PrivateSlapd::kPeople))));
        const Run unconfirmed = sync({QStringLiteral("run")});
        QCOMPARE(unconfirmed.exitCode, 1);
        report = QJsonDocument::fromJson(unconfirmed.out).object();
        QCOMPARE(report.value(QStringLiteral("applied")).toBool(), false);
        const QJsonObject change = report.value(QStringLiteral("addressChanges")).toArray().first().toObject();
        QCOMPARE(change.value(QStringLiteral("from")).toString(), QStringLiteral("p7@acme.example"));
        QCOMPARE(change.value(QStringLiteral("to")).toString(), QStringLiteral("p7.new@acme.example"));
        QCOMPARE(change.value(QStringLiteral("rolesLost")).toArray().first().toString(),
                 QStringLiteral("Help Desk Administrator (ACME)"));
        const Run confirmed = sync({QStringLiteral("run"), QStringLiteral("--confirm-address-changes")});
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
        report = QJsonDocument::fromJson(confirmed.out).object();
        QCOMPARE(report.value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("changed")).toInt(), 1);

        // Gone from the directory: disabled by the next full run.
        QVERIFY(slapd.modify(
            QStringLiteral("dn: uid=p3,%1\nchangetype: delete\n\n").arg(QString::fromLatin1(PrivateSlapd::kPeople))));
        const Run full = sync({QStringLiteral("run"), QStringLiteral("--full")});
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        report = QJsonDocument::fromJson(full.out).object();
        QCOMPARE(report.value(QStringLiteral("disabled")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("full")).toBool(), true);

        // A wrong bind password is a directory error (exit 5), and named.
        m_extraEnvironment.insert(QStringLiteral("WARDEN_SYNC_PASSWORD"), QStringLiteral("not-it"));
        const Run wrongPassword = sync({QStringLiteral("configure")});
        m_extraEnvironment.clear();
        QVERIFY2(wrongPassword.exitCode == 0, qPrintable(wrongPassword.err));
        const Run refused = sync({QStringLiteral("run")});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains(QLatin1String("refused the bind")), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QLatin1String("not-it")));
        const Run failedShown = sync({QStringLiteral("show")});
        QCOMPARE(QJsonDocument::fromJson(failedShown.out)
                     .object()
                     .value(QStringLiteral("lastRun"))
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("failed"));
    }

    void healthReportForMonitoringScripts()
    {
        const QString alice = QStringLiteral("alice.admin@acme.example");
        const QStringList asAlice = fromOffice(alice);
        QVERIFY(m_sessions.contains(alice));
        auto rules = [](const QByteArray& out) {
            QHash<QString, QString> states;
            const QJsonArray accounts = QJsonDocument::fromJson(out).array();
            for (const auto& check : accounts.first().toObject().value(QStringLiteral("checks")).toArray()) {
                states.insert(check.toObject().value(QStringLiteral("rule")).toString(),
                              check.toObject().value(QStringLiteral("state")).toString());
            }
            return states;
        };
        const Run before = ctl(asAlice + QStringList {QStringLiteral("--json"), QStringLiteral("health")});
        QCOMPARE(before.exitCode, 4); // nothing tested or reviewed yet
        const QJsonArray accounts = QJsonDocument::fromJson(before.out).array();
        QCOMPARE(accounts.size(), 1); // only ACME: Alice has Admin Management nowhere else
        QCOMPARE(accounts.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("fail"));
        QHash<QString, QString> states = rules(before.out);
        QCOMPARE(states.value(QStringLiteral("minimum-super-admins")), QStringLiteral("pass")); // person + backup
        QCOMPARE(states.value(QStringLiteral("backup-credential-in-keychain")), QStringLiteral("pass"));
        QCOMPARE(states.value(QStringLiteral("backup-access-tested")), QStringLiteral("fail"));
        QCOMPARE(states.value(QStringLiteral("access-reviewed")), QStringLiteral("fail"));

        const Run test =
            ctl(asAlice
                + QStringList {QStringLiteral("health"), QStringLiteral("record-test"), QStringLiteral("--account"),
                               QStringLiteral("ACME"), QStringLiteral("--admin"),
                               QStringLiteral("backup.admin@acme.example"), QStringLiteral("--login"),
                               QStringLiteral("pass"), QStringLiteral("--mfa"), QStringLiteral("pass"),
                               QStringLiteral("--permissions"), QStringLiteral("pass")});
        QVERIFY2(test.exitCode == 0, qPrintable(test.err));
        const Run badFlag =
            ctl(asAlice
                + QStringList {QStringLiteral("health"), QStringLiteral("record-test"), QStringLiteral("--account"),
                               QStringLiteral("ACME"), QStringLiteral("--admin"), alice, QStringLiteral("--login"),
                               QStringLiteral("maybe")});
        QCOMPARE(badFlag.exitCode, 2);
        const Run review = ctl(asAlice
                               + QStringList {QStringLiteral("health"), QStringLiteral("record-review"),
                                              QStringLiteral("--account"), QStringLiteral("ACME")});
        QVERIFY2(review.exitCode == 0, qPrintable(review.err));
        const Run after = ctl(asAlice
                              + QStringList {QStringLiteral("--json"), QStringLiteral("health"),
                                             QStringLiteral("--account"), QStringLiteral("ACME")});
        states = rules(after.out);
        QCOMPARE(states.value(QStringLiteral("backup-access-tested")), QStringLiteral("pass"));
        QCOMPARE(states.value(QStringLiteral("access-reviewed")), QStringLiteral("pass"));
        // The demo's role members without a sign-in method keep two-step authentication failing.
        QCOMPARE(states.value(QStringLiteral("two-step-authentication")), QStringLiteral("fail"));
        QCOMPARE(after.exitCode, 4);

        const QString dave = QStringLiteral("dave.helpdesk@acme.example");
        const Run daveHealth =
            ctl({QStringLiteral("--as"), dave, QStringLiteral("--otp"), freshCode(dave), QStringLiteral("health")},
                QStringLiteral("Warden-demo-2026"));
        QCOMPARE(daveHealth.exitCode, 1);
    }

    void adminManagementAndChangeRequests()
    {
        const QString alice = QStringLiteral("alice.admin@acme.example");
        const QStringList asAlice = fromOffice(alice);
        QVERIFY(m_sessions.contains(alice));
        const QStringList acme {QStringLiteral("--account"), QStringLiteral("ACME")};

        const Run list = ctl(
            asAlice + QStringList {QStringLiteral("--json"), QStringLiteral("admin"), QStringLiteral("list")} + acme);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        bool backupListed = false;
        for (const auto& admin : QJsonDocument::fromJson(list.out).array()) {
            if (admin.toObject().value(QStringLiteral("email")).toString()
                == QLatin1String("backup.admin@acme.example")) {
                backupListed = admin.toObject().value(QStringLiteral("backup")).toBool();
            }
        }
        QVERIFY(backupListed);

        const QString newcomer = QStringLiteral("nina.new@acme.example");
        QCOMPARE(addLocalAdministrator(asAlice, newcomer, QStringLiteral("Basic Administrator")).size(), 20);
        const Run protectedAdd =
            ctl(asAlice + QStringList {QStringLiteral("admin"), QStringLiteral("edit")} + acme
                + QStringList {QStringLiteral("--roles"), QStringLiteral("Basic Administrator,Full Administrator"),
                               QStringLiteral("--method"), QStringLiteral("local_password"), newcomer});
        QVERIFY2(protectedAdd.exitCode == 1, qPrintable(protectedAdd.err));
        QVERIFY2(protectedAdd.err.contains(QLatin1String("change request")), qPrintable(protectedAdd.err));

        const Run filed = ctl(
            asAlice + QStringList {QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("create")} + acme
            + QStringList {QStringLiteral("--kind"), QStringLiteral("add_member"), QStringLiteral("--role"),
                           QStringLiteral("Full Administrator"), QStringLiteral("--user"), newcomer,
                           QStringLiteral("--justification"), QStringLiteral("Covers incident response on weekends.")});
        QVERIFY2(filed.exitCode == 0, qPrintable(filed.err));
        const QString id =
            QString::number(QJsonDocument::fromJson(filed.out).object().value(QStringLiteral("id")).toInt());

        const QString carol = QStringLiteral("carol.basic@acme.example");
        const Run byCarol =
            ctl({QStringLiteral("--as"), carol, QStringLiteral("--otp"), freshCode(carol), QStringLiteral("request"),
                 QStringLiteral("approve"), id, QStringLiteral("--confirm-otp"), freshCode(carol)},
                QStringLiteral("Warden-demo-2026"));
        QCOMPARE(byCarol.exitCode, 1);
        QVERIFY2(byCarol.err.contains(QLatin1String("IT Manager")), qPrintable(byCarol.err));
        const QString erin = QStringLiteral("erin.full@acme.example");
        const Run byErin = ctl({QStringLiteral("--as"), erin, QStringLiteral("--otp"), freshCode(erin),
                                QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("approve"), id,
                                QStringLiteral("--confirm-otp"), freshCode(erin)},
                               QStringLiteral("Warden-demo-2026"));
        QVERIFY2(byErin.exitCode == 0, qPrintable(byErin.err));
        const Run requests = ctl(
            asAlice + QStringList {QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("list")} + acme);
        bool approved = false;
        for (const auto& request : QJsonDocument::fromJson(requests.out).array()) {
            if (QString::number(request.toObject().value(QStringLiteral("id")).toInt()) == id) {
                approved = request.toObject().value(QStringLiteral("status")).toString() == QLatin1String("approved");
            }
        }
        QVERIFY(approved);
        const Run roles = ctl(
            asAlice + QStringList {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("show"), newcomer});
        QVERIFY2(roles.out.contains("Full Administrator"), roles.out.constData());

        // Break-glass: a wrong confirmation reveals nothing; rotation is audited.
        const Run reveal = ctl(asAlice + QStringList {QStringLiteral("admin"), QStringLiteral("reveal")} + acme
                                   + QStringList {QStringLiteral("backup.admin@acme.example"),
                                                  QStringLiteral("--confirm-otp"), QStringLiteral("000000")},
                               QStringLiteral("Warden-demo-2026"));
        QCOMPARE(reveal.exitCode, 1);
        QVERIFY(reveal.out.isEmpty());
        const Run rotate = ctl(asAlice + QStringList {QStringLiteral("admin"), QStringLiteral("rotate")} + acme
                               + QStringList {QStringLiteral("backup.admin@acme.example")});
        QVERIFY2(rotate.exitCode == 0, qPrintable(rotate.err));
        const Run audit =
            ctl(asAlice
                + QStringList {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                               QStringLiteral("--action"), QStringLiteral("admin.backup_credential_rotated")});
        QCOMPARE(QJsonDocument::fromJson(audit.out).array().size(), 1);
        // --affected finds the entries about a person, whatever their kind.
        const Run about =
            ctl(asAlice
                + QStringList {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                               QStringLiteral("--affected"), QStringLiteral("BACKUP.admin@acme.example")});
        QVERIFY2(about.exitCode == 0, qPrintable(about.err));
        const QJsonArray aboutBackup = QJsonDocument::fromJson(about.out).array();
        QVERIFY(!aboutBackup.isEmpty());
        for (const auto& entry : aboutBackup) {
            const QJsonObject e = entry.toObject();
            const QString recorded = e.value(QStringLiteral("target")).toString()
                + e.value(QStringLiteral("before")).toString() + e.value(QStringLiteral("after")).toString();
            QVERIFY(recorded.contains(QLatin1String("backup.admin@acme.example")));
        }
    }

    void newAdministratorFinishesTheFirstSignInFromTheCommandLine()
    {
        const QStringList asAlice = fromOffice(QStringLiteral("alice.admin@acme.example"));
        const QString owen = QStringLiteral("owen.new@acme.example");
        const QString temporary = addLocalAdministrator(asAlice, owen, QStringLiteral("Help Desk Administrator"));
        QCOMPARE(temporary.size(), 20);

        // Signing in with the temporary password says what to run.
        const Run early = ctl(
            {QStringLiteral("--as"), owen, QStringLiteral("--otp"), QStringLiteral("123456"), QStringLiteral("whoami")},
            temporary);
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QLatin1String("wardenctl --as owen.new@acme.example enroll")),
                 qPrintable(early.err));

        // Two different passwords at the prompts change nothing.
        const Run differ = ctlAt(m_db.location(), {QStringLiteral("--as"), owen, QStringLiteral("enroll")}, temporary,
                                 "first password 1\nsecond password 2\n");
        QCOMPARE(differ.exitCode, 2);
        QVERIFY2(differ.err.contains(QLatin1String("differ")), qPrintable(differ.err));

        // enroll: temporary password, the new one, the QR code and secret, then a code from the app.
        const QString chosen = QStringLiteral("Owen's own password 2026");
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        env.insert(QStringLiteral("WARDEN_PASSWORD"), temporary);
        env.insert(QStringLiteral("WARDEN_NEW_PASSWORD"), chosen);
        process.setProcessEnvironment(env);
        process.start(
            qEnvironmentVariable("WARDENCTL"),
            {QStringLiteral("--db"), m_db.location(), QStringLiteral("--as"), owen, QStringLiteral("enroll")});
        QString err;
        const QString secretText = awaitSecret(process, err);
        QVERIFY2(!secretText.isEmpty(), qPrintable(err));
        QVERIFY(err.contains(QLatin1String("otpauth://totp/Warden:owen.new@acme.example")));
        QVERIFY(err.contains(QStringLiteral("█")) || err.contains(QStringLiteral("▀"))); // the QR code
        const QByteArray secret = Base32::decode(secretText).value();
        const qint64 step = Totp::stepAt(QDateTime::currentSecsSinceEpoch());
        process.write(Totp::codeForStep(secret, step).toLatin1() + "\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, qPrintable(err + QString::fromUtf8(process.readAllStandardError())));
        QVERIFY(process.readAllStandardOutput().contains("is enrolled"));

        // The temporary password is gone; the new one with the next code signs in.
        const Run old = ctl({QStringLiteral("--as"), owen, QStringLiteral("--otp"), Totp::codeForStep(secret, step + 1),
                             QStringLiteral("whoami")},
                            temporary);
        QCOMPARE(old.exitCode, 1);
        const Run signedIn = ctl({QStringLiteral("--json"), QStringLiteral("--as"), owen, QStringLiteral("--otp"),
                                  Totp::codeForStep(secret, step + 1), QStringLiteral("whoami")},
                                 chosen);
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.err));
        QCOMPARE(QJsonDocument::fromJson(signedIn.out).object().value(QStringLiteral("email")).toString(), owen);
    }

    void rulesAreRefusalsAndBadValuesAreBadInput()
    {
        const QStringList asAlice = fromOffice(QStringLiteral("alice.admin@acme.example"));
        // The last Super Administrator cannot be disabled: a refusal (1), not bad input (2).
        const QString backup = QStringLiteral("backup.admin@acme.example");
        QCOMPARE(ctl(asAlice + QStringList {QStringLiteral("user"), QStringLiteral("disable"), backup}).exitCode, 0);
        const Run last = ctl(asAlice
                             + QStringList {QStringLiteral("user"), QStringLiteral("disable"),
                                            QStringLiteral("alice.admin@acme.example")});
        QCOMPARE(last.exitCode, 1);
        QVERIFY2(last.err.contains(QLatin1String("last Super Administrator")), qPrintable(last.err));
        QCOMPARE(ctl(asAlice + QStringList {QStringLiteral("user"), QStringLiteral("enable"), backup}).exitCode, 0);
        // Deleting yourself is refused by a rule as well.
        const Run self =
            ctl(asAlice
                + QStringList {QStringLiteral("admin"), QStringLiteral("delete"), QStringLiteral("--account"),
                               QStringLiteral("ACME"), QStringLiteral("alice.admin@acme.example")});
        QCOMPARE(self.exitCode, 1);

        // One rule for a user's fields, whichever command writes them.
        const QString longName(300, QLatin1Char('n'));
        const Run added =
            ctl(asAlice
                + QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--account"),
                               QStringLiteral("ACME"), QStringLiteral("--email"),
                               QStringLiteral("long.name@acme.example"), QStringLiteral("--name"), longName});
        QCOMPARE(added.exitCode, 2);
        const Run imported =
            ctl(asAlice
                    + QStringList {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("-"),
                                   QStringLiteral("--account"), QStringLiteral("ACME")},
                {}, "emailAddress,displayName\nlong.name@acme.example," + longName.toLatin1() + "\n");
        QCOMPARE(imported.exitCode, 2);
        const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(report.value(QStringLiteral("applied")).toBool(), false);
        const QJsonObject error = report.value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(error.value(QStringLiteral("line")).toInt(), 2);
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("longer than 256")),
                 imported.out.constData());
        const Run upn =
            ctl(asAlice
                + QStringList {QStringLiteral("user"), QStringLiteral("set-upn"),
                               QStringLiteral("olivia.smith@acme.example"), longName + QStringLiteral("@x")});
        QCOMPARE(upn.exitCode, 2);
    }

    void watchPrintsAnotherConsolesChangesAsTheyHappen()
    {
        const QString alice = QStringLiteral("alice.admin@acme.example");
        const QString mia = QStringLiteral("mia.master@globex.example");
        const QString erin = QStringLiteral("erin.full@acme.example");
        auto acme = startWatch(erin);
        auto globex = startWatch(mia);
        QVERIFY(acme && globex);

        // Another console (another process) adds a member in ACME.
        const Run added =
            ctl(fromOffice(alice)
                + QStringList {QStringLiteral("role"), QStringLiteral("add-member"), QStringLiteral("--account"),
                               QStringLiteral("ACME"), QStringLiteral("Help Desk Administrator"),
                               QStringLiteral("noah.smith@acme.example")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        const QJsonObject change = nextChange(*acme, 10000);
        qInfo("ACME's watcher printed the change %lld ms after the writing command ended", sinceCommit.elapsed());
        QCOMPARE(change.value(QStringLiteral("kind")).toString(), QStringLiteral("members"));
        QCOMPARE(change.value(QStringLiteral("account")).toString(), QStringLiteral("ACME"));
        QCOMPARE(change.value(QStringLiteral("role")).toString(), QStringLiteral("Help Desk Administrator"));
        QCOMPARE(change.value(QStringLiteral("user")).toString(), QStringLiteral("noah.smith@acme.example"));
        QCOMPARE(change.value(QStringLiteral("actor")).toString(), alice);
        QVERIFY(change.value(QStringLiteral("seq")).toInteger() > 0);
        QVERIFY(change.value(QStringLiteral("auditSeq")).toInteger() > 0);

        // Mia (Globex) may not see ACME: her watcher prints her own account's change and nothing of ACME's.
        const Run globexChange =
            ctl(fromOffice(mia)
                + QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--account"),
                               QStringLiteral("GLOBEX"), QStringLiteral("--email"),
                               QStringLiteral("new.hire@globex.example")});
        QVERIFY2(globexChange.exitCode == 0, qPrintable(globexChange.err));
        const QJsonObject seenByMia = nextChange(*globex, 10000);
        QCOMPARE(seenByMia.value(QStringLiteral("account")).toString(), QStringLiteral("GLOBEX"));
        QCOMPARE(seenByMia.value(QStringLiteral("kind")).toString(), QStringLiteral("directory"));
        QVERIFY(seenByMia.value(QStringLiteral("seq")).toInteger() > change.value(QStringLiteral("seq")).toInteger());
        QTest::qWait(1500); // one more poll of both watchers
        const QByteArray restOfMia = globex->readAll();
        QVERIFY2(!restOfMia.contains("ACME"), restOfMia.constData());
        const QByteArray restOfAlice = acme->readAll();
        QVERIFY2(!restOfAlice.contains("GLOBEX"), restOfAlice.constData());

        // Interrupted, watch ends cleanly.
        for (QProcess* watch : {acme.get(), globex.get()}) {
            watch->terminate();
            QVERIFY(watch->waitForFinished(10000));
            QCOMPARE(watch->exitStatus(), QProcess::NormalExit);
            QCOMPARE(watch->exitCode(), 0);
        }
    }

    void theSmallestDemoWorks()
    {
        for (const int users : {10, 23}) {
            TestDatabase small;
            const Run demo =
                ctlAt(small.location(), {QStringLiteral("demo"), QStringLiteral("--users"), QString::number(users)});
            QVERIFY2(demo.exitCode == 0, qPrintable(QStringLiteral("%1 users: %2").arg(users).arg(demo.err)));
        }
        TestDatabase tooSmall;
        QCOMPARE(ctlAt(tooSmall.location(), {QStringLiteral("demo"), QStringLiteral("--users"), QStringLiteral("9")})
                     .exitCode,
                 2);
    }

    void signedAuditLogFromTheCommandLine()
    {
        // A checkpoint is signed by this computer's key (no sign-in needed: it changes nothing).
        const Run checkpoint = ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("checkpoint")});
        QVERIFY2(checkpoint.exitCode == 0, qPrintable(checkpoint.err));
        const QJsonObject written = QJsonDocument::fromJson(checkpoint.out).object();
        const qint64 size = written.value(QStringLiteral("size")).toInteger();
        QVERIFY(size > 10);
        const Run prove =
            ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("prove"), QStringLiteral("7")});
        QVERIFY2(prove.exitCode == 0, qPrintable(prove.err));
        const QJsonObject proof = QJsonDocument::fromJson(prove.out).object();
        QVERIFY(proof.value(QStringLiteral("included")).toBool());
        QCOMPARE(proof.value(QStringLiteral("checkpoint")).toObject().value(QStringLiteral("root")),
                 written.value(QStringLiteral("root")));
        QVERIFY(!proof.value(QStringLiteral("inclusionProof")).toArray().isEmpty());
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("prove"), QString::number(size + 1000)}).exitCode, 2);

        // An auditor's computer: no keychain at all (no D-Bus session), no key, no --as.
        QTemporaryDir auditor;
        const QString exported = auditor.filePath(QStringLiteral("audit.jsonl"));
        m_extraEnvironment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                  QStringLiteral("unix:path=%1/no-bus").arg(auditor.path()));
        const Run noKeychain =
            ctl({QStringLiteral("whoami"), QStringLiteral("--as"), QStringLiteral("alice.admin@acme.example")});
        QVERIFY2(noKeychain.exitCode != 0 && noKeychain.err.contains(QLatin1String("keychain"), Qt::CaseInsensitive),
                 qPrintable(noKeychain.err));
        const Run verify = ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        const Run exportRun = ctl({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                                   QStringLiteral("jsonl"), QStringLiteral("--output"), exported});
        const Run offline = ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"),
                                 QStringLiteral("--file"), exported});
        m_extraEnvironment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + QString::fromUtf8(verify.out)));
        const QJsonObject report = QJsonDocument::fromJson(verify.out).object();
        QVERIFY(report.value(QStringLiteral("intact")).toBool());
        QCOMPARE(report.value(QStringLiteral("signaturesChecked")).toInteger(),
                 report.value(QStringLiteral("entriesChecked")).toInteger());
        QVERIFY(report.value(QStringLiteral("checkpointsChecked")).toInteger() >= 1);
        QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.err + QString::fromUtf8(offline.out)));
        QCOMPARE(QJsonDocument::fromJson(offline.out).object().value(QStringLiteral("root")),
                 report.value(QStringLiteral("root")));

        // One byte of the export changed: exit code 3, and the JSON names the first bad entry and why.
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype at = bytes.indexOf("\"seq\":5,");
        QVERIFY(at > 0);
        const qsizetype target = bytes.indexOf("\"target\":\"", at) + 10;
        bytes[target] = char(bytes.at(target) ^ 0x01);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const Run damaged = ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"),
                                 QStringLiteral("--file"), exported});
        QCOMPARE(damaged.exitCode, 3);
        const QJsonObject bad =
            QJsonDocument::fromJson(damaged.out).object().value(QStringLiteral("firstBadEntry")).toObject();
        QCOMPARE(bad.value(QStringLiteral("seq")).toInteger(), 5);
        QCOMPARE(bad.value(QStringLiteral("reason")).toString(), QStringLiteral("hash"));

        // An entry changed in the database itself: the same, from the database.
        QVERIFY(m_db.execRaw(QStringLiteral("UPDATE audit_log SET actor = 'mallory@acme.example' WHERE seq = 6")));
        const Run tampered = ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(tampered.exitCode, 3);
        const QJsonObject tamperedReport = QJsonDocument::fromJson(tampered.out).object();
        QCOMPARE(tamperedReport.value(QStringLiteral("firstBrokenSeq")).toInteger(), 6);
        QCOMPARE(tamperedReport.value(QStringLiteral("reason")).toString(), QStringLiteral("hash"));
        const Run text = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(QString::fromUtf8(text.out).contains(QLatin1String("tampered with at entry 6")),
                 qPrintable(QString::fromUtf8(text.out)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
