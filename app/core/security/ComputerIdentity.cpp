#include "ComputerIdentity.h"

#include "DatabaseSecrets.h"
#include "Keychain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace warden {

namespace {

QString keychainEntry(const QString& databaseId)
{
    return DatabaseSecrets::keychainKey(databaseId, QStringLiteral("computer"));
}

constexpr int kFingerprintGroups = 6;

} // namespace

ComputerIdentity ComputerIdentity::generate()
{
    Sodium::ensureInitialized();
    ComputerIdentity identity;
    identity.m_publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secret(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(identity.m_publicKey.data()),
                       reinterpret_cast<unsigned char*>(secret.data()));
    identity.m_secretKey = SecretBytes(std::move(secret));
    identity.deriveSigningKey();
    return identity;
}

Result<std::optional<ComputerIdentity>> ComputerIdentity::load(const Keychain& keychain, const QString& databaseId)
{
    auto stored = keychain.read(keychainEntry(databaseId));
    if (!stored) {
        if (stored.refusal().kind == Refusal::Kind::NotFound) {
            return std::optional<ComputerIdentity>();
        }
        return stored.refusal();
    }
    SecretBytes text(std::move(stored).value());
    const QJsonObject json = QJsonDocument::fromJson(text.bytes()).object();
    ComputerIdentity identity;
    identity.m_computerId = json.value(QStringLiteral("id")).toInteger();
    identity.m_publicKey = QByteArray::fromBase64(json.value(QStringLiteral("public")).toString().toLatin1());
    identity.m_secretKey =
        SecretBytes(QByteArray::fromBase64(json.value(QStringLiteral("secret")).toString().toLatin1()));
    if (identity.m_publicKey.size() != crypto_box_PUBLICKEYBYTES
        || identity.m_secretKey.bytes().size() != crypto_box_SECRETKEYBYTES) {
        return Refusal {Refusal::Kind::Keychain,
                        tr("The keychain entry %1 is damaged.").arg(keychainEntry(databaseId))};
    }
    identity.deriveSigningKey();
    return std::optional<ComputerIdentity>(std::move(identity));
}

Status ComputerIdentity::save(const Keychain& keychain, const QString& databaseId) const
{
    const QJsonObject json {{QStringLiteral("id"), m_computerId},
                            {QStringLiteral("public"), publicKeyText()},
                            {QStringLiteral("secret"), QString::fromLatin1(m_secretKey.bytes().toBase64())}};
    SecretBytes text(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return keychain.write(keychainEntry(databaseId), text.bytes());
}

Status ComputerIdentity::forget(const Keychain& keychain, const QString& databaseId)
{
    return keychain.remove(keychainEntry(databaseId));
}

void ComputerIdentity::deriveSigningKey()
{
    static const QByteArray context("warden audit signing key v1");
    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(seed.data()), static_cast<std::size_t>(seed.size()),
                       reinterpret_cast<const unsigned char*>(m_secretKey.bytes().constData()),
                       static_cast<unsigned long long>(m_secretKey.bytes().size()),
                       reinterpret_cast<const unsigned char*>(context.constData()),
                       static_cast<std::size_t>(context.size()));
    m_signingPublic = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(m_signingPublic.data()),
                             reinterpret_cast<unsigned char*>(secret.data()),
                             reinterpret_cast<const unsigned char*>(seed.constData()));
    Sodium::wipe(seed);
    m_signingSecret = SecretBytes(std::move(secret));
}

QByteArray ComputerIdentity::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(m_signingSecret.bytes().constData()));
    return signature;
}

bool ComputerIdentity::verifySignature(const QByteArray& signingKey, const QByteArray& message,
                                       const QByteArray& signature)
{
    Sodium::ensureInitialized();
    return signingKey.size() == crypto_sign_PUBLICKEYBYTES && signature.size() == crypto_sign_BYTES
        && crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(signingKey.constData()))
        == 0;
}

Result<QByteArray> ComputerIdentity::open(const QString& sealed) const
{
    const QByteArray cipher = QByteArray::fromBase64(sealed.toLatin1());
    if (cipher.size() <= static_cast<qsizetype>(crypto_box_SEALBYTES)) {
        return Refusal {Refusal::Kind::Storage, tr("The database key sealed to this computer is damaged.")};
    }
    QByteArray plain(cipher.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                             reinterpret_cast<const unsigned char*>(cipher.constData()),
                             static_cast<unsigned long long>(cipher.size()),
                             reinterpret_cast<const unsigned char*>(m_publicKey.constData()),
                             reinterpret_cast<const unsigned char*>(m_secretKey.bytes().constData()))
        != 0) {
        Sodium::wipe(plain);
        return Refusal {Refusal::Kind::Storage,
                        tr("The database key sealed to this computer does not open with this computer's key.")};
    }
    return plain;
}

QString ComputerIdentity::fingerprintOf(const QByteArray& publicKey)
{
    Sodium::ensureInitialized();
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), static_cast<std::size_t>(hash.size()),
                       reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    QStringList groups;
    for (int group = 0; group < kFingerprintGroups; ++group) {
        quint32 value = 0;
        for (int byte = 0; byte < 4; ++byte) {
            value = (value << 8) | static_cast<quint8>(hash.at(group * 4 + byte));
        }
        groups.append(QStringLiteral("%1").arg(value % 10000U, 4, 10, QLatin1Char('0')));
    }
    return groups.join(QLatin1Char(' '));
}

QString ComputerIdentity::fingerprintDigits(const QString& typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    return digits;
}

QString ComputerIdentity::sealTo(const QByteArray& publicKey, const QByteArray& plain)
{
    Sodium::ensureInitialized();
    QByteArray cipher(plain.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(
        reinterpret_cast<unsigned char*>(cipher.data()), reinterpret_cast<const unsigned char*>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return QString::fromLatin1(cipher.toBase64());
}

QByteArray ComputerIdentity::publicKeyFromText(const QString& text)
{
    return QByteArray::fromBase64(text.toLatin1());
}

} // namespace warden
