#pragma once

#include "../Result.h"
#include "Keychain.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

namespace warden {

class Database;
struct Computer;

/// A new database key made for a rotation: the key, its id, and the key it replaces sealed
/// under it (so that the audit entries signed with the old key still verify).
struct RotatedKey
{
    SecretBytes master;
    QString keyId;
    QString sealedPrevious;
};

/// The database key, held only in OS keychains under `warden/<database-id>/master-key`, and the
/// keys derived from it: the audit chain's HMAC key and the key that seals TOTP secrets stored in
/// the database. A computer that does not hold the key takes it up from the copy sealed to it
/// when its request was approved (or after a rotation); see ComputerIdentity.
class DatabaseSecrets
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSecrets)

public:
    /// Loads the key; creates it only for a database that never had one (a new database).
    [[nodiscard]] static Result<std::unique_ptr<DatabaseSecrets>> load(Database& database, const Keychain& keychain);
    static QString keychainKey(const QString& databaseId, const QString& purpose);
    /// A key's public identity: a hash that names it without revealing it.
    [[nodiscard]] static QString keyIdOf(const QByteArray& master);
    /// Why a computer without the key cannot open the database (waiting, refused, revoked…).
    [[nodiscard]] static QString notApprovedMessage(const Computer& computer);

    [[nodiscard]] const QString& keyId() const { return m_keyId; }
    [[nodiscard]] const QByteArray& auditKey() const { return m_auditKey.bytes(); }
    /// The audit key of an earlier database key, opened along the chain of keys each sealed under
    /// the next; `keyId` may be the current one.
    [[nodiscard]] Result<QByteArray> auditKeyOf(const QString& keyId) const;
    [[nodiscard]] QString seal(const QByteArray& plain) const;
    [[nodiscard]] Result<QByteArray> unseal(const QString& sealed) const;
    /// The database key sealed to a computer's public key (crypto_box_seal).
    [[nodiscard]] QString sealKeyTo(const QByteArray& publicKey) const;
    /// The database key itself, for a recovery kit only.
    [[nodiscard]] const QByteArray& masterKeyForRecoveryKit() const { return m_master.bytes(); }

    /// When another console rotated the key, takes the new one up from the copy sealed to this
    /// computer (and keeps it in the keychain); refuses when this computer was revoked.
    [[nodiscard]] Status ensureCurrent();
    /// A new random key for a rotation.
    [[nodiscard]] RotatedKey prepareRotation() const;
    /// Uses `master` from now on in this process (a rotation, or undoing one that failed).
    void adopt(const QByteArray& master);
    /// Keeps the key in use in this computer's keychain.
    [[nodiscard]] Status keepInKeychain() const;

private:
    DatabaseSecrets(Database& database, Keychain keychain, const QByteArray& masterKey);
    /// The key sealed to this computer, when the database's current key is not the one held.
    [[nodiscard]] static Result<SecretBytes> takeUp(Database& database, const Keychain& keychain,
                                                    const QString& currentKeyId);

    Database& m_database;
    Keychain m_keychain;
    SecretBytes m_master;
    QString m_keyId;
    SecretBytes m_auditKey;
    SecretBytes m_sealKey;
    /// Audit keys of earlier database keys, once opened.
    mutable QHash<QString, QByteArray> m_earlierAuditKeys;
};

} // namespace warden
