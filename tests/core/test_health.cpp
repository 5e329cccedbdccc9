// Backup-administrator health: one fixture per rule of DOMAIN.md "Backup administrators".
#include "CoreFixture.h"
#include "security/Totp.h"

#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

const QString kPassword = QStringLiteral("a long enough password");

/// A seeded ACME whose administrators are all enrolled (local password + TOTP), with a clock
/// the test moves, plus helpers to find one rule in the report.
struct World
{
    qint64 now = 1'800'000'000;
    std::unique_ptr<CoreFixture> fixture;

    World()
    {
        fixture = std::make_unique<CoreFixture>(true, [this] { return now; });
        for (const P persona : {P::Super, P::SecondSuper, P::Full, P::Basic, P::HelpDesk, P::Gateway}) {
            if (!fixture->core().auth().enrollLocalPassword(Actor::system(), CoreFixture::email(persona), kPassword,
                                                            Totp::generateSecret())) {
                qFatal("enrol");
            }
        }
    }
    CoreServices& core() { return fixture->core(); }
    qint64 account() const { return fixture->accountId(); }
    void raw(const QString& sql) { QVERIFY(fixture->database().execRaw(sql)); }
    void recordEvidence()
    {
        BackupAccessTest test;
        test.adminEmail = CoreFixture::email(P::SecondSuper);
        test.loginOk = test.mfaOk = test.permissionsOk = true;
        QVERIFY(core().health().recordAccessTest(fixture->actor(P::Super), account(), test));
        QVERIFY(core().health().recordAccessReview(fixture->actor(P::Super), account(), QStringLiteral("Q4 review")));
    }
    HealthCheck check(const QString& key)
    {
        auto report = core().health().report(Actor::system(), account());
        if (!report) {
            qFatal("%s", qPrintable(report.refusal().message));
        }
        for (const HealthCheck& c : report.value().checks) {
            if (c.key == key) {
                return c;
            }
        }
        qFatal("no check %s", qPrintable(key));
    }
};

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWellRunAccountPassesEveryRule()
    {
        World w;
        w.recordEvidence();
        auto report = w.core().health().report(w.fixture->actor(P::Super), w.account());
        QVERIFY(report);
        QCOMPARE(report.value().checks.size(), 7);
        for (const HealthCheck& check : report.value().checks) {
            QVERIFY2(check.state == HealthState::Pass, qPrintable(check.key + QStringLiteral(": ") + check.detail));
            QVERIFY(check.fix.isEmpty());
        }
        QCOMPARE(report.value().overall(), HealthState::Pass);
    }

    void minimumSuperAdministrators()
    {
        World w;
        QCOMPARE(w.check(QStringLiteral("minimum-super-admins")).state, HealthState::Pass); // two people
        w.raw(QStringLiteral("UPDATE administrators SET is_backup = 1 WHERE user_id = (SELECT id FROM users WHERE "
                             "email_key = 'super2@acme.test')"));
        QCOMPARE(w.check(QStringLiteral("minimum-super-admins")).state, HealthState::Pass); // one person + one backup
        w.raw(QStringLiteral("DELETE FROM role_members WHERE user_id = (SELECT id FROM users WHERE email_key = "
                             "'super2@acme.test')"));
        const HealthCheck only = w.check(QStringLiteral("minimum-super-admins"));
        QCOMPARE(only.state, HealthState::Fail);
        QCOMPARE(only.fix,
                 QStringLiteral("Only one person-specific Super Administrator: add a second, or a backup "
                                "system account."));
    }

    void everyAdministratorHasTwoStepAuthentication()
    {
        World w;
        QCOMPARE(w.check(QStringLiteral("two-step-authentication")).state, HealthState::Pass);
        w.raw(QStringLiteral("UPDATE administrators SET totp_secret = '' WHERE user_id = (SELECT id FROM users WHERE "
                             "email_key = 'basic@acme.test')"));
        const HealthCheck noTotp = w.check(QStringLiteral("two-step-authentication"));
        QCOMPARE(noTotp.state, HealthState::Fail);
        QVERIFY(noTotp.detail.contains(QLatin1String("basic@acme.test")));
        // A role member with no sign-in method at all is an administrator without a second factor.
        const Role gateway = w.fixture->role(QStringLiteral("Gateway Administrator"));
        QVERIFY(w.core().roles().addMembers(Actor::system(), gateway.id, {CoreFixture::plainUser(3)}));
        QVERIFY(w.check(QStringLiteral("two-step-authentication")).detail.contains(CoreFixture::plainUser(3)));
        // SSO administrators rely on the identity provider's second factor.
        w.raw(
            QStringLiteral("UPDATE administrators SET auth_method = 'sso' WHERE user_id = (SELECT id FROM users WHERE "
                           "email_key = 'basic@acme.test')"));
        QVERIFY(!w.check(QStringLiteral("two-step-authentication")).detail.contains(QLatin1String("basic@acme.test")));
    }

    void backupAccountsHaveALocalPassword()
    {
        World w;
        QCOMPARE(w.check(QStringLiteral("backup-local-password")).state, HealthState::Pass); // no backups
        w.raw(QStringLiteral("UPDATE administrators SET is_backup = 1, auth_method = 'sso' WHERE user_id = (SELECT id "
                             "FROM users WHERE email_key = 'super2@acme.test')"));
        const HealthCheck sso = w.check(QStringLiteral("backup-local-password"));
        QCOMPARE(sso.state, HealthState::Fail);
        QVERIFY(sso.detail.contains(QLatin1String("super2@acme.test")));
        QVERIFY(!sso.fix.isEmpty());
    }

    void backupAccessIsTestedEveryNinetyDays()
    {
        World w;
        QCOMPARE(w.check(QStringLiteral("backup-access-tested")).state, HealthState::Fail); // never
        BackupAccessTest test;
        test.adminEmail = CoreFixture::email(P::SecondSuper);
        test.loginOk = test.mfaOk = true;
        test.permissionsOk = false;
        QVERIFY(w.core().health().recordAccessTest(w.fixture->actor(P::Super), w.account(), test));
        const HealthCheck failed = w.check(QStringLiteral("backup-access-tested"));
        QCOMPARE(failed.state, HealthState::Fail);
        QVERIFY(failed.fix.contains(QLatin1String("failed")));
        w.now += 3600;
        test.permissionsOk = true;
        QVERIFY(w.core().health().recordAccessTest(w.fixture->actor(P::Super), w.account(), test));
        QCOMPARE(w.check(QStringLiteral("backup-access-tested")).state, HealthState::Pass);
        w.now += qint64(HealthService::kAccessTestDays) * 86400 - 7200;
        QCOMPARE(w.check(QStringLiteral("backup-access-tested")).state, HealthState::Pass); // day 89
        w.now += qint64(2) * 86400;
        QCOMPARE(w.check(QStringLiteral("backup-access-tested")).state, HealthState::Fail); // day 91
        AuditFilter filter;
        filter.action = QStringLiteral("backup.access_test");
        QCOMPARE(w.core().audit().list(Actor::system(), filter).value().size(), 2);
    }

    void theAccessListIsReviewedEveryQuarter()
    {
        World w;
        QCOMPARE(w.check(QStringLiteral("access-reviewed")).state, HealthState::Fail);
        QVERIFY(w.core().health().recordAccessReview(w.fixture->actor(P::Super), w.account(), {}));
        const HealthCheck fresh = w.check(QStringLiteral("access-reviewed"));
        QCOMPARE(fresh.state, HealthState::Pass);
        QVERIFY(fresh.detail.contains(CoreFixture::email(P::Super)));
        w.now += qint64(HealthService::kReviewDays + 1) * 86400;
        QCOMPARE(w.check(QStringLiteral("access-reviewed")).state, HealthState::Fail);
    }

    void largeAccountsAreWarnedAboutEnhancedCoverage()
    {
        World w;
        w.recordEvidence();
        QCOMPARE(w.check(QStringLiteral("enhanced-coverage")).state, HealthState::Pass); // small account
        QList<User> users;
        for (int i = 0; i < HealthService::kLargeAccountUsers; ++i) {
            User user;
            user.email = QStringLiteral("bulk%1@acme.test").arg(i);
            users.append(user);
        }
        QVERIFY(w.core().directory().addUsers(Actor::system(), w.account(), users));
        const HealthCheck enhanced = w.check(QStringLiteral("enhanced-coverage"));
        QCOMPARE(enhanced.state, HealthState::Warning);
        QCOMPARE(w.core().health().report(Actor::system(), w.account()).value().overall(), HealthState::Warning);
    }

    void onlyAdminManagementMayReadOrRecord()
    {
        World w;
        auto full = w.core().health().report(w.fixture->actor(P::Full), w.account());
        QVERIFY(!full);
        QCOMPARE(full.refusal().kind, Refusal::Kind::Denied);
        QVERIFY(!w.core().health().recordAccessReview(w.fixture->actor(P::HelpDesk), w.account(), {}));
        BackupAccessTest test;
        test.adminEmail = CoreFixture::plainUser(1); // holds no role
        auto notAdmin = w.core().health().recordAccessTest(w.fixture->actor(P::Super), w.account(), test);
        QVERIFY(!notAdmin);
        QCOMPARE(notAdmin.refusal().kind, Refusal::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "test_health.moc"
