#pragma once

#include "../Result.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <optional>

namespace warden {

class Keychain;

/// This computer's key pair for one database (libsodium `crypto_box`): the public half is filed
/// with the computer's request, the secret half lives only in this computer's keychain under
/// `warden/<database-id>/computer`, with the id of the request, which is also the computer's id.
/// The database key is sealed to the public half once the request is approved. The computer signs
/// the audit entries and checkpoints it writes with an Ed25519 key pair derived from the same
/// secret (so the keychain holds one secret); its public half is filed with the request.
class ComputerIdentity
{
    Q_DECLARE_TR_FUNCTIONS(ComputerIdentity)

public:
    [[nodiscard]] static ComputerIdentity generate();
    /// The identity this computer keeps for `databaseId`; nullopt when it has none.
    [[nodiscard]] static Result<std::optional<ComputerIdentity>> load(const Keychain& keychain,
                                                                      const QString& databaseId);
    [[nodiscard]] Status save(const Keychain& keychain, const QString& databaseId) const;
    [[nodiscard]] static Status forget(const Keychain& keychain, const QString& databaseId);

    [[nodiscard]] qint64 computerId() const { return m_computerId; }
    void setComputerId(qint64 id) { m_computerId = id; }
    [[nodiscard]] const QByteArray& publicKey() const { return m_publicKey; }
    [[nodiscard]] QString publicKeyText() const { return QString::fromLatin1(m_publicKey.toBase64()); }
    [[nodiscard]] QString fingerprint() const { return fingerprintOf(m_publicKey); }
    /// The Ed25519 public key that checks this computer's signatures (32 bytes).
    [[nodiscard]] const QByteArray& signingKey() const { return m_signingPublic; }
    [[nodiscard]] QString signingKeyText() const { return QString::fromLatin1(m_signingPublic.toBase64()); }
    /// A detached Ed25519 signature of `message` (64 bytes).
    [[nodiscard]] QByteArray sign(const QByteArray& message) const;
    [[nodiscard]] static bool verifySignature(const QByteArray& signingKey, const QByteArray& message,
                                              const QByteArray& signature);
    /// Opens what sealTo() sealed to this computer's public key.
    [[nodiscard]] Result<QByteArray> open(const QString& sealed) const;

    /// Six groups of four digits from a hash of the public key, to read aloud and compare.
    [[nodiscard]] static QString fingerprintOf(const QByteArray& publicKey);
    /// The digits of a typed fingerprint (spaces, dashes and the like dropped).
    [[nodiscard]] static QString fingerprintDigits(const QString& typed);
    /// `plain` sealed (anonymous sender) to the computer whose public key is given, as base64.
    [[nodiscard]] static QString sealTo(const QByteArray& publicKey, const QByteArray& plain);
    [[nodiscard]] static QByteArray publicKeyFromText(const QString& text);

private:
    ComputerIdentity() = default;
    /// Derives the signing key pair from the secret key.
    void deriveSigningKey();

    qint64 m_computerId = 0;
    QByteArray m_publicKey;
    SecretBytes m_secretKey;
    QByteArray m_signingPublic;
    SecretBytes m_signingSecret;
};

} // namespace warden
