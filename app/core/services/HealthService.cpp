#include "HealthService.h"

#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../storage/AccountStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/HealthStore.h"
#include "../write/WritePath.h"
#include "BackupCredentialService.h"

#include <QDateTime>
#include <QJsonObject>

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

qint64 daysSince(const QString& iso, qint64 now)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? (now - at.toSecsSinceEpoch()) / 86400 : -1;
}

} // namespace

/// The account's administrators sorted into what the rules count.
struct HealthService::Roster
{
    QStringList personSupers;
    QStringList backupSupers;
    QStringList fullAdmins;
    QStringList withoutSignIn;
    QStringList withoutSecondFactor;
    QStringList backupsWithoutPassword;
    QStringList everyone;
    QList<AdministratorFacts> backups; ///< each backup account once

    explicit Roster(const QList<AdministratorFacts>& admins)
    {
        for (const AdministratorFacts& admin : admins) {
            if (admin.builtInKey == BuiltInRoles::kSuperAdministrator) {
                (admin.isBackup ? backupSupers : personSupers).append(admin.email);
                if (admin.isBackup && (admin.method != QLatin1String("local_password") || !admin.hasPassword)) {
                    backupsWithoutPassword.append(admin.email);
                }
            } else if (admin.builtInKey == BuiltInRoles::kFullAdministrator) {
                fullAdmins.append(admin.email);
            }
            if (everyone.contains(admin.email)) {
                continue;
            }
            everyone.append(admin.email);
            if (admin.isBackup) {
                backups.append(admin);
            }
            if (!admin.hasSignIn) {
                withoutSignIn.append(admin.email);
            } else if (admin.method == QLatin1String("local_password") && !admin.hasSecondFactor) {
                withoutSecondFactor.append(admin.email);
            }
        }
    }
};

HealthService::HealthService(Database& database, Authorizer& authorizer, WritePath& writes,
                             const BackupCredentialService& backups, Clock clock)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_writes(writes)
    , m_backups(backups)
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
    HealthStore store(m_database);
    auto admins = store.administratorFacts(accountId);
    if (!admins) {
        return admins.refusal();
    }
    const Roster roster(admins.value());
    auto users = DirectoryStore(m_database).count(accountId);
    if (!users) {
        return users.refusal();
    }
    auto tested = accessTestCheck(accountId);
    if (!tested) {
        return tested.refusal();
    }
    auto reviewed = reviewCheck(accountId);
    if (!reviewed) {
        return reviewed.refusal();
    }
    health.checks = {minimumCheck(roster),  enhancedCheck(roster, users.value()),
                     twoStepCheck(roster),  localPasswordCheck(roster),
                     keychainCheck(roster), tested.value(),
                     reviewed.value()};
    const QString dayAgo = AuditLog::timestamp(QDateTime::fromSecsSinceEpoch(m_clock() - 86400, Qt::UTC));
    auto failed = store.auditEntriesSince(health.accountCode, QStringLiteral("signin.failed"), dayAgo);
    if (!failed) {
        return failed.refusal();
    }
    health.failedSignIns = failed.value();
    return health;
}

HealthCheck HealthService::minimumCheck(const Roster& roster) const
{
    // Minimum: 2 person-specific Super Administrators, or 1 person-specific + 1 backup.
    HealthCheck minimum {QStringLiteral("minimum-super-admins"),
                         tr("Minimum Super Administrators"),
                         HealthState::Pass,
                         tr("%1 person-specific and %2 backup Super Administrator(s).")
                             .arg(roster.personSupers.size())
                             .arg(roster.backupSupers.size()),
                         {}};
    if (roster.personSupers.size() < 2 && !(!roster.personSupers.isEmpty() && !roster.backupSupers.isEmpty())) {
        minimum.state = HealthState::Fail;
        minimum.fix = roster.personSupers.isEmpty()
            ? tr("No person-specific Super Administrator: request one through a change request, plus a second or a "
                 "backup system account.")
            : tr("Only one person-specific Super Administrator: add a second, or a backup system account.");
    }
    return minimum;
}

