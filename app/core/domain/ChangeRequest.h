#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace warden {

/// What a protected-role change request asks for (DOMAIN.md "Protected-role changes").
enum class ChangeRequestKind {
    AddMember, ///< give a user a protected role
    RemoveMember, ///< take a protected role away
    ResetPassword, ///< reset the password of a protected role's member
    ContentViewOn, ///< turn federated content view on for the account
    ContentViewOff, ///< turn it off
};

QString changeRequestKindKey(ChangeRequestKind kind); ///< stored and used in JSON: "add_member", …
std::optional<ChangeRequestKind> changeRequestKindFromKey(const QString& key);
QString changeRequestKindDisplayName(ChangeRequestKind kind);

enum class ChangeRequestStatus { Pending, Approved, Rejected, Cancelled, Expired };

QString changeRequestStatusKey(ChangeRequestStatus status); ///< "pending", "approved", …
std::optional<ChangeRequestStatus> changeRequestStatusFromKey(const QString& key);
QString changeRequestStatusDisplayName(ChangeRequestStatus status);

/// What a requester fills in.
struct ChangeRequestDraft
{
    qint64 accountId = 0;
    ChangeRequestKind kind = ChangeRequestKind::AddMember;
    qint64 roleId = 0; ///< for member changes
    QString targetEmail; ///< for member changes and resets
    QString authMethod = QStringLiteral("local_password"); ///< for adding someone not yet an administrator
    QString justification;
};

/// A change request as stored, with who decided it.
struct ChangeRequest
{
    qint64 id = 0;
    qint64 accountId = 0;
    ChangeRequestKind kind = ChangeRequestKind::AddMember;
    qint64 roleId = 0;
    QString roleName;
    QString targetEmail;
    QString authMethod;
    QString justification;
    ChangeRequestStatus status = ChangeRequestStatus::Pending;
    qint64 requestedById = 0;
    QString requestedBy;
    QString requestedAt; ///< ISO 8601 UTC
    qint64 expiresAt = 0; ///< seconds since the Unix epoch
    QString decidedBy;
    QString decidedAt;
    QString decisionNote;
};

/// A person the account names for approvals; only those of Director level or higher may
/// approve protected-role changes.
struct AccountContact
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    QString title;
    QString email;
    bool directorOrHigher = false;
    /// Who saved the contact last, and when. A save of an edited contact that carries the
    /// changedAt it was read with is refused when someone saved the contact since.
    QString changedBy;
    QDateTime changedAt;
};

} // namespace warden

Q_DECLARE_METATYPE(warden::ChangeRequest)
