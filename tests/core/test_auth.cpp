// First run, sign-in with password + TOTP, replay and expiry, throttling, sessions.
#include "CoreFixture.h"
#include "security/Totp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace warden;
using namespace warden::test;

namespace {

const QString kEmail = QStringLiteral("first.admin@acme.test");
const QString kPassword = QStringLiteral("a long enough password");

struct World
{
    qint64 now = 1'800'000'015; // 15 s into a step
    std::unique_ptr<CoreFixture> fixture;
    QByteArray secret;

    World()
    {
        fixture = std::make_unique<CoreFixture>(false, [this] { return now; });
    }
    AuthService& auth() { return fixture->core().auth(); }
    SessionService& sessions() { return fixture->core().sessions(); }
    QString code(qint64 offsetSteps = 0) const { return Totp::codeForStep(secret, Totp::stepAt(now) + offsetSteps); }

    void firstRun()
    {
        auto enrollment =
            auth().startFirstRun(kEmail, QStringLiteral("First Admin"), QStringLiteral("ACME"), QStringLiteral("Acme"));
        if (!enrollment) {
            qFatal("%s", qPrintable(enrollment.refusal().message));
        }
        secret = enrollment.value().totpSecret.bytes();
        auto actor = auth().completeFirstRun(enrollment.value(), kPassword, code());
        if (!actor) {
            qFatal("%s", qPrintable(actor.refusal().message));
        }
        now += Totp::kStepSeconds; // the confirmation code is spent
    }

    int auditCount(const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        return int(fixture->core().audit().list(Actor::system(), filter).value().size());
    }
};

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunCreatesTheFirstSuperAdministrator()
    {
        World w;
        QCOMPARE(w.auth().needsFirstRun().value(), true);
        auto enrollment =
            w.auth().startFirstRun(kEmail, QStringLiteral("First"), QStringLiteral("ACME"), QStringLiteral("Acme"));
        QVERIFY(enrollment);
        QVERIFY(enrollment.value().otpauthUri.startsWith(QLatin1String("otpauth://totp/Warden:")));
        w.secret = enrollment.value().totpSecret.bytes();

        auto weak = w.auth().completeFirstRun(enrollment.value(), QStringLiteral("short"), w.code());
        QVERIFY(!weak);
        QCOMPARE(weak.refusal().kind, Refusal::Kind::BadInput);
        auto wrongCode = w.auth().completeFirstRun(enrollment.value(), kPassword, w.code(5));
        QVERIFY(!wrongCode);
        QVERIFY(wrongCode.refusal().message.contains(QLatin1String("does not match")));
        QCOMPARE(w.auth().needsFirstRun().value(), true); // nothing was created
        QVERIFY(w.fixture->core().accounts().visibleAccounts(Actor::system()).value().isEmpty());

        auto actor = w.auth().completeFirstRun(enrollment.value(), kPassword, w.code());
        QVERIFY2(actor, actor ? "" : qPrintable(actor.refusal().message));
        QCOMPARE(actor.value().email, kEmail);
        QCOMPARE(w.auth().needsFirstRun().value(), false);
        auto names = w.fixture->core().authorizer().roleNames(actor.value(), actor.value().homeAccountId);
        QCOMPARE(names.value(), QStringList {QStringLiteral("Super Administrator")});
        QCOMPARE(w.auditCount(QStringLiteral("setup.first_run")), 1);
        auto second =
            w.auth().startFirstRun(QStringLiteral("x@acme.test"), {}, QStringLiteral("B"), QStringLiteral("B"));
        QVERIFY(!second);
        QCOMPARE(second.refusal().kind, Refusal::Kind::Conflict);
        // The confirmation code cannot be replayed for a sign-in.
        auto replay = w.auth().signIn(kEmail, kPassword, w.code());
        QVERIFY(!replay);
    }

