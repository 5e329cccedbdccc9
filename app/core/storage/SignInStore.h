#pragma once

#include "../Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace warden {

class Database;

/// An administrator's sign-in state as stored (the TOTP secret still sealed).
struct SignInRecord
{
    qint64 userId = 0;
    qint64 accountId = 0;
    QString email;
    bool disabled = false;
    QString method; ///< sso or local_password
    QString passwordHash;
    QString sealedTotpSecret;
    qint64 lastStep = 0;
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< invalid when not locked
    bool mustChangePassword = false;
};

/// A session row: who, until when, from where.
struct SessionRecord
{
    qint64 userId = 0;
    qint64 accountId = 0;
    QString email;
    bool disabled = false;
    qint64 expiresAt = 0; ///< seconds since the Unix epoch
    QString clientAddress;
};

/// Sign-in: passwords, second factors, throttling and sessions of administrators. No
/// authorization here; the sign-in rules are AuthService's.
class SignInStore
{
public:
    explicit SignInStore(Database& database);

    [[nodiscard]] Result<qint64> administratorCount() const;
    [[nodiscard]] Result<std::optional<SignInRecord>> recordByEmail(const QString& email) const;
    [[nodiscard]] Result<std::optional<SignInRecord>> recordOfUser(qint64 userId) const;

    /// A local password with an enrolled authenticator, replacing whatever was recorded.
    [[nodiscard]] Status enrollLocalPassword(qint64 userId, const QString& hash, const QString& sealedSecret);
    /// Every sealed TOTP secret (user id → sealed text), for a key rotation to seal them again.
    [[nodiscard]] Result<QList<std::pair<qint64, QString>>> sealedSecrets() const;
    [[nodiscard]] Status setSealedSecret(qint64 userId, const QString& sealedSecret);
    [[nodiscard]] Status setThrottle(qint64 userId, int failedAttempts, const QString& lockedUntil);
    /// Marks a one-time code as used, whatever was used before.
    [[nodiscard]] Status setLastStep(qint64 userId, qint64 step);
    /// Spends the code when no later one was spent meanwhile; false when one was.
    [[nodiscard]] Result<bool> spendCode(qint64 userId, qint64 step);
    [[nodiscard]] Status completeEnrollment(qint64 userId, const QString& hash, const QString& sealedSecret,
                                            qint64 step);
    [[nodiscard]] Status recordSignIn(qint64 userId, qint64 step);

    [[nodiscard]] Status insertSession(const QString& tokenHash, qint64 userId, qint64 expiresAt,
                                       const QString& clientAddress);
    [[nodiscard]] Result<std::optional<SessionRecord>> session(const QString& tokenHash) const;
    [[nodiscard]] Status extendSession(const QString& tokenHash, qint64 expiresAt);
    /// Deletes the session and every expired one.
    [[nodiscard]] Status deleteSession(const QString& tokenHash, qint64 now);

private:
    [[nodiscard]] Result<std::optional<SignInRecord>> select(const QString& where, const QVariant& value) const;

    Database& m_database;
};

} // namespace warden
