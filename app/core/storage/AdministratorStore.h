#pragma once

#include "../Result.h"
#include "../domain/Administrator.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <optional>

namespace warden {

class Database;

/// The sign-in side of administrators: their sign-in method, password hash, second factor,
/// backup flag and sessions, and Admin Management's view of who holds roles in an account.
/// No authorization here.
class AdministratorStore
{
    Q_DECLARE_TR_FUNCTIONS(AdministratorStore)

public:
    explicit AdministratorStore(Database& database);

    /// The administrators of the account (directory users holding a role there), by address;
    /// only `onlyUserId` when it is not 0.
    [[nodiscard]] Result<QList<AdministratorSummary>> summaries(qint64 accountId, qint64 onlyUserId = 0) const;
    /// One administrator of the account; NotFound when the user holds no role there.
    [[nodiscard]] Result<AdministratorSummary> summary(qint64 accountId, qint64 userId) const;

    /// The recorded sign-in method, or nothing when the user has no sign-in record.
    [[nodiscard]] Result<std::optional<QString>> signInMethodKey(qint64 userId) const;
    /// Which of `userIds` have a sign-in record (a password or single sign-on).
    [[nodiscard]] Result<QSet<qint64>> withSignInMethod(const QList<qint64>& userIds) const;
    [[nodiscard]] Status insertSignIn(qint64 userId, AuthMethod method);
    /// Records single sign-on for a user without a sign-in record; keeps an existing one.
    [[nodiscard]] Status ensureSignIn(qint64 userId);
    /// A local password to change at the next sign-in, with the second factor to enrol again.
    [[nodiscard]] Status setTemporaryPassword(qint64 userId, const QString& hash);
    [[nodiscard]] Status switchToSso(qint64 userId);
    /// Marks a backup account with its password; keeps an enrolled authenticator.
    [[nodiscard]] Status markBackup(qint64 userId, const QString& hash);
    [[nodiscard]] Status unmarkBackup(qint64 userId);
    [[nodiscard]] Status setBackupPassword(qint64 userId, const QString& hash);
    /// How many roles the user holds in any account, and whether they are a backup account.
    [[nodiscard]] Result<std::pair<int, bool>> rolesHeldAndBackup(qint64 userId) const;
    [[nodiscard]] Status deleteSignIn(qint64 userId);
    [[nodiscard]] Status endSessions(qint64 userId);

private:
    Database& m_database;
};

} // namespace warden
