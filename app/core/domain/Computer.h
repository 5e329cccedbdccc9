#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace warden {

/// Where a computer's request to join a database stands (DOMAIN.md "Team use").
enum class ComputerStatus {
    Pending, ///< filed, waiting for an administrator to compare the fingerprint and approve
    Approved, ///< holds the database key, sealed to its public key
    Refused, ///< an administrator refused the request
    Expired, ///< nobody decided within 24 hours
    Revoked, ///< taken out; the database key was rotated without it
};

QString computerStatusKey(ComputerStatus status); ///< stored and used in JSON: "pending", …
std::optional<ComputerStatus> computerStatusFromKey(const QString& key);
QString computerStatusDisplayName(ComputerStatus status);

/// A computer that asked to join the database, as stored. A request and the computer it
/// becomes share one id.
struct Computer
{
    qint64 id = 0;
    qint64 userId = 0; ///< the administrator it belongs to; 0 until someone signs in on a registered one
    QString owner; ///< that administrator's address
    QString name;
    QString publicKey; ///< base64
    QString signingKey; ///< base64 Ed25519 key of its audit signatures; empty until the log registers it
    QString fingerprint;
    ComputerStatus status = ComputerStatus::Pending;
    QString requestedAt;
    qint64 expiresAt = 0; ///< seconds since the Unix epoch; a pending request expires then
    QString decidedBy;
    QString decidedAt;
    QString approvedVia; ///< "request", "created the database", "recovery kit", "held the key"
    QString sealedKey; ///< the database key sealed to the public key (approved computers)
    QString keyId; ///< which database key sealedKey holds
    QString lastUsedAt;
    bool requestAudited = false; ///< a computer with the key has written the request to the audit log
};

} // namespace warden
