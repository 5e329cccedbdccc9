#include "HealthService.h"

#include "../ChangeNotifier.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../storage/AccountStore.h"
#include "../storage/Database.h"
#include "../storage/DirectoryStore.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"
#include "AdminService.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace warden {

QString healthStateKey(HealthState state)
{
    switch (state) {
    case HealthState::Pass:
        return QStringLiteral("pass");
    case HealthState::Warning:
        return QStringLiteral("warning");
    case HealthState::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

namespace {

/// One administrator of the account as the rules see them.
struct AdminFacts
{
    qint64 userId = 0;
    QString email;
    QString builtInKey; ///< of the role that made them an administrator here
    bool hasSignIn = false; ///< an administrators row exists
    QString method; ///< sso or local_password
    bool hasPassword = false;
    bool hasSecondFactor = false;
    bool isBackup = false;
};

qint64 daysSince(const QString& iso, qint64 now)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? (now - at.toSecsSinceEpoch()) / 86400 : -1;
}

} // namespace

HealthService::HealthService(Database& database, Authorizer& authorizer, AuditLog& audit, ChangeNotifier& notifier,
                             const AdminService& admins, Clock clock)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_notifier(notifier)
    , m_admins(admins)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{ }

QString HealthService::nowIso() const
{
    return QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC).toString(Qt::ISODateWithMs);
}

Status HealthService::canRead(const Actor& actor, qint64 accountId) const
{
    return m_authorizer.check(actor, Action::ViewAdministrators, accountId);
}

