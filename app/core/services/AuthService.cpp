#include "AuthService.h"

#include "../Logging.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/EmailAddress.h"
#include "../domain/IpRange.h"
#include "../security/DatabaseSecrets.h"
#include "../security/PasswordHasher.h"
#include "../security/Totp.h"
#include "../storage/AccountStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"
#include "../storage/SignInStore.h"
#include "../write/WritePath.h"
#include "AccountService.h"
#include "DirectoryService.h"

#include <QDateTime>
#include <QJsonObject>

namespace warden {

namespace {

const QString kIssuer = QStringLiteral("Warden");

Refusal badCredentials()
{
    return Refusal {Refusal::Kind::Authentication,
                    AuthService::tr("The email address, password or one-time code is not correct.")};
}

} // namespace

AuthService::AuthService(Database& database, DatabaseSecrets& secrets, WritePath& writes, AccountService& accounts,
                         DirectoryService& directory, Clock clock)
    : m_database(database)
    , m_secrets(secrets)
    , m_writes(writes)
    , m_accounts(accounts)
    , m_directory(directory)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{ }

Result<bool> AuthService::needsFirstRun() const
{
    auto count = SignInStore(m_database).administratorCount();
    if (!count) {
        return count.refusal();
    }
    return count.value() == 0;
}

Result<FirstRunEnrollment> AuthService::startFirstRun(const QString& email, const QString& displayName,
                                                      const QString& accountCode, const QString& accountName) const
{
    auto needed = needsFirstRun();
    if (!needed) {
        return needed.refusal();
    }
    if (!needed.value()) {
        return Refusal {Refusal::Kind::Conflict, tr("This database already has administrators; sign in instead.")};
    }
    if (!EmailAddress::isValid(email.trimmed())) {
        return Refusal {Refusal::Kind::BadInput, tr("\"%1\" is not a valid email address.").arg(email.trimmed())};
    }
    if (accountCode.trimmed().isEmpty() || accountName.simplified().isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("The first account needs a code and a name.")};
    }
    FirstRunEnrollment enrollment;
    enrollment.email = email.trimmed();
    enrollment.displayName = displayName.simplified();
    enrollment.accountCode = accountCode.trimmed();
    enrollment.accountName = accountName.simplified();
    enrollment.totpSecret = SecretBytes(Totp::generateSecret());
    enrollment.otpauthUri = Totp::otpauthUri(kIssuer, enrollment.email, enrollment.totpSecret.bytes());
    return enrollment;
}

Result<Actor> AuthService::completeFirstRun(const FirstRunEnrollment& enrollment, const QString& password,
                                            const QString& code)
{
    if (const QString problem = PasswordHasher::policyProblem(password); !problem.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, problem};
    }
    if (!Totp::matchingStep(enrollment.totpSecret.bytes(), code, now())) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("That one-time code does not match. Check the authenticator app's clock and enter the "
                           "current code.")};
    }
    return m_writes.run(WriteScope::unchecked(QStringLiteral("system"), 0), [&](Write& write) -> Result<Actor> {
        auto needed = needsFirstRun();
        if (!needed) {
            return needed.refusal();
        }
        if (!needed.value()) {
            return Refusal {Refusal::Kind::Conflict, tr("This database already has administrators; sign in instead.")};
        }
        const Actor system = Actor::system();
        auto account = m_accounts.create(system, enrollment.accountCode, enrollment.accountName, AccountKind::Standard);
        if (!account) {
            return account.refusal();
        }
        if (auto added = m_accounts.addDomain(system, account.value().id, EmailAddress::domainOf(enrollment.email));
            !added) {
            return added.refusal();
        }
        User user;
        user.email = enrollment.email;
        user.displayName = enrollment.displayName;
        auto created = m_directory.addUser(system, account.value().id, user);
        if (!created) {
            return created.refusal();
        }
        auto superRole = RoleStore(m_database).roleByName(account.value().id, QStringLiteral("Super Administrator"));
        if (!superRole) {
            return superRole.refusal();
        }
        if (auto added =
                RoleStore::MemberAdder(m_database, superRole.value().id, system.auditName()).add(created.value().id);
            !added) {
            return added.refusal();
        }
        if (auto enrolled = enrollLocalPassword(system, enrollment.email, password, enrollment.totpSecret.bytes());
            !enrolled) {
            return enrolled.refusal();
        }
        // The confirmation code counts as used.
        const qint64 step = Totp::matchingStep(enrollment.totpSecret.bytes(), code, now()).value_or(0);
        if (auto done = SignInStore(m_database).setLastStep(created.value().id, step); !done) {
            return done.refusal();
        }
        write.auditIn(account.value().code, QStringLiteral("setup.first_run"), enrollment.email, {},
                      QJsonObject {{QStringLiteral("role"), superRole.value().name},
                                   {QStringLiteral("authMethod"), QStringLiteral("local_password")}});
        return Actor {created.value().id, account.value().id, created.value().email, false, m_clientAddress};
    });
}