HealthCheck HealthService::enhancedCheck(const Roster& roster, qint64 users) const
{
    // Enhanced coverage for large accounts: 1 primary + 2 backup Super Administrators + 2-3 Full.
    HealthCheck enhanced {
        QStringLiteral("enhanced-coverage"), tr("Enhanced coverage (large accounts)"), HealthState::Pass, {}, {}};
    const bool enhancedMet =
        !roster.personSupers.isEmpty() && roster.backupSupers.size() >= 2 && roster.fullAdmins.size() >= 2;
    enhanced.detail = tr("%1 users; %2 person-specific and %3 backup Super Administrators, %4 Full "
                         "Administrators.")
                          .arg(users)
                          .arg(roster.personSupers.size())
                          .arg(roster.backupSupers.size())
                          .arg(roster.fullAdmins.size());
    if (users >= kLargeAccountUsers && !enhancedMet) {
        enhanced.state = HealthState::Warning;
        enhanced.fix = tr("Accounts of %1 users or more should have 1 primary and 2 backup Super Administrators "
                          "and 2–3 Full Administrators.")
                           .arg(kLargeAccountUsers);
    }
    return enhanced;
}

HealthCheck HealthService::twoStepCheck(const Roster& roster) const
{
    HealthCheck twoStep {QStringLiteral("two-step-authentication"),
                         tr("Two-step authentication for every admin"),
                         HealthState::Pass,
                         tr("%n administrator(s) checked; SSO administrators use the identity provider's second "
                            "factor.",
                            nullptr, int(roster.everyone.size())),
                         {}};
    if (!roster.withoutSignIn.isEmpty() || !roster.withoutSecondFactor.isEmpty()) {
        twoStep.state = HealthState::Fail;
        QStringList problems;
        if (!roster.withoutSignIn.isEmpty()) {
            problems.append(tr("no sign-in method recorded: %1").arg(roster.withoutSignIn.join(QStringLiteral(", "))));
        }
        if (!roster.withoutSecondFactor.isEmpty()) {
            problems.append(
                tr("password without a second factor: %1").arg(roster.withoutSecondFactor.join(QStringLiteral(", "))));
        }
        twoStep.detail = problems.join(QStringLiteral("; "));
        twoStep.fix = tr("Enroll each of them in Admin Management (SSO, or a local password with TOTP).");
    }
    return twoStep;
}

HealthCheck HealthService::localPasswordCheck(const Roster& roster) const
{
    HealthCheck localPassword {QStringLiteral("backup-local-password"),
                               tr("Backup accounts have a local password"),
                               HealthState::Pass,
                               roster.backupSupers.isEmpty()
                                   ? tr("No backup account.")
                                   : tr("Backup accounts: %1").arg(roster.backupSupers.join(QStringLiteral(", "))),
                               {}};
    if (!roster.backupsWithoutPassword.isEmpty()) {
        localPassword.state = HealthState::Fail;
        localPassword.detail =
            tr("Without a local (cloud) password: %1").arg(roster.backupsWithoutPassword.join(QStringLiteral(", ")));
        localPassword.fix = tr("Give backup accounts a local password with TOTP so they survive an SSO or directory "
                               "outage.");
    }
    return localPassword;
}

