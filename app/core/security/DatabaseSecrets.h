#pragma once

#include "../Result.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <memory>

namespace warden {

class Database;
class Keychain;

/// The per-database master key, held only in the OS keychain under
/// `warden/<database-id>/master-key`, and the keys derived from it: the audit chain's
/// HMAC key and the key that seals TOTP secrets stored in the database.
class DatabaseSecrets
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSecrets)

public:
    /// Loads the key; creates it only for a database that never had one (a new database).
    [[nodiscard]] static Result<std::unique_ptr<DatabaseSecrets>> load(Database& database, const Keychain& keychain);
    static QString keychainKey(const QString& databaseId, const QString& purpose);

    [[nodiscard]] const QByteArray& auditKey() const { return m_auditKey.bytes(); }
    [[nodiscard]] QString seal(const QByteArray& plain) const;
    [[nodiscard]] Result<QByteArray> unseal(const QString& sealed) const;

private:
    explicit DatabaseSecrets(const QByteArray& masterKey);

    SecretBytes m_auditKey;
    SecretBytes m_sealKey;
};

} // namespace warden
