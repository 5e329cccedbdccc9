// Team use end to end (issue 12): computers as separate D-Bus sessions with their own
// gnome-keyrings and HOMEs (scripts/as-computer.sh), all on one database (a throw-away
// PostgreSQL with password authentication, or a SQLite file), driven through wardenctl.

#include "../support/TestDatabase.h"
#include "security/Base32.h"
#include "security/Totp.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace warden::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
};

const QString kAlice = QStringLiteral("alice.admin@acme.example");
const QString kErin = QStringLiteral("erin.full@acme.example");
const QString kCarol = QStringLiteral("carol.basic@acme.example");
const QString kDave = QStringLiteral("dave.helpdesk@acme.example");
const QString kGina = QStringLiteral("gina.gateway@acme.example");
const QString kPassword = QStringLiteral("Warden-demo-2026");
const QString kPassphrase = QStringLiteral("correct horse battery staple");

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

    TestDatabase m_db;
    QTemporaryDir m_root;
    QJsonObject m_demo;
    QHash<QString, qint64> m_lastStep;
    /// Computers whose keychain already holds the PostgreSQL password.
    QSet<QString> m_knowsDatabasePassword;
    qint64 m_requestB = 0;
    QString m_fingerprintB;

    /// wardenctl on computer `computer` (a directory of its own under the test's root).
    Run on(const QString& computer, const QStringList& arguments, const QString& password = {},
           const QHash<QString, QString>& extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"WARDEN_PASSWORD", "WARDEN_KIT_PASSPHRASE", "WARDEN_DB_PASSWORD", "PGPASSWORD",
                                 "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
            env.remove(QString::fromLatin1(name));
        }
        if (!password.isEmpty()) {
            env.insert(QStringLiteral("WARDEN_PASSWORD"), password);
        }
        // The database password is given once per computer; after that its keychain has it.
        if (m_db.isPostgres() && !m_knowsDatabasePassword.contains(computer)) {
            env.insert(QStringLiteral("WARDEN_DB_PASSWORD"), qEnvironmentVariable("PGPASSWORD"));
        }
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            env.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("WARDEN_AS_COMPUTER"),
                      QStringList {m_root.filePath(computer), qEnvironmentVariable("WARDENCTL"), QStringLiteral("--db"),
                                   m_db.location()}
                          + arguments);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        // The private D-Bus daemon's own complaints (no fd limit for it here) are not wardenctl's.
        QStringList errLines = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'));
        errLines.removeIf([](const QString& line) { return line.startsWith(QLatin1String("dbus")); });
        Run run {process.exitCode(), process.readAllStandardOutput(), errLines.join(QLatin1Char('\n'))};
        if (run.exitCode == 0) {
            m_knowsDatabasePassword.insert(computer);
        }
        return run;
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

    /// A code of `email` no command has used yet (waits for the clock when it must).
    QString freshCode(const QString& email)
    {
        const qint64 step = std::max(Totp::stepAt(QDateTime::currentSecsSinceEpoch()), m_lastStep.value(email) + 1);
        while (step > Totp::stepAt(QDateTime::currentSecsSinceEpoch()) + 1) {
            QTest::qWait(250);
        }
        m_lastStep.insert(email, step);
        return Totp::codeForStep(Base32::decode(secretOf(email)).value_or(QByteArray()), step);
    }

    /// Signs `email` in on `computer` (the session is kept in that computer's keychain).
    Run signIn(const QString& computer, const QString& email)
    {
        return on(computer,
                  {QStringLiteral("--as"), email, QStringLiteral("--otp"), freshCode(email), QStringLiteral("signin")},
                  kPassword);
    }

    Run asAdmin(const QString& computer, const QString& email, const QStringList& arguments,
                const QHash<QString, QString>& extra = {})
    {
        return on(computer, QStringList {QStringLiteral("--as"), email} + arguments, kPassword, extra);
    }

    QString statusOn(const QString& computer)
    {
        return on(computer, {QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("status")})
            .json()
            .value(QStringLiteral("status"))
            .toString();
    }

    QStringList auditActions(const QString& computer, const QString& email)
    {
        const Run audit = asAdmin(computer, email,
                                  {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                                   QStringLiteral("--limit"), QStringLiteral("0")});
        QStringList actions;
        for (const auto& entry : audit.jsonArray()) {
            actions.append(entry.toObject().value(QStringLiteral("action")).toString() + QLatin1Char(' ')
                           + entry.toObject().value(QStringLiteral("actor")).toString());
        }
        return actions;
    }

    /// Files a request from `computer` as `email`; the ticket's JSON.
    QJsonObject request(const QString& computer, const QString& email, const QString& name)
    {
        const Run filed = on(computer,
                             {QStringLiteral("--as"), email, QStringLiteral("--json"), QStringLiteral("device"),
                              QStringLiteral("request"), QStringLiteral("--name"), name},
                             kPassword);
        if (filed.exitCode != 0) {
            qWarning("request failed: %s", qPrintable(filed.err));
        }
        return filed.json();
    }

    Run approve(const QString& computer, const QString& email, qint64 id, const QString& fingerprint)
    {
        return asAdmin(computer, email,
                       {QStringLiteral("device"), QStringLiteral("approve"), QString::number(id),
                        QStringLiteral("--fingerprint"), fingerprint, QStringLiteral("--confirm-otp"),
                        freshCode(email)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY2(!qEnvironmentVariable("WARDEN_AS_COMPUTER").isEmpty(), "run through ctest");
        if (m_db.isPostgres()) {
            QVERIFY2(!qEnvironmentVariable("PGPASSWORD").isEmpty(),
                     "PostgreSQL runs with password authentication in scripts/with-test-services.sh");
        }
        const Run demo = on(QStringLiteral("A"), {QStringLiteral("--json"), QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_demo = demo.json();
        QVERIFY(!secretOf(kAlice).isEmpty());
        QVERIFY2(signIn(QStringLiteral("A"), kAlice).exitCode == 0, "alice signs in on the first computer");
    }

    void aNewComputerIsToldToAskForAccess()
    {
        const Run status = on(QStringLiteral("B"), {QStringLiteral("device"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 2);
        QVERIFY2(status.err.contains(QLatin1String("has not asked")), qPrintable(status.err));
        const Run whoami =
            asAdmin(QStringLiteral("B"), kErin, {QStringLiteral("--otp"), freshCode(kErin), QStringLiteral("whoami")});
        QCOMPARE(whoami.exitCode, 1);
        QVERIFY2(whoami.err.contains(QLatin1String("device request")), qPrintable(whoami.err));
    }

    void badRequestsFileNothing()
    {
        // A directory user who is no administrator, and a wrong password: refused, nothing filed.
        const Run stranger = on(QStringLiteral("B"),
                                {QStringLiteral("--as"), QStringLiteral("user001@acme.example"),
                                 QStringLiteral("device"), QStringLiteral("request")},
                                kPassword);
        QCOMPARE(stranger.exitCode, 1);
        const Run wrong = on(QStringLiteral("B"),
                             {QStringLiteral("--as"), kErin, QStringLiteral("device"), QStringLiteral("request")},
                             QStringLiteral("not the password"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("not correct")), qPrintable(wrong.err));
        QCOMPARE(on(QStringLiteral("B"), {QStringLiteral("device"), QStringLiteral("status")}).exitCode, 2);
    }

    void aComputerRequestsAndShowsItsFingerprint()
    {
        const QJsonObject ticket = request(QStringLiteral("B"), kErin, QStringLiteral("erin-laptop"));
        m_requestB = ticket.value(QStringLiteral("requestId")).toInteger();
        m_fingerprintB = ticket.value(QStringLiteral("fingerprint")).toString();
        QVERIFY(m_requestB > 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}( \\d{4}){5}$")).match(m_fingerprintB).hasMatch(),
                 qPrintable(m_fingerprintB));
        QCOMPARE(statusOn(QStringLiteral("B")), QStringLiteral("pending"));
        // A second request while one is pending.
        const Run again =
            on(QStringLiteral("B"),
               {QStringLiteral("--as"), kErin, QStringLiteral("device"), QStringLiteral("request")}, kPassword);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QLatin1String("already asked")), qPrintable(again.err));
        // Still refused until approved, saying why.
        const Run early =
            asAdmin(QStringLiteral("B"), kErin, {QStringLiteral("--otp"), freshCode(kErin), QStringLiteral("whoami")});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QLatin1String("waiting")), qPrintable(early.err));
    }

    void onlyAnotherAdministratorWithTheRightFingerprintApproves()
    {
        const QString id = QString::number(m_requestB);
        const Run pending = asAdmin(
            QStringLiteral("A"), kAlice,
            {QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--pending")});
        QCOMPARE(pending.exitCode, 0);
        QCOMPARE(pending.jsonArray().size(), 1);
        QCOMPARE(pending.jsonArray().first().toObject().value(QStringLiteral("fingerprint")).toString(),
                 m_fingerprintB);
        QCOMPARE(pending.jsonArray().first().toObject().value(QStringLiteral("owner")).toString(), kErin);
        // The requester, on a computer that holds the key.
        QCOMPARE(signIn(QStringLiteral("A"), kErin).exitCode, 0);
        const Run self = approve(QStringLiteral("A"), kErin, m_requestB, m_fingerprintB);
        QCOMPARE(self.exitCode, 1);
        QVERIFY2(self.err.contains(QLatin1String("own computer")), qPrintable(self.err));
        // A Help Desk Administrator has no Admin Management.
        QCOMPARE(signIn(QStringLiteral("A"), kDave).exitCode, 0);
        const Run helpDesk = approve(QStringLiteral("A"), kDave, m_requestB, m_fingerprintB);
        QCOMPARE(helpDesk.exitCode, 1);
        QVERIFY2(helpDesk.err.contains(QLatin1String("Admin Management")), qPrintable(helpDesk.err));
        // A wrong fingerprint approves nothing.
        const Run wrong =
            approve(QStringLiteral("A"), kAlice, m_requestB, QStringLiteral("1234 5678 9012 3456 7890 1234"));
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("Nothing was approved")), qPrintable(wrong.err));
        QCOMPARE(statusOn(QStringLiteral("B")), QStringLiteral("pending"));
        // The right one, typed without spaces.
        const Run right =
            approve(QStringLiteral("A"), kAlice, m_requestB, QString(m_fingerprintB).remove(QLatin1Char(' ')));
        QVERIFY2(right.exitCode == 0, qPrintable(right.err));
        QCOMPARE(statusOn(QStringLiteral("B")), QStringLiteral("approved"));
        const Run twice = approve(QStringLiteral("A"), kAlice, m_requestB, m_fingerprintB);
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(QLatin1String("already decided")), qPrintable(twice.err));
        Q_UNUSED(id);
    }

    void theApprovedComputerSignsInAndItsChangesAreAudited()
    {
        const Run in = signIn(QStringLiteral("B"), kErin);
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));
        const Run created =
            asAdmin(QStringLiteral("B"), kErin,
                    {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--account"), QStringLiteral("ACME"),
                     QStringLiteral("--email"), QStringLiteral("team.newcomer@acme.example")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QStringList actions = auditActions(QStringLiteral("A"), kAlice);
        QVERIFY2(actions.contains(QStringLiteral("user.add ") + kErin), qPrintable(actions.join(QLatin1Char('\n'))));
        QVERIFY(actions.contains(QStringLiteral("computer.requested ") + kErin));
        QVERIFY(actions.contains(QStringLiteral("computer.approved ") + kAlice));
        QVERIFY(actions.contains(QStringLiteral("computer.fingerprint_mismatch ") + kAlice));
        QVERIFY(actions.contains(QStringLiteral("computer.request_failed ") + kErin));
        const Run list = asAdmin(QStringLiteral("A"), kAlice,
                                 {QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("list")});
        bool found = false;
        for (const auto& value : list.jsonArray()) {
            const QJsonObject computer = value.toObject();
            if (computer.value(QStringLiteral("id")).toInteger() == m_requestB) {
                found = true;
                QCOMPARE(computer.value(QStringLiteral("decidedBy")).toString(), kAlice);
                QVERIFY(!computer.value(QStringLiteral("lastUsedAt")).toString().isEmpty());
            }
        }
        QVERIFY(found);
    }

    void revokingRotatesTheKeyAndShutsTheComputerOut()
    {
        // A third computer joins first.
        const QJsonObject ticket = request(QStringLiteral("C"), kCarol, QStringLiteral("carol-desk"));
        const qint64 requestC = ticket.value(QStringLiteral("requestId")).toInteger();
        QVERIFY(requestC > 0);
        const Run approved =
            approve(QStringLiteral("A"), kAlice, requestC, ticket.value(QStringLiteral("fingerprint")).toString());
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QCOMPARE(signIn(QStringLiteral("C"), kCarol).exitCode, 0);

        const Run revoked = asAdmin(QStringLiteral("A"), kAlice,
                                    {QStringLiteral("device"), QStringLiteral("revoke"), QString::number(m_requestB),
                                     QStringLiteral("--confirm-otp"), freshCode(kAlice)});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        // B is out, and told why.
        const Run shut = asAdmin(QStringLiteral("B"), kErin, {QStringLiteral("whoami")});
        QCOMPARE(shut.exitCode, 1);
        QVERIFY2(shut.err.contains(QLatin1String("revoked by ") + kAlice), qPrintable(shut.err));
        QCOMPARE(statusOn(QStringLiteral("B")), QStringLiteral("revoked"));
        // A and C go on; every administrator still signs in with their code (secrets resealed).
        QCOMPARE(asAdmin(QStringLiteral("A"), kAlice, {QStringLiteral("whoami")}).exitCode, 0);
        const Run carol = signIn(QStringLiteral("C"), kCarol);
        QVERIFY2(carol.exitCode == 0, qPrintable(carol.err));
        const Run erinOnA = signIn(QStringLiteral("A"), kErin);
        QVERIFY2(erinOnA.exitCode == 0, qPrintable(erinOnA.err));
        const Run backup = signIn(QStringLiteral("C"), kGina);
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        // The audit chain verifies across the rotation, on both computers.
        for (const QString& computer : {QStringLiteral("A"), QStringLiteral("C")}) {
            const QString who = computer == QLatin1String("A") ? kAlice : kCarol;
            const Run verify =
                asAdmin(computer, who, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
            QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + QString::fromUtf8(verify.out)));
            QCOMPARE(verify.json().value(QStringLiteral("intact")).toBool(), true);
        }
        const QStringList actions = auditActions(QStringLiteral("A"), kAlice);
        QVERIFY(actions.contains(QStringLiteral("computer.revoked ") + kAlice));
        QVERIFY(actions.contains(QStringLiteral("key.rotated ") + kAlice));
    }

    void aRotationWithoutRevocationKeepsEveryoneIn()
    {
        const Run rotated = asAdmin(
            QStringLiteral("A"), kAlice,
            {QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("--confirm-otp"), freshCode(kAlice)});
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
        const Run carol = asAdmin(QStringLiteral("C"), kCarol,
                                  {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(carol.exitCode == 0, qPrintable(carol.err));
        QCOMPARE(carol.json().value(QStringLiteral("intact")).toBool(), true);
        // Only a Super Administrator rotates.
        const Run basic = asAdmin(
            QStringLiteral("C"), kCarol,
            {QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("--confirm-otp"), freshCode(kCarol)});
        QCOMPARE(basic.exitCode, 1);
        QVERIFY2(basic.err.contains(QLatin1String("Super Administrator")), qPrintable(basic.err));
    }

    void aRecoveryKitRestoresTheKey()
    {
        const QString kit = m_root.filePath(QStringLiteral("warden.kit"));
        const Run exported = asAdmin(QStringLiteral("A"), kAlice,
                                     {QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("--to"), kit,
                                      QStringLiteral("--confirm-otp"), freshCode(kAlice)},
                                     {{QStringLiteral("WARDEN_KIT_PASSPHRASE"), kPassphrase}});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(kit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(!contents.contains(kPassphrase.toUtf8()));

        const auto import = [this](const QString& path, const QString& passphrase) {
            return on(QStringLiteral("D"), {QStringLiteral("key"), QStringLiteral("import"), path}, {},
                      {{QStringLiteral("WARDEN_KIT_PASSPHRASE"), passphrase}});
        };
        const Run wrong = import(kit, QStringLiteral("not the passphrase at all"));
        QVERIFY2(wrong.exitCode == 1, qPrintable(wrong.err));
        QVERIFY2(wrong.err.contains(QLatin1String("passphrase")), qPrintable(wrong.err));
        const auto writeKit = [this](const QString& name, const QByteArray& data) {
            QString path = m_root.filePath(name);
            QFile out(path);
            out.open(QIODevice::WriteOnly);
            out.write(data);
            return path;
        };
        const Run truncated =
            import(writeKit(QStringLiteral("truncated.kit"), contents.left(contents.size() / 2)), kPassphrase);
        QCOMPARE(truncated.exitCode, 2);
        QVERIFY2(truncated.err.contains(QLatin1String("truncated")), qPrintable(truncated.err));
        QJsonObject other = QJsonDocument::fromJson(contents).object();
        other.insert(QStringLiteral("databaseId"), QStringLiteral("another-database"));
        const Run foreign = import(writeKit(QStringLiteral("other.kit"), QJsonDocument(other).toJson()), kPassphrase);
        QCOMPARE(foreign.exitCode, 2);
        QVERIFY2(foreign.err.contains(QLatin1String("another database")), qPrintable(foreign.err));

        const Run restored = import(kit, kPassphrase);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Run in = signIn(QStringLiteral("D"), kGina);
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));
        const QStringList actions = auditActions(QStringLiteral("A"), kAlice);
        QVERIFY2(actions.contains(QStringLiteral("key.restored ") + kGina),
                 qPrintable(actions.join(QLatin1Char('\n'))));
        QVERIFY(actions.contains(QStringLiteral("key.exported ") + kAlice));
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "test_team.moc"