Result<QString> AuthService::enrollLocalPassword(const Actor& actor, const QString& email, const QString& password,
                                                 const QByteArray& totpSecret)
{
    if (!actor.isSystem) {
        return Refusal {Refusal::Kind::Denied, tr("Administrators are enrolled through Admin Management.")};
    }
    if (const QString problem = PasswordHasher::policyProblem(password); !problem.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, problem};
    }
    auto user = DirectoryStore(m_database).userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    auto hash = PasswordHasher::hash(password);
    if (!hash) {
        return hash.refusal();
    }
    return m_writes.run(WriteScope::unchecked(actor.auditName(), 0), [&](Write&) -> Result<QString> {
        if (auto done =
                SignInStore(m_database).enrollLocalPassword(user.value().id, hash.value(), m_secrets.seal(totpSecret));
            !done) {
            return done.refusal();
        }
        return Totp::otpauthUri(kIssuer, user.value().email, totpSecret);
    });
}

Status AuthService::admitsClientAddress(qint64 accountId) const
{
    auto stored = AccountStore(m_database).ipAllowList(accountId);
    if (!stored) {
        return stored.refusal();
    }
    const QList<IpRange> ranges = parseAllowList(stored.value());
    const auto client = parseClientAddress(m_clientAddress);
    if (allowListPermits(ranges, client ? client.value() : QHostAddress())) {
        return {};
    }
    return Refusal {Refusal::Kind::Authentication,
                    m_clientAddress.isEmpty()
                        ? tr("Your account admits administrators only from its IP allow-list, and the address this "
                             "console connects from is unknown.")
                        : tr("Your account admits administrators only from its IP allow-list; this console connects "
                             "from %1, which is not in it.")
                              .arg(m_clientAddress)};
}

QString AuthService::lockedUntilAfter(int attempts, qint64 now)
{
    if (attempts < kFreeAttempts) {
        return {};
    }
    // 1, 2, 4 ... minutes, at most an hour.
    const int minutes = std::min(60, 1 << std::min(6, attempts - kFreeAttempts));
    return QDateTime::fromSecsSinceEpoch(now + qint64(minutes) * 60, Qt::UTC).toString(Qt::ISODate);
}

Status AuthService::recordFailure(const QString& email, qint64 userId, int failedAttempts, const QString& reason)
{
    return m_writes.run(WriteScope::unchecked(email.trimmed(), 0), [&](Write& write) -> Status {
        if (userId != 0) {
            const int attempts = failedAttempts + 1;
            const QString lockedUntil = lockedUntilAfter(attempts, now());
            if (auto done = SignInStore(m_database).setThrottle(userId, attempts, lockedUntil); !done) {
                return done;
            }
        }
        // The failure belongs to the account of the address tried (or of its domain), so that the
        // account's auditors see it; an address of no account stays with the system.
        auto accountCode = DirectoryStore(m_database).accountCodeOfAddress(email);
        if (!accountCode) {
            return accountCode.refusal();
        }
        QJsonObject after {{QStringLiteral("reason"), reason}};
        if (!m_clientAddress.isEmpty()) {
            after.insert(QStringLiteral("address"), m_clientAddress);
        }
        write.auditIn(accountCode.value(), QStringLiteral("signin.failed"), email.trimmed(), {}, after);
        logger("core.auth")->warn("sign-in failed: {}", reason.toStdString());
        return {};
    });
}

