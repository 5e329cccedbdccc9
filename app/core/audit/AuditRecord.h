#pragma once

#include <QString>
#include <QtGlobal>

namespace warden {

/// One audit entry as stored and exported, every field as written (the time as its stored text):
/// what the hash chain, the signatures and the Merkle tree are computed over.
struct AuditRecord
{
    qint64 seq = 0;
    QString at;
    qint64 computerId = 0; ///< the computer that signed it; 0 for an entry of the HMAC-chained part
    QString actor;
    QString accountCode;
    QString action;
    QString target;
    QString before;
    QString after;
    QString mac; ///< HMAC of the part written before entries were signed (and of its closing entry)
    QString hash; ///< hex SHA-256 over the canonical encoding and the previous entry's hash
    QString signature; ///< base64 Ed25519 signature of the hash by the computer
};

/// A signed statement that the log had `size` entries with this Merkle root (RFC 6962).
struct AuditCheckpoint
{
    qint64 size = 0;
    QString root; ///< hex
    QString at;
    qint64 computerId = 0;
    QString signature; ///< base64
};

/// The newest entry as the computer that wrote it signed it: a log cut short shows a head that
/// names an entry it no longer has.
struct AuditHead
{
    qint64 seq = 0;
    QString hash; ///< hex
    qint64 computerId = 0;
    QString signature; ///< base64
};

} // namespace warden