Result<AccountHealth> HealthService::report(const Actor& actor, qint64 accountId) const
{
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = canRead(actor, accountId); !allowed) {
        return allowed.refusal();
    }
    AccountHealth health;
    health.accountId = accountId;
    health.accountCode = account.value().code;
    health.accountName = account.value().name;

    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT u.id, u.email, COALESCE(r.builtin_key, ''), a.user_id IS NOT NULL, "
                                        "COALESCE(a.auth_method, ''), COALESCE(a.password_hash, '') <> '', "
                                        "COALESCE(a.totp_secret, '') <> '', COALESCE(a.is_backup, 0) FROM "
                                        "role_members m JOIN roles r ON r.id = m.role_id JOIN users u ON "
                                        "u.id = m.user_id LEFT JOIN administrators a ON a.user_id = u.id "
                                        "WHERE r.account_id = ? AND u.disabled = 0 ORDER BY u.email_key"),
                         {accountId}, "reading administrators");
        !done) {
        return done.refusal();
    }
    QList<AdminFacts> admins;
    while (q.next()) {
        admins.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                       q.value(4).toString(), q.value(5).toBool(), q.value(6).toBool(), q.value(7).toInt() != 0});
    }
    QStringList personSupers;
    QStringList backupSupers;
    QStringList fullAdmins;
    QStringList withoutSignIn;
    QStringList withoutSecondFactor;
    QStringList backupsWithoutPassword;
    QStringList seen;
    for (const AdminFacts& admin : admins) {
        if (admin.builtInKey == BuiltInRoles::kSuperAdministrator) {
            (admin.isBackup ? backupSupers : personSupers).append(admin.email);
            if (admin.isBackup && (admin.method != QLatin1String("local_password") || !admin.hasPassword)) {
                backupsWithoutPassword.append(admin.email);
            }
        } else if (admin.builtInKey == BuiltInRoles::kFullAdministrator) {
            fullAdmins.append(admin.email);
        }
        if (seen.contains(admin.email)) {
            continue;
        }
        seen.append(admin.email);
        if (!admin.hasSignIn) {
            withoutSignIn.append(admin.email);
        } else if (admin.method == QLatin1String("local_password") && !admin.hasSecondFactor) {
            withoutSecondFactor.append(admin.email);
        }
    }

    // Minimum: 2 person-specific Super Administrators, or 1 person-specific + 1 backup.
    HealthCheck minimum {QStringLiteral("minimum-super-admins"),
                         tr("Minimum Super Administrators"),
                         HealthState::Pass,
                         tr("%1 person-specific and %2 backup Super Administrator(s).")
                             .arg(personSupers.size())
                             .arg(backupSupers.size()),
                         {}};
    if (personSupers.size() < 2 && !(!personSupers.isEmpty() && !backupSupers.isEmpty())) {
        minimum.state = HealthState::Fail;
        minimum.fix = personSupers.isEmpty()
            ? tr("No person-specific Super Administrator: request one through a change request, plus a second or a "
                 "backup system account.")
            : tr("Only one person-specific Super Administrator: add a second, or a backup system account.");
    }
    health.checks.append(minimum);

    // Enhanced coverage for large accounts: 1 primary + 2 backup Super Administrators + 2-3 Full.
    auto users = 0LL;
    if (auto done = execPrepared(q, QStringLiteral("SELECT count(*) FROM users WHERE account_id = ?"), {accountId},
                                 "counting users");
        !done) {
        return done.refusal();
    }
    users = q.next() ? q.value(0).toLongLong() : 0;
    HealthCheck enhanced {
        QStringLiteral("enhanced-coverage"), tr("Enhanced coverage (large accounts)"), HealthState::Pass, {}, {}};
    const bool enhancedMet = !personSupers.isEmpty() && backupSupers.size() >= 2 && fullAdmins.size() >= 2;
    enhanced.detail = tr("%1 users; %2 person-specific and %3 backup Super Administrators, %4 Full "
                         "Administrators.")
                          .arg(users)
                          .arg(personSupers.size())
                          .arg(backupSupers.size())
                          .arg(fullAdmins.size());
    if (users >= kLargeAccountUsers && !enhancedMet) {
        enhanced.state = HealthState::Warning;
        enhanced.fix = tr("Accounts of %1 users or more should have 1 primary and 2 backup Super Administrators "
                          "and 2–3 Full Administrators.")
                           .arg(kLargeAccountUsers);
    }
    health.checks.append(enhanced);

    HealthCheck twoStep {QStringLiteral("two-step-authentication"),
                         tr("Two-step authentication for every admin"),
                         HealthState::Pass,
                         tr("%n administrator(s) checked; SSO administrators use the identity provider's second "
                            "factor.",
                            nullptr, int(seen.size())),
                         {}};
    if (!withoutSignIn.isEmpty() || !withoutSecondFactor.isEmpty()) {
        twoStep.state = HealthState::Fail;
        QStringList problems;
        if (!withoutSignIn.isEmpty()) {
            problems.append(tr("no sign-in method recorded: %1").arg(withoutSignIn.join(QStringLiteral(", "))));
        }
        if (!withoutSecondFactor.isEmpty()) {
            problems.append(
                tr("password without a second factor: %1").arg(withoutSecondFactor.join(QStringLiteral(", "))));
        }
        twoStep.detail = problems.join(QStringLiteral("; "));
        twoStep.fix = tr("Enroll each of them in Admin Management (SSO, or a local password with TOTP).");
    }
    health.checks.append(twoStep);

    HealthCheck localPassword {QStringLiteral("backup-local-password"),
                               tr("Backup accounts have a local password"),
                               HealthState::Pass,
                               backupSupers.isEmpty()
                                   ? tr("No backup account.")
                                   : tr("Backup accounts: %1").arg(backupSupers.join(QStringLiteral(", "))),
                               {}};
    if (!backupsWithoutPassword.isEmpty()) {
        localPassword.state = HealthState::Fail;
        localPassword.detail =
            tr("Without a local (cloud) password: %1").arg(backupsWithoutPassword.join(QStringLiteral(", ")));
        localPassword.fix = tr("Give backup accounts a local password with TOTP so they survive an SSO or directory "
                               "outage.");
    }
    health.checks.append(localPassword);

    // The break-glass password must be where it can be retrieved in an outage: the OS keychain.
    QStringList backups;
    QStringList missingCredentials;
    QString keychainProblem;
    for (const AdminFacts& admin : admins) {
        if (!admin.isBackup || backups.contains(admin.email)) {
            continue;
        }
        backups.append(admin.email);
        auto stored = m_admins.hasBackupCredential(admin.userId);
        if (!stored) {
            keychainProblem = stored.refusal().message;
            break;
        }
        if (!stored.value()) {
            missingCredentials.append(admin.email);
        }
    }
    HealthCheck inKeychain {QStringLiteral("backup-credential-in-keychain"),
                            tr("Backup credentials are in the OS keychain"),
                            HealthState::Pass,
                            backups.isEmpty()
                                ? tr("No backup account.")
                                : tr("%n backup credential(s) found in the keychain.", nullptr, int(backups.size())),
                            {}};
    if (!keychainProblem.isEmpty()) {
        inKeychain.state = HealthState::Fail;
        inKeychain.detail = keychainProblem;
        inKeychain.fix = tr("Unlock or start the OS keychain on this computer, then check again.");
    } else if (!missingCredentials.isEmpty()) {
        inKeychain.state = HealthState::Fail;
        inKeychain.detail =
            tr("No credential in the keychain for: %1").arg(missingCredentials.join(QStringLiteral(", ")));
        inKeychain.fix = tr("Rotate the credential of each in Admin Management to store a new one in the keychain.");
    }
    health.checks.append(inKeychain);

    const qint64 now = m_clock();
    HealthCheck tested {QStringLiteral("backup-access-tested"),
                        tr("Backup access tested within %n days", nullptr, kAccessTestDays),
                        HealthState::Pass,
                        {},
                        {}};
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT t.tested_at, t.login_ok, t.mfa_ok, t.permissions_ok, u.email "
                                                "FROM backup_access_tests t JOIN users u ON u.id = t.admin_user_id "
                                                "WHERE t.account_id = ? ORDER BY t.tested_at DESC, t.id DESC"),
                                 {accountId}, "reading backup access tests");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        tested.state = HealthState::Fail;
        tested.detail = tr("No backup access test is recorded.");
        tested.fix = tr("Sign in as a backup account (login, second factor, permissions) and record the result.");
    } else {
        const qint64 age = daysSince(q.value(0).toString(), now);
        const bool passed = q.value(1).toInt() != 0 && q.value(2).toInt() != 0 && q.value(3).toInt() != 0;
        tested.detail = tr("Last test %n day(s) ago, of %1: %2.", nullptr, int(age))
                            .arg(q.value(4).toString(), passed ? tr("passed") : tr("failed"));
        if (!passed) {
            tested.state = HealthState::Fail;
            tested.fix = tr("The last backup access test failed: fix the backup account and test again.");
        } else if (age > kAccessTestDays) {
            tested.state = HealthState::Fail;
            tested.fix = tr("Test backup access again (login, second factor, permissions) and record the result.");
        }
    }
    q.finish();
    health.checks.append(tested);

    HealthCheck reviewed {
        QStringLiteral("access-reviewed"), tr("Access list reviewed this quarter"), HealthState::Pass, {}, {}};
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT reviewed_at, reviewed_by FROM access_reviews WHERE account_id = "
                                        "? ORDER BY reviewed_at DESC, id DESC"),
                         {accountId}, "reading access reviews");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        reviewed.state = HealthState::Fail;
        reviewed.detail = tr("No access review is recorded.");
        reviewed.fix = tr("Review who holds which administrator role and record the review.");
    } else {
        const qint64 age = daysSince(q.value(0).toString(), now);
        reviewed.detail = tr("Last reviewed %n day(s) ago by %1.", nullptr, int(age)).arg(q.value(1).toString());
        if (age > kReviewDays) {
            reviewed.state = HealthState::Fail;
            reviewed.fix = tr("Review the administrator list again; the last review is older than a quarter.");
        }
    }
    health.checks.append(reviewed);

    const QString dayAgo = AuditLog::timestamp(QDateTime::fromSecsSinceEpoch(now - 86400, Qt::UTC));
    auto failed =
        DirectoryStore(m_database).countAuditEntries(health.accountCode, QStringLiteral("signin.failed"), dayAgo);
    if (!failed) {
        return failed.refusal();
    }
    health.failedSignIns = failed.value();
    return health;
}

