#include "AuthService.h"

#include "../Logging.h"
#include "../audit/AuditLog.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/EmailAddress.h"
#include "../domain/IpRange.h"
#include "../security/DatabaseSecrets.h"
#include "../security/PasswordHasher.h"
#include "../security/Totp.h"
#include "../storage/AccountStore.h"
#include "../storage/Database.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"
#include "AccountService.h"
#include "DirectoryService.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace warden {

namespace {

const QString kIssuer = QStringLiteral("Warden");

Refusal badCredentials()
{
    return Refusal {Refusal::Kind::Authentication,
                    AuthService::tr("The email address, password or one-time code is not correct.")};
}

} // namespace

AuthService::AuthService(Database& database, const DatabaseSecrets& secrets, AuditLog& audit, AccountService& accounts,
                         DirectoryService& directory, Clock clock)
    : m_database(database)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_accounts(accounts)
    , m_directory(directory)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{ }

Result<bool> AuthService::needsFirstRun() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM administrators"))) {
        return storageRefusal(q.lastError(), "checking for administrators");
    }
    return q.next() && q.value(0).toLongLong() == 0;
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
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
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
    QSqlQuery member(m_database.connection());
    if (auto done =
            execPrepared(member,
                         QStringLiteral("INSERT INTO role_members (role_id, user_id, added_at, added_by) VALUES "
                                        "(?, ?, ?, 'system')"),
                         {superRole.value().id, created.value().id, DirectoryStore::now()}, "adding the first admin");
        !done) {
        return done.refusal();
    }
    if (auto enrolled = enrollLocalPassword(system, enrollment.email, password, enrollment.totpSecret.bytes());
        !enrolled) {
        return enrolled.refusal();
    }
    // The confirmation code counts as used.
    QSqlQuery used(m_database.connection());
    if (auto done = execPrepared(
            used, QStringLiteral("UPDATE administrators SET totp_last_step = ? WHERE user_id = ?"),
            {Totp::matchingStep(enrollment.totpSecret.bytes(), code, now()).value_or(0), created.value().id},
            "recording the code");
        !done) {
        return done.refusal();
    }
    if (auto logged = m_audit.append(QStringLiteral("system"), account.value().code, QStringLiteral("setup.first_run"),
                                     enrollment.email, {},
                                     QJsonObject {{QStringLiteral("role"), superRole.value().name},
                                                  {QStringLiteral("authMethod"), QStringLiteral("local_password")}});
        !logged) {
        return logged.refusal();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.refusal();
    }
    return Actor {created.value().id, account.value().id, created.value().email, false, m_clientAddress};
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
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("INSERT INTO administrators (user_id, auth_method, password_hash, "
                                        "totp_secret) VALUES (?, 'local_password', ?, ?) ON CONFLICT (user_id) "
                                        "DO UPDATE SET auth_method = excluded.auth_method, password_hash = "
                                        "excluded.password_hash, totp_secret = excluded.totp_secret, "
                                        "totp_last_step = 0, failed_attempts = 0, locked_until = ''"),
                         {user.value().id, hash.value(), m_secrets.seal(totpSecret)}, "enrolling an administrator");
        !done) {
        return done.refusal();
    }
    return Totp::otpauthUri(kIssuer, user.value().email, totpSecret);
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

