// Break-glass credentials when the OS keychain is locked: a real gnome-keyring, locked through
// the Secret Service's own Lock call (CTest runs this in a private keyring, see
// scripts/with-private-keyring.sh). Reveal, rotation and marking, approving a computer and
// rotating the database key must refuse clearly, change nothing and fall back to nothing.
#include "CoreFixture.h"
#include "security/PasswordHasher.h"
#include "security/Totp.h"
#include "services/ComputerAccess.h"
#include "storage/Database.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

const QString kPassword = QStringLiteral("a long enough password");

void lockTheKeychain()
{
    QProcess gdbus;
    gdbus.start(QStringLiteral("gdbus"),
                {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                 QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                 QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                 QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                 QStringLiteral("[objectpath '/org/freedesktop/secrets/collection/login']")});
    QVERIFY2(gdbus.waitForFinished(30000), "gdbus did not answer");
    QVERIFY2(gdbus.exitCode() == 0, gdbus.readAllStandardError().constData());
}

} // namespace

class TestLockedKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void breakGlassAndKeyStepsRefuseClearlyWhenTheKeychainIsLocked()
    {
        QVERIFY2(qEnvironmentVariableIsSet("WARDEN_IN_PRIVATE_KEYRING"),
                 "run through scripts/with-private-keyring.sh: this test locks the keyring");
        qint64 now = 1'800'000'015;
        CoreFixture fixture(true, [&now] { return now; });
        const QByteArray secret = fixture.enroll(P::Super, kPassword);
        const Actor super = fixture.actor(P::Super);
        AdminService& admins = fixture.core().admins();
        BackupCredentialService& backups = fixture.core().backupCredentials();
        const qint64 backup = fixture.userId(P::SecondSuper);
        const qint64 basic = fixture.userId(P::Basic);
        QVERIFY(admins.editAdministrator(super, fixture.accountId(), basic,
                                         {fixture.role(QStringLiteral("Basic Administrator")).id},
                                         AuthMethod::LocalPassword));
        QVERIFY(backups.setBackup(super, fixture.accountId(), backup, true));
        const QString stored = QString::fromUtf8(Keychain().read(backups.backupCredentialKey(backup)).value());
        // A second computer's request, filed while the keychain is open.
        auto connection = Database::open(fixture.database().location());
        QVERIFY(connection);
        ComputerAccess second(*connection.value(), Keychain(QStringLiteral("warden-second-computer")),
                              [&now] { return now; });
        const QByteArray fullSecret = fixture.enroll(P::Full, kPassword);
        auto ticket = second.request(CoreFixture::email(P::Full), kPassword, QStringLiteral("laptop"));
        QVERIFY2(ticket, ticket ? "" : qPrintable(ticket.refusal().message));

        lockTheKeychain();
        auto read = Keychain().read(backups.backupCredentialKey(backup));
        QVERIFY(!read);
        QCOMPARE(read.refusal().kind, Refusal::Kind::Keychain);

        const auto auditCount = [&fixture](const QString& action) {
            AuditFilter filter;
            filter.action = action;
            return fixture.core().audit().list(Actor::system(), filter).value().size();
        };
        const auto hashOf = [&fixture](qint64 userId) {
            QSqlQuery q(fixture.core().database().connection());
            q.exec(
                QStringLiteral("SELECT password_hash, is_backup FROM administrators WHERE user_id = %1").arg(userId));
            return q.next() ? q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() : QString();
        };
        const QString backupBefore = hashOf(backup);
        const QString basicBefore = hashOf(basic);

        // Reveal: the re-authentication passes, the keychain does not; nothing is revealed or audited.
        auto revealed =
            backups.revealBackupCredential(super, fixture.accountId(), backup, kPassword, Totp::codeAt(secret, now));
        QVERIFY(!revealed);
        QCOMPARE(revealed.refusal().kind, Refusal::Kind::Keychain);
        QVERIFY2(revealed.refusal().message.contains(QLatin1String("locked")), qPrintable(revealed.refusal().message));
        QCOMPARE(auditCount(QStringLiteral("admin.backup_credential_revealed")), 0);

        // Rotation: refused before anything changes.
        auto rotated = backups.rotateBackupCredential(super, fixture.accountId(), backup);
        QVERIFY(!rotated);
        QCOMPARE(rotated.refusal().kind, Refusal::Kind::Keychain);
        QCOMPARE(hashOf(backup), backupBefore);
        QVERIFY(PasswordHasher::verify(backupBefore.section(QLatin1Char('|'), 0, 0), stored));
        QCOMPARE(auditCount(QStringLiteral("admin.backup_credential_rotated")), 0);

        // Marking another backup: the database change is rolled back, no password lands anywhere.
        auto marked = backups.setBackup(super, fixture.accountId(), basic, true);
        QVERIFY(!marked);
        QCOMPARE(marked.refusal().kind, Refusal::Kind::Keychain);
        QCOMPARE(hashOf(basic), basicBefore);
        QCOMPARE(auditCount(QStringLiteral("admin.backup_marked")), 1);

        // Approving a computer and rotating the database key: refused before anything changes.
        now += 30;
        const Status approved = fixture.core().computers().approve(super, ticket.value().id, ticket.value().fingerprint,
                                                                   kPassword, Totp::codeAt(secret, now));
        QVERIFY(!approved);
        QCOMPARE(approved.refusal().kind, Refusal::Kind::Keychain);
        QCOMPARE(auditCount(QStringLiteral("computer.approved")), 0);
        now += 30;
        const Status rotatedKey = fixture.core().computers().rotateKey(super, kPassword, Totp::codeAt(secret, now));
        QVERIFY(!rotatedKey);
        QCOMPARE(rotatedKey.refusal().kind, Refusal::Kind::Keychain);
        QCOMPARE(auditCount(QStringLiteral("key.rotated")), 0);
        Q_UNUSED(fullSecret);

        // The health report says where the problem is.
        for (const HealthCheck& check :
             fixture.core().health().report(Actor::system(), fixture.accountId()).value().checks) {
            if (check.key == QLatin1String("backup-credential-in-keychain")) {
                QCOMPARE(check.state, HealthState::Fail);
                QVERIFY(!check.fix.isEmpty());
            }
        }
        // No file fallback appeared next to the database or in the home folder.
        QVERIFY(QDir(QDir::homePath())
                    .entryList({QStringLiteral("*.keychain*"), QStringLiteral("*warden*secret*")}, QDir::Files)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLockedKeychain)
#include "test_locked_keychain.moc"
