#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/Health.h"

#include <QCoreApplication>
#include <functional>

namespace warden {

class BackupCredentialService;
class Authorizer;
class Database;
class WritePath;

/// The backup-administrator health report (DOMAIN.md "Backup administrators", seed 000): per
/// account, each rule passed, warned or failed with the fix, plus recording the evidence two
/// of the rules need (backup access tests and access-list reviews). Reading needs Admin
/// Management read access; recording needs Admin Management edit access.
class HealthService
{
    Q_DECLARE_TR_FUNCTIONS(HealthService)

public:
    static constexpr int kAccessTestDays = 90;
    static constexpr int kReviewDays = 92; ///< a quarter
    static constexpr int kLargeAccountUsers = 1000; ///< from here on the enhanced coverage applies

    using Clock = std::function<qint64()>; ///< seconds since the Unix epoch
    HealthService(Database& database, Authorizer& authorizer, WritePath& writes, const BackupCredentialService& backups,
                  Clock clock = {});

    [[nodiscard]] Result<AccountHealth> report(const Actor& actor, qint64 accountId) const;
    [[nodiscard]] Status canRead(const Actor& actor, qint64 accountId) const;

    [[nodiscard]] Status recordAccessTest(const Actor& actor, qint64 accountId, const BackupAccessTest& test);
    [[nodiscard]] Status recordAccessReview(const Actor& actor, qint64 accountId, const QString& notes);

private:
    struct Roster;

    [[nodiscard]] QString nowIso() const;
    [[nodiscard]] HealthCheck minimumCheck(const Roster& roster) const;
    [[nodiscard]] HealthCheck enhancedCheck(const Roster& roster, qint64 users) const;
    [[nodiscard]] HealthCheck twoStepCheck(const Roster& roster) const;
    [[nodiscard]] HealthCheck localPasswordCheck(const Roster& roster) const;
    [[nodiscard]] HealthCheck keychainCheck(const Roster& roster) const;
    [[nodiscard]] Result<HealthCheck> accessTestCheck(qint64 accountId) const;
    [[nodiscard]] Result<HealthCheck> reviewCheck(qint64 accountId) const;

    Database& m_database;
    Authorizer& m_authorizer;
    WritePath& m_writes;
    const BackupCredentialService& m_backups;
    Clock m_clock;
};

} // namespace warden