Status AuthService::refuseWhileLocked(const QString& email, int failedAttempts, const QDateTime& lockedUntil)
{
    if (!lockedUntil.isValid() || lockedUntil.toSecsSinceEpoch() <= now()) {
        return {};
    }
    const qint64 minutes = (lockedUntil.toSecsSinceEpoch() - now() + 59) / 60;
    if (auto recorded = recordFailure(email, 0, failedAttempts, QStringLiteral("locked")); !recorded) {
        return recorded;
    }
    return Refusal {Refusal::Kind::Authentication,
                    tr("Too many failed sign-ins. Try again in %n minute(s).", nullptr, int(minutes))};
}

Result<PendingEnrollment> AuthService::beginEnrollment(const QString& email, const QString& password)
{
    auto found = SignInStore(m_database).recordByEmail(email);
    if (!found) {
        return found.refusal();
    }
    if (!found.value()) {
        if (auto recorded = recordFailure(email, 0, 0, QStringLiteral("unknown administrator")); !recorded) {
            return recorded.refusal();
        }
        return badCredentials();
    }
    const SignInRecord& record = *found.value();
    PendingEnrollment enrollment;
    enrollment.userId = record.userId;
    enrollment.email = record.email;
    const bool disabled = record.disabled;
    const bool localPassword = record.method == QLatin1String("local_password");
    const QString& hash = record.passwordHash;
    const bool enrolled = !record.sealedTotpSecret.isEmpty();
    enrollment.needsNewPassword = record.mustChangePassword;
    const int failedAttempts = record.failedAttempts;
    const QDateTime& lockedUntil = record.lockedUntil;
    if (auto open = refuseWhileLocked(email, failedAttempts, lockedUntil); !open) {
        return open.refusal();
    }
    if (!localPassword || !PasswordHasher::verify(hash, password)) {
        if (auto recorded = recordFailure(email, localPassword ? enrollment.userId : 0, failedAttempts,
                                          QStringLiteral("wrong password at enrollment"));
            !recorded) {
            return recorded.refusal();
        }
        return badCredentials();
    }
    if (disabled) {
        return Refusal {Refusal::Kind::Authentication, tr("This administrator is disabled.")};
    }
    if (enrolled && !enrollment.needsNewPassword) {
        return Refusal {
            Refusal::Kind::Conflict,
            tr("%1 is already enrolled; sign in with the password and a one-time code.").arg(enrollment.email)};
    }
    enrollment.totpSecret = SecretBytes(Totp::generateSecret());
    enrollment.otpauthUri = Totp::otpauthUri(kIssuer, enrollment.email, enrollment.totpSecret.bytes());
    return enrollment;
}

Result<Actor> AuthService::completeEnrollment(const PendingEnrollment& enrollment, const QString& newPassword,
                                              const QString& code)
{
    if (enrollment.needsNewPassword) {
        if (const QString problem = PasswordHasher::policyProblem(newPassword); !problem.isEmpty()) {
            return Refusal {Refusal::Kind::BadInput, problem};
        }
    }
    const auto step = Totp::matchingStep(enrollment.totpSecret.bytes(), code, now());
    if (!step) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("That one-time code does not match. Check the authenticator app's clock and enter the "
                           "current code.")};
    }
    auto user = DirectoryStore(m_database).user(enrollment.userId);
    if (!user) {
        return user.refusal();
    }
    if (auto admitted = admitsClientAddress(user.value().accountId); !admitted) {
        (void)recordFailure(enrollment.email, 0, 0, QStringLiteral("address not allowed at enrollment"));
        return admitted.refusal();
    }
    return m_writes.run(
        WriteScope::unchecked(user.value().email, user.value().accountId), [&](Write& write) -> Result<Actor> {
            // The state must still be the one the enrollment began from (no reset or
            // enrollment since).
            auto current = SignInStore(m_database).recordOfUser(enrollment.userId);
            if (!current) {
                return current.refusal();
            }
            if (!current.value() || current.value()->method != QLatin1String("local_password")
                || current.value()->mustChangePassword != enrollment.needsNewPassword
                || (!enrollment.needsNewPassword && !current.value()->sealedTotpSecret.isEmpty())) {
                return Refusal {Refusal::Kind::Conflict,
                                tr("Your sign-in details changed while you "
                                   "were enrolling; sign in again.")};
            }
            QString newHash = current.value()->passwordHash;
            if (enrollment.needsNewPassword) {
                if (PasswordHasher::verify(newHash, newPassword)) {
                    return Refusal {Refusal::Kind::BadInput,
                                    tr("Choose a new password; the temporary one cannot be kept.")};
                }
                auto hashed = PasswordHasher::hash(newPassword);
                if (!hashed) {
                    return hashed.refusal();
                }
                newHash = hashed.value();
            }
            if (auto done = SignInStore(m_database)
                                .completeEnrollment(enrollment.userId, newHash,
                                                    m_secrets.seal(enrollment.totpSecret.bytes()), *step);
                !done) {
                return done.refusal();
            }
            write.audit(QStringLiteral("signin.enrolled"), user.value().email, {},
                        QJsonObject {{QStringLiteral("newPassword"), enrollment.needsNewPassword},
                                     {QStringLiteral("secondFactor"), QStringLiteral("totp")}});
            return Actor {user.value().id, user.value().accountId, user.value().email, false, m_clientAddress};
        });
}

