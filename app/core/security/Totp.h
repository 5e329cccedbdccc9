#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <optional>

namespace warden {

/// RFC 6238 time-based one-time passwords (RFC 4226 HOTP underneath). Warden enrolls with
/// SHA-1, 30-second steps and 6 digits, the parameters every authenticator app understands.
class Totp
{
public:
    static constexpr qint64 kStepSeconds = 30;
    static constexpr int kDigits = 6;
    static constexpr int kSecretBytes = 20;

    static QByteArray generateSecret();
    static qint64 stepAt(qint64 unixSeconds) { return unixSeconds / kStepSeconds; }
    static QString codeForStep(const QByteArray& secret, qint64 step, int digits = kDigits,
                               QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha1);
    static QString codeAt(const QByteArray& secret, qint64 unixSeconds);
    /// The step (now-1, now or now+1) whose code matches, so the caller can refuse reuse.
    static std::optional<qint64> matchingStep(const QByteArray& secret, const QString& code, qint64 unixSeconds);
    static QString otpauthUri(const QString& issuer, const QString& accountName, const QByteArray& secret);
};

} // namespace warden