Status HealthService::recordAccessTest(const Actor& actor, qint64 accountId, const BackupAccessTest& test)
{
    DirectoryStore directory(m_database);
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::ManageAdministrators, accountId); !allowed) {
        return allowed;
    }
    auto admin = directory.userByEmail(test.adminEmail);
    if (!admin) {
        return admin.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT 1 FROM role_members m JOIN roles r ON r.id = m.role_id WHERE "
                                                "m.user_id = ? AND r.account_id = ?"),
                                 {admin.value().id, accountId}, "recording a backup access test");
        !done) {
        return done;
    }
    if (!q.next()) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 holds no administrator role in %2.").arg(admin.value().email, account.value().code)};
    }
    q.finish();
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    const QString at = nowIso();
    if (auto done =
            execPrepared(q,
                         QStringLiteral("INSERT INTO backup_access_tests (account_id, admin_user_id, tested_at, "
                                        "login_ok, mfa_ok, permissions_ok, notes, recorded_by) VALUES (?, ?, ?, "
                                        "?, ?, ?, ?, ?)"),
                         {accountId, admin.value().id, at, test.loginOk ? 1 : 0, test.mfaOk ? 1 : 0,
                          test.permissionsOk ? 1 : 0, test.notes.trimmed(), actor.auditName()},
                         "recording a backup access test");
        !done) {
        return done;
    }
    if (auto logged = m_audit.append(actor.auditName(), account.value().code, QStringLiteral("backup.access_test"),
                                     admin.value().email, {},
                                     QJsonObject {{QStringLiteral("login"), test.loginOk},
                                                  {QStringLiteral("mfa"), test.mfaOk},
                                                  {QStringLiteral("permissions"), test.permissionsOk},
                                                  {QStringLiteral("notes"), test.notes.trimmed()}});
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.accountsChanged(); });
}

Status HealthService::recordAccessReview(const Actor& actor, qint64 accountId, const QString& notes)
{
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::ManageAdministrators, accountId); !allowed) {
        return allowed;
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("INSERT INTO access_reviews (account_id, reviewed_at, reviewed_by, notes) "
                                        "VALUES (?, ?, ?, ?)"),
                         {accountId, nowIso(), actor.auditName(), notes.trimmed()}, "recording an access review");
        !done) {
        return done;
    }
    if (auto logged =
            m_audit.append(actor.auditName(), account.value().code, QStringLiteral("backup.access_review"),
                           account.value().code, {}, QJsonObject {{QStringLiteral("notes"), notes.trimmed()}});
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.accountsChanged(); });
}

} // namespace warden
