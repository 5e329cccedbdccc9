// Admin Management: listing, add (temporary password, first sign-in enrollment), edit, reset
// (re-enrolls the second factor), delete, and the refusals DOMAIN.md asks for; break-glass
// credentials against the real Secret Service: stored only in the keychain, revealed after
// re-authentication and audited, rotated and audited, checked by the health report.
#include "CoreFixture.h"
#include "security/PasswordHasher.h"
#include "security/Totp.h"

#include <QSqlQuery>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

const QString kPassword = QStringLiteral("a long enough password");

struct World
{
    qint64 now = 1'800'000'015;
    std::unique_ptr<CoreFixture> fixture;
    QByteArray superSecret;

    World()
    {
        fixture = std::make_unique<CoreFixture>(true, [this] { return now; });
        superSecret = fixture->enroll(P::Super, kPassword);
        (void)fixture->enroll(P::SecondSuper, kPassword);
    }
    CoreServices& core() { return fixture->core(); }
    AdminService& admins() { return fixture->core().admins(); }
    BackupCredentialService& backupCredentials() { return fixture->core().backupCredentials(); }
    qint64 account() const { return fixture->accountId(); }
    Actor super() const { return fixture->actor(P::Super); }
    QString superCode() const { return Totp::codeAt(superSecret, now); }
    qint64 userId(const QString& email)
    {
        auto user = core().directory().find(Actor::system(), email);
        if (!user) {
            qFatal("%s", qPrintable(user.refusal().message));
        }
        return user.value().id;
    }
    AdministratorSummary summary(const QString& email)
    {
        auto admin = admins().administrator(super(), account(), userId(email));
        if (!admin) {
            qFatal("%s", qPrintable(admin.refusal().message));
        }
        return admin.value();
    }
    int auditCount(const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        return int(core().audit().list(Actor::system(), filter).value().size());
    }
    /// Every stored text a secret could have leaked into: sign-in rows and the audit log.
    QString storedText()
    {
        QString text;
        QSqlQuery q(core().database().connection());
        q.exec(QStringLiteral("SELECT password_hash, totp_secret FROM administrators"));
        while (q.next()) {
            text += q.value(0).toString() + q.value(1).toString();
        }
        q.exec(QStringLiteral("SELECT target, before_json, after_json FROM audit_log"));
        while (q.next()) {
            text += q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
        }
        return text;
    }
};

} // namespace