Status AuthService::reauthenticate(const Actor& actor, const QString& password, const QString& code)
{
    if (actor.isSystem || actor.userId == 0) {
        return Refusal {Refusal::Kind::Authentication, tr("Only a signed-in administrator can confirm with a code.")};
    }
    auto found = SignInStore(m_database).recordOfUser(actor.userId);
    if (!found) {
        return found.refusal();
    }
    if (!found.value() || found.value()->method != QLatin1String("local_password")
        || found.value()->sealedTotpSecret.isEmpty()) {
        return Refusal {
            Refusal::Kind::Authentication,
            tr("Confirming needs a Warden password and an enrolled authenticator; %1 has none.").arg(actor.email)};
    }
    const QString hash = found.value()->passwordHash;
    const QString sealedSecret = found.value()->sealedTotpSecret;
    const qint64 lastStep = found.value()->lastStep;
    const int failedAttempts = found.value()->failedAttempts;
    const QDateTime lockedUntil = found.value()->lockedUntil;
    if (auto open = refuseWhileLocked(actor.email, failedAttempts, lockedUntil); !open) {
        return open;
    }
    const Refusal wrong {Refusal::Kind::Authentication,
                         tr("The password or one-time code is not correct; nothing was done.")};
    if (!PasswordHasher::verify(hash, password)) {
        if (auto recorded = recordFailure(actor.email, actor.userId, failedAttempts,
                                          QStringLiteral("wrong password when confirming"));
            !recorded) {
            return recorded;
        }
        return wrong;
    }
    if (auto current = m_secrets.ensureCurrent(); !current) {
        return current;
    }
    auto secret = m_secrets.unseal(sealedSecret);
    if (!secret) {
        return secret.refusal();
    }
    const SecretBytes totpSecret(std::move(secret).value());
    const auto step = Totp::matchingStep(totpSecret.bytes(), code, now());
    if (!step || *step <= lastStep) {
        if (auto recorded = recordFailure(actor.email, actor.userId, failedAttempts,
                                          step ? QStringLiteral("reused code when confirming")
                                               : QStringLiteral("wrong code when confirming"));
            !recorded) {
            return recorded;
        }
        return step ? Refusal {Refusal::Kind::Authentication,
                               tr("That one-time code was already used. Wait for the next code and try again.")}
                    : wrong;
    }
    // Spend the code only if no one else spent a later one meanwhile.
    return m_writes.run(WriteScope::unchecked(actor.email, 0), [&](Write&) -> Status {
        auto spent = SignInStore(m_database).spendCode(actor.userId, *step);
        if (!spent) {
            return spent.refusal();
        }
        if (!spent.value()) {
            return Refusal {Refusal::Kind::Authentication,
                            tr("That one-time code was already used. Wait for the next code and try again.")};
        }
        return {};
    });
}

Result<Actor> AuthService::signIn(const QString& email, const QString& password, const QString& code)
{
    auto found = SignInStore(m_database).recordByEmail(email);
    if (!found) {
        return found.refusal();
    }
    if (!found.value()) {
        // Spend the same time as a real check so response time does not reveal who exists.
        static const QString dummyHash = PasswordHasher::hash(QStringLiteral("timing-equaliser")).value();
        (void)PasswordHasher::verify(dummyHash, password);
        if (auto recorded = recordFailure(email, 0, 0, QStringLiteral("unknown administrator")); !recorded) {
            return recorded.refusal();
        }
        return badCredentials();
    }
    const SignInRecord& record = *found.value();
    auto step = checkCredentials(record, email, password, code);
    if (!step) {
        return step.refusal();
    }
    return admit(record, email, step.value());
}