Status AuthService::recordFailure(const QString& email, qint64 userId, int failedAttempts, const QString& reason)
{
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    if (userId != 0) {
        const int attempts = failedAttempts + 1;
        QString lockedUntil;
        if (attempts >= kFreeAttempts) {
            // 1, 2, 4 ... minutes, at most an hour.
            const int minutes = std::min(60, 1 << std::min(6, attempts - kFreeAttempts));
            lockedUntil = QDateTime::fromSecsSinceEpoch(now() + qint64(minutes) * 60, Qt::UTC).toString(Qt::ISODate);
        }
        QSqlQuery q(m_database.connection());
        if (auto done = execPrepared(q,
                                     QStringLiteral("UPDATE administrators SET failed_attempts = ?, locked_until = ? "
                                                    "WHERE user_id = ?"),
                                     {attempts, lockedUntil, userId}, "recording a failed sign-in");
            !done) {
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
    if (auto logged = m_audit.append(email.trimmed(), accountCode.value(), QStringLiteral("signin.failed"),
                                     email.trimmed(), {}, after);
        !logged) {
        return logged;
    }
    logger("core.auth")->warn("sign-in failed: {}", reason.toStdString());
    return tx.commit();
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
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT u.id, u.email, u.disabled, a.auth_method, a.password_hash, "
                                                "a.totp_secret, a.must_change_password, a.failed_attempts, "
                                                "a.locked_until FROM users u JOIN administrators a ON a.user_id = "
                                                "u.id WHERE u.email_key = ?"),
                                 {DirectoryStore::emailKey(email)}, "starting enrollment");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        if (auto recorded = recordFailure(email, 0, 0, QStringLiteral("unknown administrator")); !recorded) {
            return recorded.refusal();
        }
        return badCredentials();
    }
    PendingEnrollment enrollment;
    enrollment.userId = q.value(0).toLongLong();
    enrollment.email = q.value(1).toString();
    const bool disabled = q.value(2).toInt() != 0;
    const bool localPassword = q.value(3).toString() == QLatin1String("local_password");
    const QString hash = q.value(4).toString();
    const bool enrolled = !q.value(5).toString().isEmpty();
    enrollment.needsNewPassword = q.value(6).toInt() != 0;
    const int failedAttempts = q.value(7).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    q.finish();
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
    QString newHash;
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
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    // The state must still be the one the enrollment began from (no reset or enrollment since).
    QSqlQuery current(m_database.connection());
    if (auto done = execPrepared(current,
                                 QStringLiteral("SELECT password_hash, must_change_password, totp_secret FROM "
                                                "administrators WHERE user_id = ? AND auth_method = 'local_password'"),
                                 {enrollment.userId}, "checking the enrollment");
        !done) {
        return done.refusal();
    }
    if (!current.next() || (current.value(1).toInt() != 0) != enrollment.needsNewPassword
        || (!enrollment.needsNewPassword && !current.value(2).toString().isEmpty())) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("Your sign-in details changed while you were enrolling; sign in again.")};
    }
    newHash = current.value(0).toString();
    current.finish();
    if (enrollment.needsNewPassword) {
        if (PasswordHasher::verify(newHash, newPassword)) {
            return Refusal {Refusal::Kind::BadInput, tr("Choose a new password; the temporary one cannot be kept.")};
        }
        auto hashed = PasswordHasher::hash(newPassword);
        if (!hashed) {
            return hashed.refusal();
        }
        newHash = hashed.value();
    }
    QSqlQuery update(m_database.connection());
    if (auto done = execPrepared(
            update,
            QStringLiteral("UPDATE administrators SET password_hash = ?, totp_secret = ?, "
                           "totp_last_step = ?, must_change_password = 0, failed_attempts = 0, "
                           "locked_until = '', last_sign_in = ? WHERE user_id = ?"),
            {newHash, m_secrets.seal(enrollment.totpSecret.bytes()), *step, DirectoryStore::now(), enrollment.userId},
            "completing the enrollment");
        !done) {
        return done.refusal();
    }
    auto account = AccountStore(m_database).account(user.value().accountId);
    if (auto logged = m_audit.append(user.value().email, account ? account.value().code : QString(),
                                     QStringLiteral("signin.enrolled"), user.value().email, {},
                                     QJsonObject {{QStringLiteral("newPassword"), enrollment.needsNewPassword},
                                                  {QStringLiteral("secondFactor"), QStringLiteral("totp")}});
        !logged) {
        return logged.refusal();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.refusal();
    }
    return Actor {user.value().id, user.value().accountId, user.value().email, false, m_clientAddress};
}

