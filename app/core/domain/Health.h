#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>
#include <algorithm>

namespace warden {

enum class HealthState { Pass, Warning, Fail };

QString healthStateKey(HealthState state); ///< "pass", "warning", "fail" (stable, for JSON)

/// One rule of DOMAIN.md "Backup administrators" checked for one account: what was found, and
/// what to do when it is not met.
struct HealthCheck
{
    QString key; ///< stable identifier, e.g. "minimum-super-admins"
    QString title;
    HealthState state = HealthState::Pass;
    QString detail;
    QString fix; ///< empty when the rule passes
};

/// The backup-administrator health of one account.
struct AccountHealth
{
    qint64 accountId = 0;
    QString accountCode;
    QString accountName;
    QList<HealthCheck> checks;
    int failedSignIns = 0; ///< failed sign-ins to the account's addresses in the last 24 hours

    [[nodiscard]] HealthState overall() const
    {
        HealthState worst = HealthState::Pass;
        for (const HealthCheck& check : checks) {
            worst = std::max(worst, check.state);
        }
        return worst;
    }
    [[nodiscard]] int count(HealthState state) const
    {
        int n = 0;
        for (const HealthCheck& check : checks) {
            n += check.state == state ? 1 : 0;
        }
        return n;
    }
};

/// A recorded backup access test (login, second factor, permissions).
struct BackupAccessTest
{
    QString adminEmail;
    QString testedAt; ///< ISO 8601, UTC
    bool loginOk = false;
    bool mfaOk = false;
    bool permissionsOk = false;
    QString notes;
    QString recordedBy;

    [[nodiscard]] bool passed() const { return loginOk && mfaOk && permissionsOk; }
};

} // namespace warden
