#include "Computer.h"

#include <QCoreApplication>
#include <array>

namespace warden {

namespace {

struct StatusKey
{
    ComputerStatus status;
    const char* key;
};

constexpr std::array<StatusKey, 5> kStatuses {{{ComputerStatus::Pending, "pending"},
                                               {ComputerStatus::Approved, "approved"},
                                               {ComputerStatus::Refused, "refused"},
                                               {ComputerStatus::Expired, "expired"},
                                               {ComputerStatus::Revoked, "revoked"}}};

} // namespace

QString computerStatusKey(ComputerStatus status)
{
    for (const StatusKey& entry : kStatuses) {
        if (entry.status == status) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

std::optional<ComputerStatus> computerStatusFromKey(const QString& key)
{
    for (const StatusKey& entry : kStatuses) {
        if (key == QLatin1String(entry.key)) {
            return entry.status;
        }
    }
    return std::nullopt;
}

QString computerStatusDisplayName(ComputerStatus status)
{
    switch (status) {
    case ComputerStatus::Pending:
        return QCoreApplication::translate("ComputerService", "Waiting for approval");
    case ComputerStatus::Approved:
        return QCoreApplication::translate("ComputerService", "Approved");
    case ComputerStatus::Refused:
        return QCoreApplication::translate("ComputerService", "Refused");
    case ComputerStatus::Expired:
        return QCoreApplication::translate("ComputerService", "Expired");
    case ComputerStatus::Revoked:
        return QCoreApplication::translate("ComputerService", "Revoked");
    }
    return {};
}

} // namespace warden
