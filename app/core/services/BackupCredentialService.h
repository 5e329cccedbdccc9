#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/Administrator.h"

#include <QCoreApplication>

namespace warden {

class AdministratorWrites;
class AuthService;
class Authorizer;
class Database;
class WritePath;

/// The break-glass credentials of backup accounts (DOMAIN.md "Backup administrators"): marking
/// an administrator as a backup account stores a strong generated password in the OS keychain
/// only; revealing it needs the viewer's own password and a fresh one-time code and is audited
/// before the value leaves the core; rotating replaces it. Needs Admin Management edit access.
class BackupCredentialService
{
    Q_DECLARE_TR_FUNCTIONS(BackupCredentialService)

public:
    BackupCredentialService(Database& database, Authorizer& authorizer, WritePath& writes, AuthService& auth,
                            AdministratorWrites& adminWrites);

    /// Marks (or unmarks) a backup (break-glass) account. Marking generates a strong password
    /// and stores it in the OS keychain only; unmarking removes it from there.
    [[nodiscard]] Status setBackup(const Actor& actor, qint64 accountId, qint64 userId, bool backup);
    /// The backup account's password, after the viewer confirms with their own password and a
    /// one-time code; the retrieval is audited before the value is returned.
    [[nodiscard]] Result<QString> revealBackupCredential(const Actor& actor, qint64 accountId, qint64 userId,
                                                         const QString& password, const QString& code);
    /// A new strong password for the backup account, in the keychain; audited.
    [[nodiscard]] Status rotateBackupCredential(const Actor& actor, qint64 accountId, qint64 userId);
    /// Whether the backup account's credential is in the keychain (for the health report).
    [[nodiscard]] Result<bool> hasBackupCredential(qint64 userId) const;

    /// Where the keychain keeps a backup account's password.
    [[nodiscard]] QString backupCredentialKey(qint64 userId) const;

    static constexpr int kBackupPasswordLength = 32;
    /// A strong random password (libsodium), for backup accounts.
    [[nodiscard]] static QString generateStrongPassword();

private:
    /// The administrator, when `actor` may manage the account's administrators.
    [[nodiscard]] Result<AdministratorSummary> managed(const Actor& actor, qint64 accountId, qint64 userId) const;

    Database& m_database;
    Authorizer& m_authorizer;
    WritePath& m_writes;
    AuthService& m_auth;
    AdministratorWrites& m_adminWrites;
};

} // namespace warden
