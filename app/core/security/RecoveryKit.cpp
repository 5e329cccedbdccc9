#include "RecoveryKit.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace warden {

namespace {

const QString kFormat = QStringLiteral("warden-recovery-kit");
constexpr int kVersion = 1;
// What a kit may ask of the computer that opens it (a damaged or hostile kit must not exhaust it).
constexpr unsigned long long kMaxOpsLimit = 16;
constexpr std::size_t kMaxMemLimit = std::size_t {4} << 30U;

QByteArray associatedData(const QString& databaseId, const QString& keyId)
{
    return QStringLiteral("%1:%2:%3:%4").arg(kFormat).arg(kVersion).arg(databaseId, keyId).toUtf8();
}

/// The passphrase stretched to an XChaCha20-Poly1305 key; empty when memory ran out.
QByteArray stretch(const QString& passphrase, const QByteArray& salt, unsigned long long opslimit, std::size_t memlimit)
{
    QByteArray utf8 = passphrase.toUtf8();
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    const int rc = crypto_pwhash(
        reinterpret_cast<unsigned char*>(key.data()), static_cast<unsigned long long>(key.size()), utf8.constData(),
        static_cast<unsigned long long>(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
        opslimit, memlimit, crypto_pwhash_ALG_ARGON2ID13);
    Sodium::wipe(utf8);
    if (rc != 0) {
        Sodium::wipe(key);
        return {};
    }
    return key;
}

} // namespace

Result<QByteArray> RecoveryKit::seal(const QByteArray& master, const QString& databaseId, const QString& keyId,
                                     const QString& passphrase)
{
    if (passphrase.size() < kMinimumPassphraseLength) {
        return Refusal {
            Refusal::Kind::BadInput,
            tr("The recovery kit's passphrase must have at least %n characters.", nullptr, kMinimumPassphraseLength)};
    }
    Sodium::ensureInitialized();
    const QByteArray salt = Sodium::randomBytes(crypto_pwhash_SALTBYTES);
    const unsigned long long opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
    const std::size_t memlimit = crypto_pwhash_MEMLIMIT_MODERATE;
    SecretBytes key(stretch(passphrase, salt, opslimit, memlimit));
    if (key.isEmpty()) {
        return Refusal {Refusal::Kind::Storage, tr("Not enough memory to protect the recovery kit.")};
    }
    const QByteArray nonce = Sodium::randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const QByteArray ad = associatedData(databaseId, keyId);
    QByteArray cipher(master.size() + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES),
                      Qt::Uninitialized);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(cipher.data()), &cipherLength,
        reinterpret_cast<const unsigned char*>(master.constData()), static_cast<unsigned long long>(master.size()),
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(nonce.constData()),
        reinterpret_cast<const unsigned char*>(key.bytes().constData()));
    cipher.resize(static_cast<qsizetype>(cipherLength));
    const QJsonObject json {{QStringLiteral("format"), kFormat},
                            {QStringLiteral("version"), kVersion},
                            {QStringLiteral("databaseId"), databaseId},
                            {QStringLiteral("keyId"), keyId},
                            {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                            {QStringLiteral("kdf"),
                             QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                                          {QStringLiteral("opslimit"), static_cast<qint64>(opslimit)},
                                          {QStringLiteral("memlimit"), static_cast<qint64>(memlimit)},
                                          {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}}},
                            {QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305-ietf")},
                            {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                            {QStringLiteral("ciphertext"), QString::fromLatin1(cipher.toBase64())}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<SecretBytes> RecoveryKit::open(const QByteArray& file, const QString& databaseId, const QString& passphrase)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file, &error);
    const QJsonObject json = document.object();
    if (error.error != QJsonParseError::NoError || json.value(QStringLiteral("format")).toString() != kFormat) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("This file is not a Warden recovery kit, or it is incomplete (truncated).")};
    }
    if (json.value(QStringLiteral("version")).toInt() != kVersion) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("This recovery kit was written by a newer Warden (format version %1).")
                            .arg(json.value(QStringLiteral("version")).toInt())};
    }
    const QString kitDatabase = json.value(QStringLiteral("databaseId")).toString();
    if (kitDatabase != databaseId) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("This recovery kit belongs to another database (%1), not to this one (%2).")
                            .arg(kitDatabase, databaseId)};
    }
    const QJsonObject kdf = json.value(QStringLiteral("kdf")).toObject();
    const QByteArray salt = QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(json.value(QStringLiteral("nonce")).toString().toLatin1());
    const QByteArray cipher = QByteArray::fromBase64(json.value(QStringLiteral("ciphertext")).toString().toLatin1());
    const auto opslimit = static_cast<unsigned long long>(kdf.value(QStringLiteral("opslimit")).toInteger());
    const auto memlimit = static_cast<std::size_t>(kdf.value(QStringLiteral("memlimit")).toInteger());
    if (salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || cipher.size() != crypto_kdf_KEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES
        || opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > kMaxOpsLimit || memlimit < crypto_pwhash_MEMLIMIT_MIN
        || memlimit > kMaxMemLimit) {
        return Refusal {Refusal::Kind::BadInput, tr("This recovery kit is damaged: its fields are incomplete.")};
    }
    SecretBytes key(stretch(passphrase, salt, opslimit, memlimit));
    if (key.isEmpty()) {
        return Refusal {Refusal::Kind::Storage, tr("Not enough memory to open the recovery kit.")};
    }
    const QByteArray ad = associatedData(kitDatabase, json.value(QStringLiteral("keyId")).toString());
    QByteArray master(crypto_kdf_KEYBYTES, Qt::Uninitialized);
    unsigned long long masterLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(master.data()), &masterLength, nullptr,
            reinterpret_cast<const unsigned char*>(cipher.constData()), static_cast<unsigned long long>(cipher.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char*>(nonce.constData()),
            reinterpret_cast<const unsigned char*>(key.bytes().constData()))
        != 0) {
        Sodium::wipe(master);
        return Refusal {Refusal::Kind::Authentication,
                        tr("The passphrase does not open this recovery kit (or the kit was altered).")};
    }
    return SecretBytes(std::move(master));
}

} // namespace warden
