#include "AdministratorWrites.h"

#include "../security/DatabaseSecrets.h"
#include "../security/PasswordHasher.h"
#include "../storage/AdministratorStore.h"
#include "../storage/Database.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"
#include "../write/Write.h"

namespace warden {

AdministratorWrites::AdministratorWrites(Database& database, Keychain keychain)
    : m_database(database)
    , m_keychain(std::move(keychain))
{ }

QString AdministratorWrites::backupCredentialKey(qint64 userId) const
{
    return DatabaseSecrets::keychainKey(m_database.databaseId(), QStringLiteral("backup-credential/%1").arg(userId));
}

Result<IssuedCredentials> AdministratorWrites::issueTemporaryPassword(qint64 userId)
{
    const QString temporary = PasswordHasher::generateTemporary();
    auto hash = PasswordHasher::hash(temporary);
    if (!hash) {
        return hash.refusal();
    }
    AdministratorStore admins(m_database);
    if (auto done = admins.setTemporaryPassword(userId, hash.value()); !done) {
        return done.refusal();
    }
    if (auto done = admins.endSessions(userId); !done) {
        return done.refusal();
    }
    auto user = DirectoryStore(m_database).user(userId);
    if (!user) {
        return user.refusal();
    }
    return IssuedCredentials {user.value().email, temporary};
}

Result<IssuedCredentials> AdministratorWrites::grantRole(qint64 userId, qint64 roleId, AuthMethod methodIfNew)
{
    AdministratorStore admins(m_database);
    auto existing = admins.signInMethodKey(userId);
    if (!existing) {
        return existing.refusal();
    }
    IssuedCredentials issued;
    if (!existing.value()) {
        if (auto done = admins.insertSignIn(userId, methodIfNew); !done) {
            return done.refusal();
        }
        if (methodIfNew == AuthMethod::LocalPassword) {
            auto temporary = issueTemporaryPassword(userId);
            if (!temporary) {
                return temporary.refusal();
            }
            issued = temporary.value();
        }
    }
    RoleStore::MemberAdder adder(m_database, roleId, QStringLiteral("admin-management"));
    if (auto added = adder.add(userId); !added) {
        return added.refusal();
    }
    return issued;
}

Status AdministratorWrites::revokeRole(qint64 userId, qint64 roleId)
{
    return RoleStore(m_database).removeMember(roleId, userId);
}

Status AdministratorWrites::forgetIfNoRoles(Write& write, qint64 userId)
{
    AdministratorStore admins(m_database);
    auto held = admins.rolesHeldAndBackup(userId);
    if (!held) {
        return held.refusal();
    }
    if (held.value().first > 0) {
        return {};
    }
    if (auto done = admins.deleteSignIn(userId); !done) {
        return done;
    }
    if (auto done = admins.endSessions(userId); !done) {
        return done;
    }
    if (held.value().second) {
        // The keychain entry goes last: a keychain refusal rolls the whole write back.
        write.lastStep([this, key = backupCredentialKey(userId)]() -> Status {
            if (auto removed = m_keychain.remove(key); !removed && removed.refusal().kind != Refusal::Kind::NotFound) {
                return removed;
            }
            return {};
        });
    }
    return {};
}

} // namespace warden
