#pragma once

#include "../Result.h"
#include "../domain/Health.h"

#include <QList>
#include <QString>
#include <optional>

namespace warden {

class Database;

/// One enabled administrator of an account as the health rules see them: one row per role held.
struct AdministratorFacts
{
    qint64 userId = 0;
    QString email;
    QString builtInKey; ///< of the role that made them an administrator here
    bool hasSignIn = false; ///< a sign-in record exists
    QString method; ///< sso or local_password
    bool hasPassword = false;
    bool hasSecondFactor = false;
    bool isBackup = false;
};

/// The newest backup access test of an account.
struct AccessTestRecord
{
    QString testedAt; ///< ISO 8601 UTC
    bool passed = false;
    QString adminEmail;
};

/// The newest access-list review of an account.
struct AccessReviewRecord
{
    QString reviewedAt; ///< ISO 8601 UTC
    QString reviewedBy;
};

/// What the backup-administrator health rules read, and the evidence they record (backup access
/// tests and access-list reviews). No authorization here.
class HealthStore
{
public:
    explicit HealthStore(Database& database);

    /// The account's enabled administrators, by address.
    [[nodiscard]] Result<QList<AdministratorFacts>> administratorFacts(qint64 accountId) const;
    [[nodiscard]] Result<std::optional<AccessTestRecord>> latestAccessTest(qint64 accountId) const;
    [[nodiscard]] Result<std::optional<AccessReviewRecord>> latestAccessReview(qint64 accountId) const;
    /// How many `action` entries the audit log holds for the account since `sinceUtc`.
    [[nodiscard]] Result<int> auditEntriesSince(const QString& accountCode, const QString& action,
                                                const QString& sinceUtc) const;
    [[nodiscard]] Result<bool> holdsRoleIn(qint64 userId, qint64 accountId) const;

    [[nodiscard]] Status insertAccessTest(qint64 accountId, qint64 adminUserId, const BackupAccessTest& test,
                                          const QString& at, const QString& recordedBy);
    [[nodiscard]] Status insertAccessReview(qint64 accountId, const QString& at, const QString& reviewedBy,
                                            const QString& notes);

private:
    Database& m_database;
};

} // namespace warden
