#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/Administrator.h"
#include "../domain/Role.h"

#include <QCoreApplication>
#include <QList>

namespace warden {

class AdministratorWrites;
class Authorizer;
class Database;
class WritePath;

/// Admin Management (DOMAIN.md "Administrators and sign-in", "Backup administrators"): the
/// administrators of an account with their roles, sign-in method and second factor; adding,
/// editing, resetting and deleting them (the break-glass credentials of backup accounts are
/// BackupCredentialService's). Managing needs Admin Management edit access (Super
/// Administrators); changes that touch a protected role answer `NeedsChangeRequest`.
class AdminService
{
    Q_DECLARE_TR_FUNCTIONS(AdminService)

public:
    AdminService(Database& database, Authorizer& authorizer, WritePath& writes, AdministratorWrites& adminWrites);

    [[nodiscard]] Status canView(const Actor& actor, qint64 accountId) const;
    [[nodiscard]] Status canManage(const Actor& actor, qint64 accountId) const;

    [[nodiscard]] Result<QList<AdministratorSummary>> administrators(const Actor& actor, qint64 accountId) const;
    [[nodiscard]] Result<AdministratorSummary> administrator(const Actor& actor, qint64 accountId, qint64 userId) const;

    /// Gives a directory user of the account a role and a sign-in method. A local-password
    /// administrator gets a temporary password (returned once) and enrolls TOTP at first sign-in.
    [[nodiscard]] Result<IssuedCredentials> addAdministrator(const Actor& actor, qint64 accountId, const QString& email,
                                                             qint64 roleId, AuthMethod method);
    /// Sets the roles the administrator holds in the account and their sign-in method.
    [[nodiscard]] Result<IssuedCredentials> editAdministrator(const Actor& actor, qint64 accountId, qint64 userId,
                                                              const QList<qint64>& roleIds, AuthMethod method);
    /// A new temporary password; the second factor is enrolled again at the next sign-in.
    [[nodiscard]] Result<IssuedCredentials> resetPassword(const Actor& actor, qint64 accountId, qint64 userId);
    /// Removes every role the administrator holds in the account (the directory user stays).
    [[nodiscard]] Status deleteAdministrator(const Actor& actor, qint64 accountId, qint64 userId);

private:
    enum class AdminChange { Remove, Delete, ResetPassword };
    [[nodiscard]] Status refuseLastSuperAdministrator(qint64 accountId, const AdministratorSummary& admin,
                                                      AdminChange change) const;
    [[nodiscard]] Status refuseProtected(const Actor& actor, qint64 accountId, const AdministratorSummary& admin,
                                         AdminChange change) const;
    /// The roles an edit adds and removes (refusing roles of other accounts and removing the last
    /// Super Administrator).
    [[nodiscard]] Result<std::pair<QList<Role>, QList<Role>>>
    roleDifference(qint64 accountId, const AdministratorSummary& before, const QList<qint64>& roleIds) const;
    [[nodiscard]] Result<AdministratorSummary> managed(const Actor& actor, qint64 accountId, qint64 userId) const;

    Database& m_database;
    Authorizer& m_authorizer;
    WritePath& m_writes;
    AdministratorWrites& m_adminWrites;
};

} // namespace warden
