#include "BackupCredentialService.h"

#include "../Logging.h"
#include "../authorization/Authorizer.h"
#include "../security/PasswordHasher.h"
#include "../security/Sodium.h"
#include "../storage/AdministratorStore.h"
#include "../write/WritePath.h"
#include "AdministratorWrites.h"
#include "AuthService.h"

#include <QJsonObject>
#include <sodium.h>

namespace warden {

BackupCredentialService::BackupCredentialService(Database& database, Authorizer& authorizer, WritePath& writes,
                                                 AuthService& auth, AdministratorWrites& adminWrites)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_writes(writes)
    , m_auth(auth)
    , m_adminWrites(adminWrites)
{ }

QString BackupCredentialService::backupCredentialKey(qint64 userId) const
{
    return m_adminWrites.backupCredentialKey(userId);
}

Result<AdministratorSummary> BackupCredentialService::managed(const Actor& actor, qint64 accountId, qint64 userId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ManageAdministrators, accountId); !allowed) {
        return allowed.refusal();
    }
    return AdministratorStore(m_database).summary(accountId, userId);
}

QString BackupCredentialService::generateStrongPassword()
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&*+-=?@^_~";
    Sodium::ensureInitialized();
    QString out;
    out.reserve(kBackupPasswordLength);
    for (int i = 0; i < kBackupPasswordLength; ++i) {
        out.append(QLatin1Char(kAlphabet[randombytes_uniform(sizeof(kAlphabet) - 1)]));
    }
    return out;
}

Status BackupCredentialService::setBackup(const Actor& actor, qint64 accountId, qint64 userId, bool backup)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    const AdministratorSummary& admin = found.value();
    if (admin.isBackup == backup) {
        return {};
    }
    return m_writes.run(
        WriteScope::checked(actor, Action::ManageAdministrators, accountId), [&](Write& write) -> Status {
            AdministratorStore admins(m_database);
            const QString key = backupCredentialKey(userId);
            const Keychain& keychain = m_adminWrites.keychain();
            if (backup) {
                const QString password = generateStrongPassword();
                auto hash = PasswordHasher::hash(password);
                if (!hash) {
                    return hash.refusal();
                }
                // The second factor stays as it is; one not yet enrolled is enrolled at first sign-in.
                if (auto done = admins.markBackup(userId, hash.value()); !done) {
                    return done;
                }
                // The database never points at a credential that is not in the keychain.
                write.lastStep([&keychain, key, password] { return keychain.write(key, password.toUtf8()); },
                               [&keychain, key] { (void)keychain.remove(key); });
            } else {
                if (auto done = admins.unmarkBackup(userId); !done) {
                    return done;
                }
                write.lastStep([&keychain, key]() -> Status {
                    if (auto removed = keychain.remove(key);
                        !removed && removed.refusal().kind != Refusal::Kind::NotFound) {
                        return removed;
                    }
                    return {};
                });
            }
            write.audit(backup ? QStringLiteral("admin.backup_marked") : QStringLiteral("admin.backup_unmarked"),
                        admin.email, administratorAuditJson(admin),
                        QJsonObject {{QStringLiteral("backup"), backup},
                                     {QStringLiteral("credential"),
                                      backup ? QStringLiteral("stored in the OS keychain")
                                             : QStringLiteral("removed from the OS keychain")}});
            write.changed(Changed::Administrators, accountId);
            return {};
        });
}

Result<bool> BackupCredentialService::hasBackupCredential(qint64 userId) const
{
    return m_adminWrites.keychain().contains(backupCredentialKey(userId));
}

Result<QString> BackupCredentialService::revealBackupCredential(const Actor& actor, qint64 accountId, qint64 userId,
                                                                const QString& password, const QString& code)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    if (!found.value().isBackup) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is not a backup account; only backup accounts keep a credential in the keychain.")
                            .arg(found.value().email)};
    }
    if (auto confirmed = m_auth.reauthenticate(actor, password, code); !confirmed) {
        return confirmed.refusal();
    }
    auto secret = m_adminWrites.keychain().read(backupCredentialKey(userId));
    if (!secret) {
        if (secret.refusal().kind == Refusal::Kind::NotFound) {
            return Refusal {
                Refusal::Kind::Keychain,
                tr("The keychain holds no credential for %1. Rotate it to store a new one.").arg(found.value().email)};
        }
        return secret.refusal();
    }
    QByteArray bytes = std::move(secret).value();
    QString revealed = QString::fromUtf8(bytes);
    Sodium::wipe(bytes);
    // Audited before the value leaves the core: no record, no credential.
    if (auto logged = m_writes.run(WriteScope::checked(actor, Action::ManageAdministrators, accountId),
                                   [&](Write& write) -> Status {
                                       write.audit(QStringLiteral("admin.backup_credential_revealed"),
                                                   found.value().email);
                                       return {};
                                   });
        !logged) {
        return logged.refusal();
    }
    logger("core.admins")->warn("backup credential revealed");
    return revealed;
}

Status BackupCredentialService::rotateBackupCredential(const Actor& actor, qint64 accountId, qint64 userId)
{
    auto found = managed(actor, accountId, userId);
    if (!found) {
        return found.refusal();
    }
    if (!found.value().isBackup) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("%1 is not a backup account; mark it as one first.").arg(found.value().email)};
    }
    const QString key = backupCredentialKey(userId);
    const Keychain& keychain = m_adminWrites.keychain();
    // Read the old value first: an unavailable keychain stops here, before anything changes,
    // and the old value can be put back should the commit fail.
    auto previous = keychain.read(key);
    if (!previous && previous.refusal().kind != Refusal::Kind::NotFound) {
        return previous.refusal();
    }
    const QString password = generateStrongPassword();
    auto hash = PasswordHasher::hash(password);
    if (!hash) {
        return hash.refusal();
    }
    return m_writes.run(
        WriteScope::checked(actor, Action::ManageAdministrators, accountId), [&](Write& write) -> Status {
            AdministratorStore admins(m_database);
            if (auto done = admins.setBackupPassword(userId, hash.value()); !done) {
                return done;
            }
            if (auto done = admins.endSessions(userId); !done) {
                return done;
            }
            write.audit(QStringLiteral("admin.backup_credential_rotated"), found.value().email, {},
                        QJsonObject {{QStringLiteral("length"), kBackupPasswordLength}});
            write.lastStep([&keychain, key, password] { return keychain.write(key, password.toUtf8()); },
                           [&keychain, key, &previous] {
                               if (previous) {
                                   (void)keychain.write(key, previous.value());
                               } else {
                                   (void)keychain.remove(key);
                               }
                           });
            write.changed(Changed::Administrators, accountId);
            return {};
        });
}

} // namespace warden