    void secretsAreSealedInTheDatabase()
    {
        World w;
        w.firstRun();
        QSqlQuery q(w.fixture->core().database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash, totp_secret FROM administrators")) && q.next());
        QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
        const QByteArray stored = q.value(1).toString().toLatin1();
        QVERIFY(!stored.contains(w.secret.toBase64()));
        QVERIFY(!QByteArray::fromBase64(stored).contains(w.secret));
    }

    void signInWithPasswordAndCode()
    {
        World w;
        w.firstRun();
        auto actor = w.auth().signIn(QStringLiteral("FIRST.ADMIN@acme.test"), kPassword, w.code());
        QVERIFY2(actor, actor ? "" : qPrintable(actor.refusal().message));
        QCOMPARE(actor.value().email, kEmail);
        QCOMPARE(w.auditCount(QStringLiteral("signin.success")), 1);
    }

    void reusedCodeIsRefused()
    {
        World w;
        w.firstRun();
        const QString code = w.code();
        QVERIFY(w.auth().signIn(kEmail, kPassword, code));
        auto again = w.auth().signIn(kEmail, kPassword, code);
        QVERIFY(!again);
        QVERIFY(again.refusal().message.contains(QLatin1String("already used")));
        // An older code from the window is also spent once a newer one was used.
        auto older = w.auth().signIn(kEmail, kPassword, w.code(-1));
        QVERIFY(!older);
        w.now += Totp::kStepSeconds;
        QVERIFY(w.auth().signIn(kEmail, kPassword, w.code()));
    }

    void wrongPasswordWrongCodeExpiredCodeUnknownUser()
    {
        World w;
        w.firstRun();
        const QString generic = QStringLiteral("The email address, password or one-time code is not correct.");
        auto wrongPassword = w.auth().signIn(kEmail, QStringLiteral("not the password"), w.code());
        QVERIFY(!wrongPassword);
        QCOMPARE(wrongPassword.refusal().kind, Refusal::Kind::Authentication);
        QCOMPARE(wrongPassword.refusal().message, generic);
        auto wrongCode =
            w.auth().signIn(kEmail, kPassword,
                            QStringLiteral("000000") == w.code() ? QStringLiteral("111111") : QStringLiteral("000000"));
        QVERIFY(!wrongCode);
        QCOMPARE(wrongCode.refusal().message, generic);
        auto expired = w.auth().signIn(kEmail, kPassword, w.code(-2));
        QVERIFY(!expired);
        QCOMPARE(expired.refusal().message, generic);
        auto unknown = w.auth().signIn(QStringLiteral("nobody@acme.test"), kPassword, w.code());
        QVERIFY(!unknown);
        QCOMPARE(unknown.refusal().message, generic);
        QCOMPARE(w.auditCount(QStringLiteral("signin.failed")), 4);
        // Failures are audited with the reason, never with the password or code.
        AuditFilter filter;
        filter.action = QStringLiteral("signin.failed");
        const QList<AuditEntry> failures = w.fixture->core().audit().list(Actor::system(), filter).value();
        for (const AuditEntry& entry : failures) {
            QVERIFY(!entry.after.contains(QLatin1String("not the password")));
            QVERIFY(!entry.after.contains(w.code(-2)));
        }
    }

    void failedSignInsAreSeenByTheAccountsAuditors()
    {
        // Audit entries carry the real time; the health report counts back from its clock.
        qint64 now = QDateTime::currentSecsSinceEpoch();
        CoreFixture f(true, [&now] { return now; });
        const QByteArray secret = f.enroll(CoreFixture::Persona::Basic, kPassword);
        const QString basic = CoreFixture::email(CoreFixture::Persona::Basic);
        const QString code = Totp::codeForStep(secret, Totp::stepAt(now));
        const QString wrongCode = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        QVERIFY(!f.core().auth().signIn(basic, QStringLiteral("not the password"), code));
        QVERIFY(!f.core().auth().signIn(basic, kPassword, wrongCode));
        QVERIFY(f.core().auth().signIn(basic, kPassword, code));
        QVERIFY(!f.core().auth().signIn(basic, kPassword, code));
        // An address no one holds, in ACME's domain, and one of no account at all.
        QVERIFY(!f.core().auth().signIn(QStringLiteral("ghost@acme.test"), kPassword, code));
        QVERIFY(!f.core().auth().signIn(QStringLiteral("ghost@elsewhere.example"), kPassword, code));

        AuditFilter filter;
        filter.action = QStringLiteral("signin.failed");
        auto seen = f.core().audit().list(f.actor(CoreFixture::Persona::Super), filter);
        QVERIFY2(seen, seen ? "" : qPrintable(seen.refusal().message));
        QStringList reasons;
        for (const AuditEntry& entry : seen.value()) {
            QCOMPARE(entry.accountCode, QStringLiteral("ACME"));
            reasons.append(
                QJsonDocument::fromJson(entry.after.toUtf8()).object().value(QStringLiteral("reason")).toString());
        }
        QCOMPARE(reasons,
                 (QStringList {QStringLiteral("wrong password"), QStringLiteral("wrong code"),
                               QStringLiteral("reused code"), QStringLiteral("unknown administrator")}));
        QCOMPARE(f.core().audit().list(Actor::system(), filter).value().size(), 5);

        auto health = f.core().health().report(f.actor(CoreFixture::Persona::Super), f.accountId());
        QVERIFY(health);
        QCOMPARE(health.value().failedSignIns, 4);
        now += 86400 + 60; // a day later they no longer count
        QCOMPARE(f.core().health().report(f.actor(CoreFixture::Persona::Super), f.accountId()).value().failedSignIns,
                 0);
    }

    void failuresAreThrottled()
    {
        World w;
        w.firstRun();
        for (int i = 0; i < AuthService::kFreeAttempts; ++i) {
            QVERIFY(!w.auth().signIn(kEmail, QStringLiteral("wrong password %1").arg(i), w.code()));
        }
        auto locked = w.auth().signIn(kEmail, kPassword, w.code());
        QVERIFY(!locked);
        QVERIFY2(locked.refusal().message.contains(QLatin1String("Too many failed sign-ins")),
                 qPrintable(locked.refusal().message));
        w.now += 61;
        auto after = w.auth().signIn(kEmail, kPassword, w.code());
        QVERIFY2(after, after ? "" : qPrintable(after.refusal().message));
    }

    void sessionsResumeAndExpire()
    {
        World w;
        w.firstRun();
        auto actor = w.auth().signIn(kEmail, kPassword, w.code());
        QVERIFY(actor);
        auto token = w.sessions().openSession(actor.value());
        QVERIFY(token);
        QCOMPARE(w.sessions().resumeSession(kEmail, token.value()).value().userId, actor.value().userId);
        QVERIFY(!w.sessions().resumeSession(QStringLiteral("other@acme.test"), token.value()));
        QVERIFY(!w.sessions().resumeSession(kEmail, QByteArray("forged")));
        w.now += SessionService::kSessionSeconds - 10;
        QVERIFY(w.sessions().resumeSession(kEmail, token.value())); // use extends it
        w.now += SessionService::kSessionSeconds + 1;
        QVERIFY(!w.sessions().resumeSession(kEmail, token.value()));
        QVERIFY(w.sessions().closeSession(token.value()));
    }

    void signInIsCheckedAgainstTheAccountsAllowList()
    {
        World w;
        w.firstRun();
        const qint64 accountId = w.fixture->core().accounts().find(Actor::system(), QStringLiteral("ACME")).value().id;
        QVERIFY(w.fixture->core().accounts().setIpRestrictions(Actor::system(), accountId,
                                                               {QStringLiteral("192.0.2.0/24")}, false));
        w.auth().setClientAddress(QStringLiteral("203.0.113.9"));
        auto refused = w.auth().signIn(kEmail, kPassword, w.code());
        QVERIFY(!refused);
        QCOMPARE(refused.refusal().kind, Refusal::Kind::Authentication);
        QVERIFY2(refused.refusal().message.contains(QLatin1String("203.0.113.9")),
                 qPrintable(refused.refusal().message));
        AuditFilter filter;
        filter.action = QStringLiteral("signin.failed");
        const QList<AuditEntry> failures = w.fixture->core().audit().list(Actor::system(), filter).value();
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().after.contains(QLatin1String("\"reason\":\"address not allowed\"")),
                 qPrintable(failures.first().after));
        QVERIFY(failures.first().after.contains(QLatin1String("203.0.113.9")));
        QCOMPARE(failures.first().accountCode, QStringLiteral("ACME"));
        // The refused attempt spent its code.
        w.auth().setClientAddress(QStringLiteral("192.0.2.10"));
        QVERIFY(!w.auth().signIn(kEmail, kPassword, w.code()));
        w.now += Totp::kStepSeconds;
        auto admitted = w.auth().signIn(kEmail, kPassword, w.code());
        QVERIFY2(admitted, admitted ? "" : qPrintable(admitted.refusal().message));
        QCOMPARE(admitted.value().clientAddress, QStringLiteral("192.0.2.10"));

        // A session opened from one address does not resume from another.
        auto token = w.sessions().openSession(admitted.value());
        QVERIFY(token);
        QVERIFY(w.sessions().resumeSession(kEmail, token.value()));
        w.auth().setClientAddress(QStringLiteral("192.0.2.11"));
        auto moved = w.sessions().resumeSession(kEmail, token.value());
        QVERIFY(!moved);
        QVERIFY(moved.refusal().message.contains(QLatin1String("192.0.2.10")));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "test_auth.moc"