HealthCheck HealthService::keychainCheck(const Roster& roster) const
{
    // The break-glass password must be where it can be retrieved in an outage: the OS keychain.
    QStringList missingCredentials;
    QString keychainProblem;
    for (const AdministratorFacts& admin : roster.backups) {
        auto stored = m_backups.hasBackupCredential(admin.userId);
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
                            roster.backups.isEmpty() ? tr("No backup account.")
                                                     : tr("%n backup credential(s) found in the keychain.", nullptr,
                                                          int(roster.backups.size())),
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
    return inKeychain;
}

Result<HealthCheck> HealthService::accessTestCheck(qint64 accountId) const
{
    HealthCheck tested {QStringLiteral("backup-access-tested"),
                        tr("Backup access tested within %n days", nullptr, kAccessTestDays),
                        HealthState::Pass,
                        {},
                        {}};
    auto latest = HealthStore(m_database).latestAccessTest(accountId);
    if (!latest) {
        return latest.refusal();
    }
    if (!latest.value()) {
        tested.state = HealthState::Fail;
        tested.detail = tr("No backup access test is recorded.");
        tested.fix = tr("Sign in as a backup account (login, second factor, permissions) and record the result.");
        return tested;
    }
    const AccessTestRecord& test = *latest.value();
    const qint64 age = daysSince(test.testedAt, m_clock());
    tested.detail = tr("Last test %n day(s) ago, of %1: %2.", nullptr, int(age))
                        .arg(test.adminEmail, test.passed ? tr("passed") : tr("failed"));
    if (!test.passed) {
        tested.state = HealthState::Fail;
        tested.fix = tr("The last backup access test failed: fix the backup account and test again.");
    } else if (age > kAccessTestDays) {
        tested.state = HealthState::Fail;
        tested.fix = tr("Test backup access again (login, second factor, permissions) and record the result.");
    }
    return tested;
}

Result<HealthCheck> HealthService::reviewCheck(qint64 accountId) const
{
    HealthCheck reviewed {
        QStringLiteral("access-reviewed"), tr("Access list reviewed this quarter"), HealthState::Pass, {}, {}};
    auto latest = HealthStore(m_database).latestAccessReview(accountId);
    if (!latest) {
        return latest.refusal();
    }
    if (!latest.value()) {
        reviewed.state = HealthState::Fail;
        reviewed.detail = tr("No access review is recorded.");
        reviewed.fix = tr("Review who holds which administrator role and record the review.");
        return reviewed;
    }
    const qint64 age = daysSince(latest.value()->reviewedAt, m_clock());
    reviewed.detail = tr("Last reviewed %n day(s) ago by %1.", nullptr, int(age)).arg(latest.value()->reviewedBy);
    if (age > kReviewDays) {
        reviewed.state = HealthState::Fail;
        reviewed.fix = tr("Review the administrator list again; the last review is older than a quarter.");
    }
    return reviewed;
}

Status HealthService::recordAccessTest(const Actor& actor, qint64 accountId, const BackupAccessTest& test)
{
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::ManageAdministrators, accountId); !allowed) {
        return allowed;
    }
    auto admin = DirectoryStore(m_database).userByEmail(test.adminEmail);
    if (!admin) {
        return admin.refusal();
    }
    HealthStore store(m_database);
    auto holds = store.holdsRoleIn(admin.value().id, accountId);
    if (!holds) {
        return holds.refusal();
    }
    if (!holds.value()) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 holds no administrator role in %2.").arg(admin.value().email, account.value().code)};
    }
    return m_writes.run(
        WriteScope::checked(actor, Action::ManageAdministrators, accountId), [&](Write& write) -> Status {
            if (auto done = store.insertAccessTest(accountId, admin.value().id, test, nowIso(), actor.auditName());
                !done) {
                return done;
            }
            write.audit(QStringLiteral("backup.access_test"), admin.value().email, {},
                        QJsonObject {{QStringLiteral("login"), test.loginOk},
                                     {QStringLiteral("mfa"), test.mfaOk},
                                     {QStringLiteral("permissions"), test.permissionsOk},
                                     {QStringLiteral("notes"), test.notes.trimmed()}});
            write.changed(Changed::Accounts);
            return {};
        });
}

Status HealthService::recordAccessReview(const Actor& actor, qint64 accountId, const QString& notes)
{
    return m_writes.run(
        WriteScope::checked(actor, Action::ManageAdministrators, accountId), [&](Write& write) -> Status {
            if (auto done =
                    HealthStore(m_database).insertAccessReview(accountId, nowIso(), actor.auditName(), notes.trimmed());
                !done) {
                return done;
            }
            write.audit(QStringLiteral("backup.access_review"), write.accountCode(), {},
                        QJsonObject {{QStringLiteral("notes"), notes.trimmed()}});
            write.changed(Changed::Accounts);
            return {};
        });
}

} // namespace warden
