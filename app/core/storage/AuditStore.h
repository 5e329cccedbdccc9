#pragma once

#include "../Result.h"
#include "../audit/AuditRecord.h"

#include <QList>
#include <functional>
#include <optional>

namespace warden {

class Database;

/// The audit log's rows as stored: entries, checkpoints, and what they are checked with. The
/// append rules live in AuditLog; this only reads and writes.
class AuditStore
{
public:
    explicit AuditStore(Database& database);

    /// Visits the entries after `afterSeq` in order until `visit` returns false.
    [[nodiscard]] Status forEach(qint64 afterSeq, const std::function<bool(const AuditRecord&)>& visit) const;
    /// The newest entry; seq 0 when the log is empty.
    [[nodiscard]] Result<AuditRecord> newest() const;
    [[nodiscard]] Result<std::optional<AuditRecord>> record(qint64 seq) const;
    /// The stored hashes (raw) of the entries after `afterSeq`, in order.
    [[nodiscard]] Result<QList<QByteArray>> hashesAfter(qint64 afterSeq) const;
    [[nodiscard]] Status insert(const AuditRecord& record);
    /// Stores many entries at once (several rows per statement; a benchmark's large log).
    [[nodiscard]] Status insertMany(const QList<AuditRecord>& records);
    /// Stores the hashes computed for entries written before entries were signed.
    [[nodiscard]] Status setHashes(const QList<std::pair<qint64, QString>>& hashes);

    [[nodiscard]] Result<QList<AuditCheckpoint>> checkpoints() const;
    [[nodiscard]] Result<std::optional<AuditCheckpoint>> newestCheckpoint() const;
    /// Keeps a checkpoint; one of the same size already kept is left as it is.
    [[nodiscard]] Status insertCheckpoint(const AuditCheckpoint& checkpoint);

    /// Whether an entry of the log gives `computerId` the signing key `signingKey` (base64).
    [[nodiscard]] Result<bool> signingKeyRegistered(qint64 computerId, const QString& signingKey) const;

private:
    Database& m_database;
};

} // namespace warden