Result<qint64> AuthService::checkCredentials(const SignInRecord& record, const QString& email, const QString& password,
                                             const QString& code)
{
    if (auto open = refuseWhileLocked(email, record.failedAttempts, record.lockedUntil); !open) {
        return open.refusal();
    }
    const auto failed = [&](qint64 userId, const char* reason, const Refusal& refusal) -> Result<qint64> {
        if (auto recorded = recordFailure(email, userId, record.failedAttempts, QString::fromLatin1(reason));
            !recorded) {
            return recorded.refusal();
        }
        return refusal;
    };
    if (record.method != QLatin1String("local_password")) {
        (void)recordFailure(email, 0, record.failedAttempts, QStringLiteral("sso administrator"));
        return Refusal {
            Refusal::Kind::Authentication,
            tr("%1 signs in through the organisation's identity provider (SSO), not with a Warden password.")
                .arg(record.email)};
    }
    if (!PasswordHasher::verify(record.passwordHash, password)) {
        return failed(record.userId, "wrong password", badCredentials());
    }
    if (record.mustChangePassword || record.sealedTotpSecret.isEmpty()) {
        return Refusal {Refusal::Kind::EnrollmentRequired,
                        record.mustChangePassword
                            ? tr("This is a temporary password. Set your own password and enroll your authenticator "
                                 "app to finish signing in.")
                            : tr("Enroll your authenticator app to finish signing in.")};
    }
    if (auto current = m_secrets.ensureCurrent(); !current) {
        return current.refusal();
    }
    auto secret = m_secrets.unseal(record.sealedTotpSecret);
    if (!secret) {
        return secret.refusal();
    }
    const SecretBytes totpSecret(std::move(secret).value());
    const auto step = Totp::matchingStep(totpSecret.bytes(), code, now());
    if (!step) {
        return failed(record.userId, "wrong code", badCredentials());
    }
    if (*step <= record.lastStep) {
        return failed(record.userId, "reused code",
                      Refusal {Refusal::Kind::Authentication,
                               tr("That one-time code was already used. Wait for the next code and try again.")});
    }
    if (record.disabled) {
        (void)recordFailure(email, 0, record.failedAttempts, QStringLiteral("disabled"));
        return Refusal {Refusal::Kind::Authentication, tr("This administrator is disabled.")};
    }
    return *step;
}

Result<Actor> AuthService::admit(const SignInRecord& record, const QString& email, qint64 step)
{
    // The administrator's own account's IP allow-list; the allow-lists of the other accounts they
    // act in apply to each action (Authorizer). Checked after the credentials so a stranger
    // cannot probe the allow-list, and the code counts as spent either way.
    if (auto admitted = admitsClientAddress(record.accountId); !admitted) {
        // The spent code and the audited failure together.
        if (auto recorded = m_writes.run(
                WriteScope::unchecked(record.email, 0),
                [&](Write&) -> Status {
                    if (auto done = SignInStore(m_database).setLastStep(record.userId, step); !done) {
                        return done;
                    }
                    return recordFailure(email, 0, record.failedAttempts, QStringLiteral("address not allowed"));
                });
            !recorded) {
            return recorded.refusal();
        }
        return admitted.refusal();
    }
    auto signedIn =
        m_writes.run(WriteScope::unchecked(record.email, record.accountId), [&](Write& write) -> Result<Actor> {
            if (auto done = SignInStore(m_database).recordSignIn(record.userId, step); !done) {
                return done.refusal();
            }
            write.audit(QStringLiteral("signin.success"), record.email);
            const Actor actor {record.userId, record.accountId, record.email, false, m_clientAddress};
            if (m_onSignedIn) {
                if (auto noted = m_onSignedIn(actor); !noted) {
                    return noted.refusal();
                }
            }
            return actor;
        });
    if (signedIn) {
        logger("core.auth")->info("signed in");
    }
    return signedIn;
}

} // namespace warden
