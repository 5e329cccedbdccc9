#include "Totp.h"

#include "Base32.h"
#include "Sodium.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

namespace warden {

QByteArray Totp::generateSecret()
{
    return Sodium::randomBytes(kSecretBytes);
}

QString Totp::codeForStep(const QByteArray& secret, qint64 step, int digits, QCryptographicHash::Algorithm algorithm)
{
    QByteArray counter(8, '\0');
    auto value = static_cast<quint64>(step);
    for (int i = 7; i >= 0; --i) {
        counter[i] = static_cast<char>(value & 0xFF);
        value >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, secret, algorithm);
    const int offset = mac.at(mac.size() - 1) & 0x0F;
    const quint32 binary = (static_cast<quint32>(static_cast<unsigned char>(mac.at(offset)) & 0x7F) << 24)
        | (static_cast<quint32>(static_cast<unsigned char>(mac.at(offset + 1))) << 16)
        | (static_cast<quint32>(static_cast<unsigned char>(mac.at(offset + 2))) << 8)
        | static_cast<quint32>(static_cast<unsigned char>(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i) {
        modulus *= 10;
    }
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

QString Totp::codeAt(const QByteArray& secret, qint64 unixSeconds)
{
    return codeForStep(secret, stepAt(unixSeconds));
}

std::optional<qint64> Totp::matchingStep(const QByteArray& secret, const QString& code, qint64 unixSeconds)
{
    const QString trimmed = QString(code).remove(QLatin1Char(' '));
    if (trimmed.size() != kDigits) {
        return std::nullopt;
    }
    const qint64 now = stepAt(unixSeconds);
    std::optional<qint64> match;
    // Check all three steps every time so the timing does not reveal which one matched.
    for (qint64 step = now - 1; step <= now + 1; ++step) {
        if (Sodium::equalConstantTime(codeForStep(secret, step).toLatin1(), trimmed.toLatin1()) && !match) {
            match = step;
        }
    }
    return match;
}

QString Totp::otpauthUri(const QString& issuer, const QString& accountName, const QByteArray& secret)
{
    QUrl url;
    url.setScheme(QStringLiteral("otpauth"));
    url.setHost(QStringLiteral("totp"));
    url.setPath(QLatin1Char('/') + issuer + QLatin1Char(':') + accountName);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), Base32::encode(secret));
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("algorithm"), QStringLiteral("SHA1"));
    query.addQueryItem(QStringLiteral("digits"), QString::number(kDigits));
    query.addQueryItem(QStringLiteral("period"), QString::number(kStepSeconds));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace warden