Status AuthService::reauthenticate(const Actor& actor, const QString& password, const QString& code)
{
    if (actor.isSystem || actor.userId == 0) {
        return Refusal {Refusal::Kind::Authentication, tr("Only a signed-in administrator can confirm with a code.")};
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT auth_method, password_hash, totp_secret, totp_last_step, "
                                                "failed_attempts, locked_until FROM administrators WHERE user_id = ?"),
                                 {actor.userId}, "confirming who you are");
        !done) {
        return done.refusal();
    }
    if (!q.next() || q.value(0).toString() != QLatin1String("local_password") || q.value(2).toString().isEmpty()) {
        return Refusal {
            Refusal::Kind::Authentication,
            tr("Confirming needs a Warden password and an enrolled authenticator; %1 has none.").arg(actor.email)};
    }
    const QString hash = q.value(1).toString();
    const QString sealedSecret = q.value(2).toString();
    const qint64 lastStep = q.value(3).toLongLong();
    const int failedAttempts = q.value(4).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    q.finish();
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
    QSqlQuery spend(m_database.connection());
    if (auto done = execPrepared(spend,
                                 QStringLiteral("UPDATE administrators SET totp_last_step = ?, failed_attempts = 0, "
                                                "locked_until = '' WHERE user_id = ? AND totp_last_step < ?"),
                                 {*step, actor.userId, *step}, "spending the code");
        !done) {
        return done;
    }
    if (spend.numRowsAffected() != 1) {
        return Refusal {Refusal::Kind::Authentication,
                        tr("That one-time code was already used. Wait for the next code and try again.")};
    }
    return {};
}

Result<Actor> AuthService::signIn(const QString& email, const QString& password, const QString& code)
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT u.id, u.account_id, u.email, u.disabled, a.auth_method, "
                                        "a.password_hash, a.totp_secret, a.totp_last_step, a.failed_attempts, "
                                        "a.locked_until, a.must_change_password FROM users u JOIN administrators a "
                                        "ON a.user_id = u.id WHERE u.email_key = ?"),
                         {DirectoryStore::emailKey(email)}, "signing in");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        // Spend the same time as a real check so response time does not reveal who exists.
        static const QString dummyHash = PasswordHasher::hash(QStringLiteral("timing-equaliser")).value();
        (void)PasswordHasher::verify(dummyHash, password);
        if (auto recorded = recordFailure(email, 0, 0, QStringLiteral("unknown administrator")); !recorded) {
            return recorded.refusal();
        }
        return badCredentials();
    }
    const qint64 userId = q.value(0).toLongLong();
    const qint64 accountId = q.value(1).toLongLong();
    const QString storedEmail = q.value(2).toString();
    const bool disabled = q.value(3).toInt() != 0;
    const QString method = q.value(4).toString();
    const QString hash = q.value(5).toString();
    const QString sealedSecret = q.value(6).toString();
    const qint64 lastStep = q.value(7).toLongLong();
    const int failedAttempts = q.value(8).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    const bool mustChangePassword = q.value(10).toInt() != 0;
    q.finish();

    if (auto open = refuseWhileLocked(email, failedAttempts, lockedUntil); !open) {
        return open.refusal();
    }
    if (method != QLatin1String("local_password")) {
        (void)recordFailure(email, 0, failedAttempts, QStringLiteral("sso administrator"));
        return Refusal {
            Refusal::Kind::Authentication,
            tr("%1 signs in through the organisation's identity provider (SSO), not with a Warden password.")
                .arg(storedEmail)};
    }
    if (!PasswordHasher::verify(hash, password)) {
        if (auto recorded = recordFailure(email, userId, failedAttempts, QStringLiteral("wrong password")); !recorded) {
            return recorded.refusal();
        }
        return badCredentials();
    }
    if (mustChangePassword || sealedSecret.isEmpty()) {
        return Refusal {Refusal::Kind::EnrollmentRequired,
                        mustChangePassword
                            ? tr("This is a temporary password. Set your own password and enroll your authenticator "
                                 "app to finish signing in.")
                            : tr("Enroll your authenticator app to finish signing in.")};
    }
    auto secret = m_secrets.unseal(sealedSecret);
    if (!secret) {
        return secret.refusal();
    }
    SecretBytes totpSecret(std::move(secret).value());
    const auto step = Totp::matchingStep(totpSecret.bytes(), code, now());
    if (!step) {
        if (auto recorded = recordFailure(email, userId, failedAttempts, QStringLiteral("wrong code")); !recorded) {
            return recorded.refusal();
        }
        return badCredentials();
    }
    if (*step <= lastStep) {
        if (auto recorded = recordFailure(email, userId, failedAttempts, QStringLiteral("reused code")); !recorded) {
            return recorded.refusal();
        }
        return Refusal {Refusal::Kind::Authentication,
                        tr("That one-time code was already used. Wait for the next code and try again.")};
    }
    if (disabled) {
        (void)recordFailure(email, 0, failedAttempts, QStringLiteral("disabled"));
        return Refusal {Refusal::Kind::Authentication, tr("This administrator is disabled.")};
    }
    // The administrator's own account's IP allow-list; the allow-lists of the other accounts they
    // act in apply to each action (Authorizer). Checked after the credentials so a stranger
    // cannot probe the allow-list, and the code counts as spent either way.
    if (auto admitted = admitsClientAddress(accountId); !admitted) {
        Transaction refused(m_database); // the spent code and the audited failure together
        if (auto begun = refused.begin(); !begun) {
            return begun.refusal();
        }
        QSqlQuery spend(m_database.connection());
        if (auto done =
                execPrepared(spend, QStringLiteral("UPDATE administrators SET totp_last_step = ? WHERE user_id = ?"),
                             {*step, userId}, "recording the code");
            !done) {
            return done.refusal();
        }
        if (auto recorded = recordFailure(email, 0, failedAttempts, QStringLiteral("address not allowed")); !recorded) {
            return recorded.refusal();
        }
        if (auto committed = refused.commit(); !committed) {
            return committed.refusal();
        }
        return admitted.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    QSqlQuery update(m_database.connection());
    if (auto done = execPrepared(update,
                                 QStringLiteral("UPDATE administrators SET totp_last_step = ?, failed_attempts = 0, "
                                                "locked_until = '', last_sign_in = ? WHERE user_id = ?"),
                                 {*step, DirectoryStore::now(), userId}, "recording the sign-in");
        !done) {
        return done.refusal();
    }
    auto account = AccountStore(m_database).account(accountId);
    if (auto logged = m_audit.append(storedEmail, account ? account.value().code : QString(),
                                     QStringLiteral("signin.success"), storedEmail);
        !logged) {
        return logged.refusal();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.refusal();
    }
    logger("core.auth")->info("signed in");
    return Actor {userId, accountId, storedEmail, false, m_clientAddress};
}

} // namespace warden

