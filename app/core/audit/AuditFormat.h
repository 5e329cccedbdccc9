#pragma once

#include "AuditRecord.h"

#include <QByteArray>

namespace warden {

/// The bytes the audit log's hashes and signatures are computed over. Fields are length-prefixed
/// (so no text in a field can imitate another field), in a fixed order, each version-tagged.
class AuditFormat
{
public:
    /// SHA-256 over the entry's canonical encoding and `previousHash` (raw, empty for the first).
    [[nodiscard]] static QByteArray entryHash(const AuditRecord& entry, const QByteArray& previousHash);
    /// What the computer signs for an entry: its hash, bound to the database.
    [[nodiscard]] static QByteArray entryMessage(const QString& databaseId, const QByteArray& hash);
    /// What a computer signs for the head record.
    [[nodiscard]] static QByteArray headMessage(const QString& databaseId, qint64 seq, const QString& hashHex);
    /// What a computer signs for a checkpoint.
    [[nodiscard]] static QByteArray checkpointMessage(const QString& databaseId, const AuditCheckpoint& checkpoint);
};

} // namespace warden
