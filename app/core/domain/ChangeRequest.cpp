#include "ChangeRequest.h"

#include <QCoreApplication>

namespace warden {

namespace {

/// The stored keys of an enum, one table per enum, read both ways by keyOf() and fromKey().
template<typename Enum> struct KeyName
{
    Enum value;
    const char* key;
};
constexpr KeyName<ChangeRequestKind> kKinds[] = {
    {ChangeRequestKind::AddMember, "add_member"},
    {ChangeRequestKind::RemoveMember, "remove_member"},
    {ChangeRequestKind::ResetPassword, "reset_password"},
    {ChangeRequestKind::ContentViewOn, "content_view_on"},
    {ChangeRequestKind::ContentViewOff, "content_view_off"},
};
constexpr KeyName<ChangeRequestStatus> kStatuses[] = {
    {ChangeRequestStatus::Pending, "pending"},   {ChangeRequestStatus::Approved, "approved"},
    {ChangeRequestStatus::Rejected, "rejected"}, {ChangeRequestStatus::Cancelled, "cancelled"},
    {ChangeRequestStatus::Expired, "expired"},
};

template<typename Enum, std::size_t N> QString keyOf(const KeyName<Enum> (&table)[N], Enum value)
{
    for (const KeyName<Enum>& entry : table) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

template<typename Enum, std::size_t N> std::optional<Enum> fromKey(const KeyName<Enum> (&table)[N], const QString& key)
{
    for (const KeyName<Enum>& entry : table) {
        if (key == QLatin1String(entry.key)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

} // namespace

QString changeRequestKindKey(ChangeRequestKind kind)
{
    return keyOf(kKinds, kind);
}

std::optional<ChangeRequestKind> changeRequestKindFromKey(const QString& key)
{
    return fromKey(kKinds, key);
}

QString changeRequestKindDisplayName(ChangeRequestKind kind)
{
    switch (kind) {
    case ChangeRequestKind::AddMember:
        return QCoreApplication::translate("ChangeRequestService", "Add to protected role");
    case ChangeRequestKind::RemoveMember:
        return QCoreApplication::translate("ChangeRequestService", "Remove from protected role");
    case ChangeRequestKind::ResetPassword:
        return QCoreApplication::translate("ChangeRequestService", "Reset password");
    case ChangeRequestKind::ContentViewOn:
        return QCoreApplication::translate("ChangeRequestService", "Turn federated content view on");
    case ChangeRequestKind::ContentViewOff:
        return QCoreApplication::translate("ChangeRequestService", "Turn federated content view off");
    }
    return {};
}

QString changeRequestStatusKey(ChangeRequestStatus status)
{
    return keyOf(kStatuses, status);
}

std::optional<ChangeRequestStatus> changeRequestStatusFromKey(const QString& key)
{
    return fromKey(kStatuses, key);
}

QString changeRequestStatusDisplayName(ChangeRequestStatus status)
{
    switch (status) {
    case ChangeRequestStatus::Pending:
        return QCoreApplication::translate("ChangeRequestService", "Pending");
    case ChangeRequestStatus::Approved:
        return QCoreApplication::translate("ChangeRequestService", "Approved");
    case ChangeRequestStatus::Rejected:
        return QCoreApplication::translate("ChangeRequestService", "Rejected");
    case ChangeRequestStatus::Cancelled:
        return QCoreApplication::translate("ChangeRequestService", "Cancelled");
    case ChangeRequestStatus::Expired:
        return QCoreApplication::translate("ChangeRequestService", "Expired");
    }
    return {};
}

} // namespace warden