namespace warden {

namespace {
QString tokenHash(const QByteArray& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}
} // namespace

Result<QByteArray> AuthService::openSession(const Actor& actor)
{
    if (actor.isSystem || actor.userId == 0) {
        return Refusal {Refusal::Kind::Authentication, tr("Only a signed-in administrator can open a session.")};
    }
    QByteArray token = Sodium::randomBytes(32).toHex();
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q,
            QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, "
                           "client_address) VALUES (?, ?, ?, ?, ?)"),
            {tokenHash(token), actor.userId, DirectoryStore::now(), now() + kSessionSeconds, actor.clientAddress},
            "opening a session");
        !done) {
        return done.refusal();
    }
    return token;
}

Result<Actor> AuthService::resumeSession(const QString& email, const QByteArray& token)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT u.id, u.account_id, u.email, u.disabled, s.expires_at, "
                                                "s.client_address FROM sessions s JOIN users u ON u.id = s.user_id "
                                                "WHERE s.token_hash = ?"),
                                 {tokenHash(token)}, "resuming a session");
        !done) {
        return done.refusal();
    }
    if (!q.next() || DirectoryStore::emailKey(q.value(2).toString()) != DirectoryStore::emailKey(email)
        || q.value(3).toInt() != 0 || q.value(4).toLongLong() < now()) {
        return Refusal {Refusal::Kind::Authentication, tr("The session has ended; sign in again.")};
    }
    const Actor actor {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), false,
                       q.value(5).toString()};
    q.finish();
    if (actor.clientAddress != m_clientAddress) {
        return Refusal {Refusal::Kind::Authentication,
                        tr("The session was opened from another address (%1); sign in again from this one.")
                            .arg(actor.clientAddress.isEmpty() ? tr("unknown") : actor.clientAddress)};
    }
    QSqlQuery touch(m_database.connection());
    if (auto done = execPrepared(touch, QStringLiteral("UPDATE sessions SET expires_at = ? WHERE token_hash = ?"),
                                 {now() + kSessionSeconds, tokenHash(token)}, "resuming a session");
        !done) {
        return done.refusal();
    }
    return actor;
}

Status AuthService::closeSession(const QByteArray& token)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("DELETE FROM sessions WHERE token_hash = ? OR expires_at < ?"),
                        {tokenHash(token), now()}, "closing a session");
}

} // namespace warden