class TestAdmins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAdministratorsWithRolesMethodAndSecondFactor()
    {
        World w;
        auto list = w.admins().administrators(w.super(), w.account());
        QVERIFY(list);
        QCOMPARE(list.value().size(), 6); // every persona but Nobody
        const AdministratorSummary super = w.summary(CoreFixture::email(P::Super));
        QCOMPARE(super.roles, QStringList {QStringLiteral("Super Administrator")});
        QCOMPARE(super.authMethod, AuthMethod::LocalPassword);
        QCOMPARE(super.secondFactor, SecondFactorState::Enrolled);
        QVERIFY(super.holdsSuperAdministrator);
        // A role member with no sign-in method recorded (added through the roles console).
        const AdministratorSummary basic = w.summary(CoreFixture::email(P::Basic));
        QCOMPARE(basic.secondFactor, SecondFactorState::NotSetUp);
        QVERIFY(!basic.holdsProtectedRole);
        QVERIFY(w.admins().editAdministrator(w.super(), w.account(), basic.userId, basic.roleIds, AuthMethod::Sso));
        QCOMPARE(w.summary(CoreFixture::email(P::Basic)).secondFactor, SecondFactorState::IdentityProvider);
        QCOMPARE(w.summary(CoreFixture::email(P::Basic)).authMethod, AuthMethod::Sso);
        QVERIFY(w.summary(CoreFixture::email(P::Full)).holdsProtectedRole);
    }

    void onlySuperAdministratorsManageAdministrators()
    {
        World w;
        const auto full =
            w.admins().addAdministrator(w.fixture->actor(P::Full), w.account(), CoreFixture::plainUser(0),
                                        w.fixture->role(QStringLiteral("Basic Administrator")).id, AuthMethod::Sso);
        QVERIFY(!full);
        QCOMPARE(full.refusal().kind, Refusal::Kind::Denied);
        QVERIFY2(full.refusal().message.contains(QLatin1String("manage administrators")),
                 qPrintable(full.refusal().message));
        QVERIFY(!w.admins().canManage(w.fixture->actor(P::Basic), w.account()));
        QVERIFY(!w.admins().administrators(w.fixture->actor(P::Gateway), w.account()));
        QVERIFY(w.admins().canManage(w.super(), w.account()));
        QCOMPARE(w.auditCount(QStringLiteral("admin.added")), 0);
    }

    void addingALocalPasswordAdminHandsOutATemporaryPasswordOnce()
    {
        World w;
        const QString email = CoreFixture::plainUser(1);
        auto issued = w.admins().addAdministrator(w.super(), w.account(), email,
                                                  w.fixture->role(QStringLiteral("Basic Administrator")).id,
                                                  AuthMethod::LocalPassword);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.refusal().message));
        const QString temporary = issued.value().temporaryPassword;
        QCOMPARE(temporary.size(), 20);
        QVERIFY(PasswordHasher::policyProblem(temporary).isEmpty());
        QVERIFY(!w.storedText().contains(temporary));
        QCOMPARE(w.auditCount(QStringLiteral("admin.added")), 1);

        const AdministratorSummary added = w.summary(email);
        QCOMPARE(added.secondFactor, SecondFactorState::PendingEnrollment);
        QVERIFY(added.mustChangePassword);

        // First sign-in: the temporary password leads to enrollment, not into the console.
        auto first = w.core().auth().signIn(email, temporary, QStringLiteral("000000"));
        QVERIFY(!first);
        QCOMPARE(first.refusal().kind, Refusal::Kind::EnrollmentRequired);
        QVERIFY(!w.core().auth().beginEnrollment(email, QStringLiteral("not the temporary one")));
        auto enrollment = w.core().auth().beginEnrollment(email, temporary);
        QVERIFY2(enrollment, enrollment ? "" : qPrintable(enrollment.refusal().message));
        QVERIFY(enrollment.value().needsNewPassword);
        QVERIFY(enrollment.value().otpauthUri.startsWith(QLatin1String("otpauth://totp/")));
        const QByteArray secret = enrollment.value().totpSecret.bytes();
        auto keptTemporary =
            w.core().auth().completeEnrollment(enrollment.value(), temporary, Totp::codeAt(secret, w.now));
        QVERIFY(!keptTemporary);
        QVERIFY(keptTemporary.refusal().message.contains(QLatin1String("temporary")));
        QVERIFY(!w.core().auth().completeEnrollment(enrollment.value(), kPassword, QStringLiteral("123456")));
        auto actor = w.core().auth().completeEnrollment(enrollment.value(), kPassword, Totp::codeAt(secret, w.now));
        QVERIFY2(actor, actor ? "" : qPrintable(actor.refusal().message));
        QCOMPARE(actor.value().email, email);
        QCOMPARE(w.summary(email).secondFactor, SecondFactorState::Enrolled);
        QVERIFY(!w.summary(email).mustChangePassword);
        QVERIFY(!w.core().auth().signIn(email, temporary, Totp::codeAt(secret, w.now + 30)));
        w.now += 30;
        QVERIFY(w.core().auth().signIn(email, kPassword, Totp::codeAt(secret, w.now)));
        QCOMPARE(w.auditCount(QStringLiteral("signin.enrolled")), 1);
    }

    void anSsoAdminGetsNoPassword()
    {
        World w;
        const QString email = CoreFixture::plainUser(2);
        auto issued =
            w.admins().addAdministrator(w.super(), w.account(), email,
                                        w.fixture->role(QStringLiteral("Help Desk Administrator")).id, AuthMethod::Sso);
        QVERIFY(issued);
        QVERIFY(issued.value().temporaryPassword.isEmpty());
        QCOMPARE(w.summary(email).secondFactor, SecondFactorState::IdentityProvider);
        auto reset = w.admins().resetPassword(w.super(), w.account(), w.userId(email));
        QVERIFY(!reset);
        QVERIFY(reset.refusal().message.contains(QLatin1String("SSO")));
    }

    void addRefusals()
    {
        World w;
        const qint64 basicRole = w.fixture->role(QStringLiteral("Basic Administrator")).id;
        auto existing = w.admins().addAdministrator(w.super(), w.account(), CoreFixture::email(P::HelpDesk), basicRole,
                                                    AuthMethod::Sso);
        QVERIFY(!existing);
        QCOMPARE(existing.refusal().kind, Refusal::Kind::Conflict);
        auto unknown = w.admins().addAdministrator(w.super(), w.account(), QStringLiteral("ghost@acme.test"), basicRole,
                                                   AuthMethod::Sso);
        QVERIFY(!unknown);
        QCOMPARE(unknown.refusal().kind, Refusal::Kind::NotFound);
        // A protected role goes through a change request, even for a Super Administrator.
        auto protectedRole = w.admins().addAdministrator(w.super(), w.account(), CoreFixture::plainUser(3),
                                                         w.fixture->role(QStringLiteral("Full Administrator")).id,
                                                         AuthMethod::LocalPassword);
        QVERIFY(!protectedRole);
        QCOMPARE(protectedRole.refusal().kind, Refusal::Kind::NeedsChangeRequest);
        QCOMPARE(w.auditCount(QStringLiteral("admin.added")), 0);
        QVERIFY(!w.admins().administrator(w.super(), w.account(), w.userId(CoreFixture::plainUser(3))));
    }

    void resetPasswordReenrollsTheSecondFactor()
    {
        World w;
        const QString email = CoreFixture::email(P::Basic);
        QVERIFY(w.admins().editAdministrator(w.super(), w.account(), w.userId(email),
                                             {w.fixture->role(QStringLiteral("Basic Administrator")).id},
                                             AuthMethod::LocalPassword));
        // Enroll once, then reset: the next sign-in enrolls a new secret.
        (void)w.fixture->enroll(P::Basic, kPassword);
        QCOMPARE(w.summary(email).secondFactor, SecondFactorState::Enrolled);
        auto reset = w.admins().resetPassword(w.super(), w.account(), w.userId(email));
        QVERIFY2(reset, reset ? "" : qPrintable(reset.refusal().message));
        QCOMPARE(w.summary(email).secondFactor, SecondFactorState::PendingEnrollment);
        QVERIFY(!w.core().auth().signIn(email, kPassword, QStringLiteral("000000")));
        auto signIn = w.core().auth().signIn(email, reset.value().temporaryPassword, QStringLiteral("000000"));
        QCOMPARE(signIn.refusal().kind, Refusal::Kind::EnrollmentRequired);
        auto enrollment = w.core().auth().beginEnrollment(email, reset.value().temporaryPassword);
        QVERIFY(enrollment);
        QVERIFY(enrollment.value().needsNewPassword);
        QCOMPARE(w.auditCount(QStringLiteral("admin.password_reset")), 1);
        QVERIFY(!w.storedText().contains(reset.value().temporaryPassword));

        // A protected role's member is reset through a change request.
        (void)w.fixture->enroll(P::Full, kPassword);
        auto full = w.admins().resetPassword(w.super(), w.account(), w.userId(CoreFixture::email(P::Full)));
        QVERIFY(!full);
        QCOMPARE(full.refusal().kind, Refusal::Kind::NeedsChangeRequest);
    }

    void editChangesRolesAndMethod()
    {
        World w;
        const QString email = CoreFixture::email(P::Gateway);
        const qint64 gateway = w.fixture->role(QStringLiteral("Gateway Administrator")).id;
        const qint64 helpDesk = w.fixture->role(QStringLiteral("Help Desk Administrator")).id;
        auto edited = w.admins().editAdministrator(w.super(), w.account(), w.userId(email), {gateway, helpDesk},
                                                   AuthMethod::LocalPassword);
        QVERIFY2(edited, edited ? "" : qPrintable(edited.refusal().message));
        QVERIFY(!edited.value().temporaryPassword.isEmpty());
        const AdministratorSummary after = w.summary(email);
        QCOMPARE(after.roles,
                 (QStringList {QStringLiteral("Gateway Administrator"), QStringLiteral("Help Desk Administrator")}));
        QCOMPARE(after.authMethod, AuthMethod::LocalPassword);
        auto none = w.admins().editAdministrator(w.super(), w.account(), w.userId(email), {}, AuthMethod::Sso);
        QVERIFY(!none);
        QCOMPARE(none.refusal().kind, Refusal::Kind::BadInput);
        QCOMPARE(w.auditCount(QStringLiteral("admin.edited")), 1);
    }

    void deleteRefusesTheLastSuperAdministrator()
    {
        World w;
        const qint64 super = w.userId(CoreFixture::email(P::Super));
        const qint64 second = w.userId(CoreFixture::email(P::SecondSuper));
        // With two, deleting one is a protected-role change: a change request.
        auto protectedDelete = w.admins().deleteAdministrator(w.super(), w.account(), second);
        QVERIFY(!protectedDelete);
        QCOMPARE(protectedDelete.refusal().kind, Refusal::Kind::NeedsChangeRequest);
        // Disable the second: the first is now the last one.
        QVERIFY(w.core().directory().setDisabled(w.super(), CoreFixture::email(P::SecondSuper), true));
        auto last = w.admins().deleteAdministrator(w.super(), w.account(), super);
        QVERIFY(!last);
        QCOMPARE(last.refusal().kind, Refusal::Kind::Forbidden);
        QVERIFY2(last.refusal().message.contains(QLatin1String("last Super Administrator")),
                 qPrintable(last.refusal().message));
        QVERIFY(w.summary(CoreFixture::email(P::Super)).holdsSuperAdministrator);
        QCOMPARE(w.auditCount(QStringLiteral("admin.deleted")), 0);
    }

    void deleteRemovesRolesAndSignInDetails()
    {
        World w;
        const QString email = CoreFixture::email(P::HelpDesk);
        const qint64 id = w.userId(email);
        QVERIFY(w.admins().editAdministrator(w.super(), w.account(), id,
                                             {w.fixture->role(QStringLiteral("Help Desk Administrator")).id},
                                             AuthMethod::LocalPassword));
        QVERIFY(w.admins().deleteAdministrator(w.super(), w.account(), id));
        QVERIFY(!w.admins().administrator(w.super(), w.account(), id));
        QVERIFY(w.core().directory().find(Actor::system(), email)); // still in the directory
        QSqlQuery q(w.core().database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM administrators WHERE user_id = %1").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(w.auditCount(QStringLiteral("admin.deleted")), 1);
    }

    void backupCredentialLivesOnlyInTheKeychain()
    {
        World w;
        const qint64 second = w.userId(CoreFixture::email(P::SecondSuper));
        QVERIFY(w.backupCredentials().setBackup(w.super(), w.account(), second, true));
        const QString key = w.backupCredentials().backupCredentialKey(second);
        auto stored = Keychain().read(key);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.refusal().message));
        const QString password = QString::fromUtf8(stored.value());
        QCOMPARE(password.size(), BackupCredentialService::kBackupPasswordLength);
        QVERIFY(!w.storedText().contains(password));
        QVERIFY(w.summary(CoreFixture::email(P::SecondSuper)).isBackup);
        QCOMPARE(w.auditCount(QStringLiteral("admin.backup_marked")), 1);

        // The backup account signs in with the keychain's password (its second factor stays).
        QSqlQuery hash(w.core().database().connection());
        QVERIFY(hash.exec(QStringLiteral("SELECT password_hash FROM administrators WHERE user_id = %1").arg(second)));
        QVERIFY(hash.next());
        QVERIFY(PasswordHasher::verify(hash.value(0).toString(), password));
        hash.finish();

        // Reveal: a wrong password reveals nothing and records nothing as revealed.
        auto wrong = w.backupCredentials().revealBackupCredential(w.super(), w.account(), second,
                                                                  QStringLiteral("wrong password!"), w.superCode());
        QVERIFY(!wrong);
        QCOMPARE(wrong.refusal().kind, Refusal::Kind::Authentication);
        QCOMPARE(w.auditCount(QStringLiteral("admin.backup_credential_revealed")), 0);
        auto wrongCode = w.backupCredentials().revealBackupCredential(w.super(), w.account(), second, kPassword,
                                                                      Totp::codeAt(w.superSecret, w.now + 300));
        QVERIFY(!wrongCode);
        QCOMPARE(wrongCode.refusal().kind, Refusal::Kind::Authentication);
        auto revealed =
            w.backupCredentials().revealBackupCredential(w.super(), w.account(), second, kPassword, w.superCode());
        QVERIFY2(revealed, revealed ? "" : qPrintable(revealed.refusal().message));
        QCOMPARE(revealed.value(), password);
        AuditFilter filter;
        filter.action = QStringLiteral("admin.backup_credential_revealed");
        const auto entries = w.core().audit().list(Actor::system(), filter).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, CoreFixture::email(P::Super));
        QCOMPARE(entries.first().target, CoreFixture::email(P::SecondSuper));
        // The same code cannot be used twice.
        QVERIFY(
            !w.backupCredentials().revealBackupCredential(w.super(), w.account(), second, kPassword, w.superCode()));
        // Only Super Administrators.
        QCOMPARE(w.backupCredentials()
                     .revealBackupCredential(w.fixture->actor(P::Full), w.account(), second, kPassword, w.superCode())
                     .refusal()
                     .kind,
                 Refusal::Kind::Denied);

        // Rotate: a new strong password in the keychain and the database, audited.
        QVERIFY(w.backupCredentials().rotateBackupCredential(w.super(), w.account(), second));
        const QString rotated = QString::fromUtf8(Keychain().read(key).value());
        QVERIFY(rotated != password);
        QVERIFY(hash.exec(QStringLiteral("SELECT password_hash FROM administrators WHERE user_id = %1").arg(second)));
        QVERIFY(hash.next());
        QVERIFY(PasswordHasher::verify(hash.value(0).toString(), rotated));
        QVERIFY(!PasswordHasher::verify(hash.value(0).toString(), password));
        hash.finish();
        QCOMPARE(w.auditCount(QStringLiteral("admin.backup_credential_rotated")), 1);
        QVERIFY(!w.storedText().contains(rotated));

        // Unmarking removes it from the keychain.
        QVERIFY(w.backupCredentials().setBackup(w.super(), w.account(), second, false));
        QCOMPARE(Keychain().contains(key).value(), false);
    }

    void healthChecksTheBackupCredentialIsInTheKeychain()
    {
        World w;
        const qint64 second = w.userId(CoreFixture::email(P::SecondSuper));
        const auto rule = [&w] {
            for (const HealthCheck& check : w.core().health().report(Actor::system(), w.account()).value().checks) {
                if (check.key == QLatin1String("backup-credential-in-keychain")) {
                    return check;
                }
            }
            qFatal("no keychain rule");
        };
        QCOMPARE(rule().state, HealthState::Pass);
        QVERIFY(w.backupCredentials().setBackup(w.super(), w.account(), second, true));
        QCOMPARE(rule().state, HealthState::Pass);
        QVERIFY(Keychain().remove(w.backupCredentials().backupCredentialKey(second)));
        const HealthCheck missing = rule();
        QCOMPARE(missing.state, HealthState::Fail);
        QVERIFY(missing.detail.contains(CoreFixture::email(P::SecondSuper)));
        QVERIFY(!missing.fix.isEmpty());
        // Revealing a credential that is gone says so; rotating stores a new one.
        auto gone =
            w.backupCredentials().revealBackupCredential(w.super(), w.account(), second, kPassword, w.superCode());
        QVERIFY(!gone);
        QCOMPARE(gone.refusal().kind, Refusal::Kind::Keychain);
        QVERIFY(w.backupCredentials().rotateBackupCredential(w.super(), w.account(), second));
        QCOMPARE(rule().state, HealthState::Pass);
        QVERIFY(w.backupCredentials().setBackup(w.super(), w.account(), second, false));
    }
};

QTEST_GUILESS_MAIN(TestAdmins)
#include "test_admins.moc"
