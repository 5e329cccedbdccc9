#pragma once

#include "../Result.h"
#include "../domain/Administrator.h"
#include "../security/Keychain.h"

#include <QCoreApplication>

namespace warden {

class Database;
class Write;

/// The privileged administrator changes that Admin Management and approved change requests
/// share: granting and revoking a role together with the sign-in record, temporary passwords,
/// and the backup credential in the OS keychain. They neither authorize nor audit: they run
/// inside a write that did.
class AdministratorWrites
{
    Q_DECLARE_TR_FUNCTIONS(AdministratorWrites)

public:
    AdministratorWrites(Database& database, Keychain keychain);

    /// Gives the user the role; a user without a sign-in record gets one with `methodIfNew` (and
    /// a temporary password when that is a local password).
    [[nodiscard]] Result<IssuedCredentials> grantRole(qint64 userId, qint64 roleId, AuthMethod methodIfNew);
    [[nodiscard]] Status revokeRole(qint64 userId, qint64 roleId);
    /// A new temporary password (returned once); the second factor is enrolled again and every
    /// session ends.
    [[nodiscard]] Result<IssuedCredentials> issueTemporaryPassword(qint64 userId);
    /// Drops the sign-in record and sessions of a user who holds no role any more; a backup
    /// account's credential leaves the keychain as the write's last step.
    [[nodiscard]] Status forgetIfNoRoles(Write& write, qint64 userId);

    /// Where the keychain keeps a backup account's password.
    [[nodiscard]] QString backupCredentialKey(qint64 userId) const;
    [[nodiscard]] const Keychain& keychain() const { return m_keychain; }

private:
    Database& m_database;
    Keychain m_keychain;
};

} // namespace warden
