#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../security/Sodium.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

namespace warden {

class AccountService;
class Database;
class DatabaseSecrets;
class DirectoryService;
class WritePath;
struct SignInRecord;

/// The first-run enrollment in progress: the TOTP secret lives only here until confirmed.
struct FirstRunEnrollment
{
    QString email;
    QString displayName;
    QString accountCode;
    QString accountName;
    SecretBytes totpSecret;
    QString otpauthUri;
};

/// A first sign-in in progress for an administrator invited with a temporary password, or whose
/// password was reset: the new TOTP secret lives only here until the code confirms it.
struct PendingEnrollment
{
    qint64 userId = 0;
    QString email;
    bool needsNewPassword = false; ///< false for a backup account, whose password the keychain holds
    SecretBytes totpSecret;
    QString otpauthUri;
};

/// Sign-in (Argon2id password + RFC 6238 code, replay refused, failures throttled and audited)
/// and the first-run step that creates the first account and its first Super Administrator.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int kFreeAttempts = 5;

    using Clock = std::function<qint64()>; ///< seconds since the Unix epoch
    AuthService(Database& database, DatabaseSecrets& secrets, WritePath& writes, AccountService& accounts,
                DirectoryService& directory, Clock clock = {});

    /// The address this console connects from (see ClientAddress), checked at sign-in against
    /// the administrator's account's IP allow-list and carried in the Actor for the others.
    void setClientAddress(const QString& address) { m_clientAddress = address; }
    [[nodiscard]] QString clientAddress() const { return m_clientAddress; }
    /// Runs in the sign-in's own write, after the password and code were accepted (this
    /// computer's record of who uses it and when).
    void setOnSignedIn(std::function<Status(const Actor&)> step) { m_onSignedIn = std::move(step); }
    /// When a throttled administrator may try again after `attempts` failures; empty when not yet.
    [[nodiscard]] static QString lockedUntilAfter(int attempts, qint64 now);

    [[nodiscard]] Result<bool> needsFirstRun() const;
    [[nodiscard]] Result<FirstRunEnrollment> startFirstRun(const QString& email, const QString& displayName,
                                                           const QString& accountCode,
                                                           const QString& accountName) const;
    /// Confirms the code against the pending secret, then creates account, domain, user, Super
    /// Administrator membership and credentials in one transaction.
    [[nodiscard]] Result<Actor> completeFirstRun(const FirstRunEnrollment& enrollment, const QString& password,
                                                 const QString& code);

    /// Refuses with `EnrollmentRequired` (after checking the password) when the administrator
    /// must first set a new password or enroll a second factor; see beginEnrollment().
    [[nodiscard]] Result<Actor> signIn(const QString& email, const QString& password, const QString& code);

    /// The first sign-in after an invitation or a password reset: checks the temporary
    /// password and hands out a new TOTP secret to enroll.
    [[nodiscard]] Result<PendingEnrollment> beginEnrollment(const QString& email, const QString& password);
    /// Sets the new password (when needed) and the confirmed second factor, and signs in.
    [[nodiscard]] Result<Actor> completeEnrollment(const PendingEnrollment& enrollment, const QString& newPassword,
                                                   const QString& code);

    /// Confirms that the person at the console is `actor`: their password and a fresh one-time
    /// code (spent, so it cannot be replayed). For approvals and credential reveals.
    [[nodiscard]] Status reauthenticate(const Actor& actor, const QString& password, const QString& code);

    /// Creates local-password credentials for an existing directory user (used by seeding; the
    /// Admin Management screen builds on it). Returns the otpauth URI of the new TOTP secret.
    [[nodiscard]] Result<QString> enrollLocalPassword(const Actor& actor, const QString& email, const QString& password,
                                                      const QByteArray& totpSecret);

private:
    [[nodiscard]] Status admitsClientAddress(qint64 accountId) const;
    /// Refuses a throttled administrator (recording the attempt).
    [[nodiscard]] Status refuseWhileLocked(const QString& email, int failedAttempts, const QDateTime& lockedUntil);
    [[nodiscard]] Status recordFailure(const QString& email, qint64 userId, int failedAttempts, const QString& reason);
    /// The password and one-time code of a sign-in, each failure recorded; the code's step.
    [[nodiscard]] Result<qint64> checkCredentials(const SignInRecord& record, const QString& email,
                                                  const QString& password, const QString& code);
    /// Signs the checked administrator in when their account admits this console's address.
    [[nodiscard]] Result<Actor> admit(const SignInRecord& record, const QString& email, qint64 step);
    [[nodiscard]] qint64 now() const { return m_clock(); }

    Database& m_database;
    DatabaseSecrets& m_secrets;
    WritePath& m_writes;
    AccountService& m_accounts;
    DirectoryService& m_directory;
    Clock m_clock;
    QString m_clientAddress;
    std::function<Status(const Actor&)> m_onSignedIn;
};

} // namespace warden
